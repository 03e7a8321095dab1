"""The prize in the admin (editions, entries, the home panel), in "My account",
in the privacy export, on the goal pages and in the outbox's renderers."""

from django.db.models import Count, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup

from accounts.panels import PANEL_HOOK
from accounts.privacy import PRIVACY_HOOK
from core.admin_home import OVERDUE, Row, work_panel
from core.outbox import RENDERER_HOOK
from search.registry import SEARCH_TYPES_HOOK, SearchType

from . import account
from .admin_editions import EditionViewSet
from .admin_entries import EntryViewSet
from .models import Assignment, Edition, Entry, Round
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


@hooks.register("construct_homepage_panels")
@work_panel(
    "awards_work",
    heading=gettext_lazy("Antoine Rufenacht Prize"),
    permission="awards.screen_entry",
    empty=gettext_lazy("No edition of the prize is running."),
    order=86,
)
def prize_work_panel(request) -> list[Row]:
    """Per running edition, the entries to screen; per round open to jurors, the
    reviews not submitted yet (jurors work on the public site). Two queries."""
    editions = list(
        Edition.objects.exclude(state__in=[Edition.State.DRAFT, Edition.State.ARCHIVED])
        .annotate(
            to_screen=Count("entries", filter=Q(entries__state=Entry.State.SUBMITTED))
        )
        .order_by("-year")
    )
    entries = reverse("awards_entries:index")
    rows = [
        Row(
            f"edition-{edition.pk}",
            _("%(edition)s: entries to screen") % {"edition": edition},
            count=edition.to_screen,
            url=f"{entries}?{urlencode({'edition': edition.pk, 'state': 'submitted'})}",
            note=edition.get_state_display(),
        )
        for edition in editions
    ]
    if editions and request.user.has_perm("awards.view_assignment"):
        rows += _reviews_pending(editions)
    return rows


def _reviews_pending(editions) -> list[Row]:
    A = Assignment
    waiting = ~Q(assignments__review=A.Review.SUBMITTED) & ~Q(
        assignments__conflict=A.Conflict.DECLARED
    )
    rounds = (
        Round.objects.filter(edition__in=editions, state=Round.State.OPEN)
        .select_related("edition")
        .annotate(pending=Count("assignments", filter=waiting))
        .order_by("edition__year", "sort_order", "pk")
    )
    today = timezone.localdate()
    return [
        Row(
            f"round-{round_.pk}",
            _("%(edition)s, %(round)s: jury reviews not submitted")
            % {"edition": round_.edition, "round": round_},
            count=round_.pending,
            url=reverse("awards_editions:work", args=[round_.edition_id])
            + f"#round-{round_.pk}",
            tone=OVERDUE if round_.due_on and round_.due_on < today else "",
            note=_("due on %(date)s") % {"date": date_format(round_.due_on)}
            if round_.due_on
            else "",
        )
        for round_ in rounds
    ]


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
