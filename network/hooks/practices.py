"""Good practices and projects on the goal pages; the partners' admin screens."""

from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from ..models import GoodPracticeIndexPage, Partner, ProjectIndexPage
from ..selectors_practices import goal_projects, good_practices

GOAL_PAGE_ITEMS = 3


@hooks.register("goal_page_sections")
def practices_section(goal, request) -> dict | None:
    """The goal's practices in its language, with a link to the filtered index."""
    practices = good_practices(goal=goal, language=goal.locale, limit=GOAL_PAGE_ITEMS)
    if not practices:
        return None
    index = GoodPracticeIndexPage.for_locale(goal.locale)
    html = render_to_string(
        "network/includes/goal_practices.html",
        {"practices": practices, "index": index, "goal": goal},
        request=request,
    )
    return {"title": _("Good practices"), "html": html}


@hooks.register("goal_page_sections")
def projects_section(goal, request) -> dict | None:
    """The goal's cooperation projects in its language."""
    projects = goal_projects(goal=goal, limit=GOAL_PAGE_ITEMS)
    if not projects:
        return None
    index = ProjectIndexPage.for_locale(goal.locale)
    html = render_to_string(
        "network/includes/goal_projects.html",
        {"projects": projects, "index": index, "goal": goal},
        request=request,
    )
    return {"title": _("Cooperation projects"), "html": html}


class PartnerViewSet(SnippetViewSet):
    model = Partner
    icon = "group"
    menu_label = gettext_lazy("Partners")
    add_to_admin_menu = True
    menu_order = 260
    list_display = ["name", "kind", "order", "active"]
    list_filter = ["kind", "active"]
    ordering = ["order", "name"]


register_snippet(PartnerViewSet)
