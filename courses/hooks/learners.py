"""The learners' side of courses: "My account", privacy, goal pages."""

from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from wagtail import hooks

from accounts.panels import PANEL_HOOK
from accounts.privacy import PRIVACY_HOOK

from .. import account
from ..models import CoursePage

hooks.register(PANEL_HOOK, account.courses_panel)
hooks.register(PRIVACY_HOOK, account.privacy_contributor)


@hooks.register("goal_page_sections")
def courses_section(goal, request) -> dict | None:
    """The courses that teach the goal, in its language."""
    courses = list(
        CoursePage.objects.live()
        .filter(locale=goal.locale, goals__translation_key=goal.translation_key)
        .distinct()
        .order_by("title")[:3]
    )
    if not courses:
        return None
    html = render_to_string(
        "courses/includes/goal_courses.html", {"courses": courses}, request=request
    )
    return {"title": _("Courses"), "html": html}
