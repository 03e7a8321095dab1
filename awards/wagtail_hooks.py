"""The prize in the admin (editions, entries, the home panel), in "My account",
in the privacy export, on the goal pages and in the outbox's renderers."""

from django.db.models import Count, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.admin.viewsets.base import ViewSetGroup

from accounts.panels import PANEL_HOOK
from accounts.privacy import PRIVACY_HOOK
from core.outbox import RENDERER_HOOK
from search.registry import SEARCH_TYPES_HOOK, SearchType

from . import account
from .admin_editions import EditionViewSet
from .admin_entries import EntryViewSet
from .models import Edition, Entry
from .selectors import laureates
from .services import mail


class AwardsViewSetGroup(ViewSetGroup):
    menu_label = gettext_lazy("Prize")
    menu_icon = "trophy"
    menu_order = 270
    items = (EditionViewSet, EntryViewSet)


@hooks.register("register_admin_viewset")
def register_awards_viewsets():
    return AwardsViewSetGroup()


class PrizeWorkPanel(Component):
    name = "awards_work"
    template_name = "awards/admin/home_panel.html"
    order = 86

    def __init__(self, editions):
        self.editions = editions

    def get_context_data(self, parent_context=None):
        return {
            "editions": [
                {
                    "edition": e,
                    "to_screen": e.to_screen,
                    "url": reverse("awards_editions:work", args=[e.pk]),
                }
                for e in self.editions
            ]
        }


@hooks.register("construct_homepage_panels")
def prize_work_panel(request, panels) -> None:
    """Entries waiting to be screened, per running edition (one query)."""
    if not request.user.has_perm("awards.screen_entry"):
        return
    editions = list(
        Edition.objects.exclude(state__in=[Edition.State.DRAFT, Edition.State.ARCHIVED])
        .annotate(
            to_screen=Count("entries", filter=Q(entries__state=Entry.State.SUBMITTED))
        )
        .order_by("-year")
    )
    if editions:
        panels.append(PrizeWorkPanel(editions))


@hooks.register(RENDERER_HOOK)
def awards_mail_renderers():
    return {mail.SUMMARY_RENDERER: mail.submission_render}


@hooks.register("goal_page_sections")
def laureates_section(goal, request) -> dict | None:
    """Winners and mentions whose operation serves the goal."""
    entries = list(
        laureates(Edition.objects.all())
        .filter(goal_answers__goal__translation_key=goal.translation_key)
        .distinct()[:3]
    )
    if not entries:
        return None
    html = render_to_string(
        "awards/includes/goal_laureates.html", {"entries": entries}, request=request
    )
    return {"title": _("Prize winners"), "html": html}


hooks.register(PANEL_HOOK, account.awards_panel)
hooks.register(PRIVACY_HOOK, account.privacy_contributor)


@hooks.register(SEARCH_TYPES_HOOK)
def search_types():
    from .models import PrizeEditionPage, PrizePage
    from .searching import record_types

    return [
        SearchType(
            "prize",
            gettext_lazy("Antoine Rufenacht Prize"),
            (PrizePage, PrizeEditionPage),
            order=80,
        ),
        *record_types(),
    ]
