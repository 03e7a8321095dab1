"""The editors' and moderators' panel on the admin home, and the page listing its
rows open (core/admin_home.py).

Wagtail's own panels already list the pages awaiting the person's review, their
pages in moderation, their locked pages and their recent edits; this one adds what
they do not count: the person's drafts, the publications scheduled that they may
publish (or own), and the pages of the default language not translated yet, per
language. Each row links to "Pages to work on", Wagtail's page listing filtered the
same way. The site keeps no list of broken links, so the panel has none.
"""

import django_filters
from django.conf import settings
from django.db.models import CharField, Count, Exists, OuterRef, Q
from django.db.models.functions import Cast
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import get_language_info, gettext_lazy
from django.utils.translation import gettext as _
from wagtail.admin.views.pages.listing import IndexView, PageFilterSet
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.models import Page, Revision
from wagtail.permissions import page_permission_policy

from core.admin_home import Row, work_panel

DRAFTS, SCHEDULED, UNTRANSLATED = "drafts", "scheduled", "untranslated-"
WORK_URL = "cms_page_work:index"


def may_work_on_pages(user) -> bool:
    """Who gets the panel: people who may edit or publish pages somewhere."""
    return page_permission_policy.user_has_any_permission(user, {"change", "publish"})


def other_languages() -> list[str]:
    return [
        code
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES
        if code != settings.LANGUAGE_CODE
    ]


def work_filter(kind: str, user) -> Q:
    """The pages of one row of the panel, as a filter on pages."""
    if kind == DRAFTS:
        # Owned or last edited by the person, with changes not published yet.
        return Q(has_unpublished_changes=True) & (
            Q(owner=user) | Q(latest_revision__user=user)
        )
    if kind == SCHEDULED:
        scheduled = Q(
            Exists(
                Revision.page_revisions.filter(
                    approved_go_live_at__isnull=False,
                    object_id=Cast(OuterRef("pk"), output_field=CharField()),
                )
            )
        )
        if user.is_superuser:
            return scheduled
        publishable = page_permission_policy.instances_user_has_permission_for(
            user, "publish"
        )
        return scheduled & (Q(owner=user) | Q(pk__in=publishable.values("pk")))
    language = kind.removeprefix(UNTRANSLATED)
    if kind.startswith(UNTRANSLATED) and language in other_languages():
        translated = Page.objects.filter(
            translation_key=OuterRef("translation_key"),
            locale__language_code=language,
        )
        return Q(locale__language_code=settings.LANGUAGE_CODE, live=True) & ~Q(
            Exists(translated)
        )
    return Q(pk__in=[])


def _language_name(code: str) -> str:
    return get_language_info(code)["name_translated"]


def work_choices() -> list[tuple[str, str]]:
    return [
        (DRAFTS, _("My drafts")),
        (SCHEDULED, _("Scheduled to go live")),
        *[
            (
                UNTRANSLATED + code,
                # The language first: its name is capitalised in every language.
                _("%(language)s: not translated yet")
                % {"language": _language_name(code)},
            )
            for code in other_languages()
        ],
    ]


@work_panel(
    "cms_page_work",
    heading=gettext_lazy("Pages to work on"),
    allowed=may_work_on_pages,
    order=60,
)
def page_work_panel(request) -> list[Row]:
    """Drafts, scheduled publications, pages to translate: one query."""
    user = request.user
    kinds = [kind for kind, _label in work_choices()]
    if not user.has_perm("wagtail_localize.submit_translation"):
        kinds = [kind for kind in kinds if not kind.startswith(UNTRANSLATED)]
    counts = Page.objects.filter(depth__gt=1).aggregate(
        **{kind: Count("pk", filter=work_filter(kind, user)) for kind in kinds}
    )
    labels = dict(work_choices())
    return [
        Row(
            kind,
            labels[kind],
            count=counts[kind],
            url=reverse(WORK_URL) + "?" + urlencode({"work": kind}),
        )
        for kind in kinds
    ]


class PageWorkFilterSet(PageFilterSet):
    work = django_filters.ChoiceFilter(
        label=gettext_lazy("Work"),
        choices=work_choices,
        method="filter_work",
        empty_label=gettext_lazy("All"),
    )

    def filter_work(self, queryset, name, value):
        return queryset.filter(work_filter(value, self.request.user))


class PageWorkIndexView(IndexView):
    page_title = gettext_lazy("Pages to work on")


class PageWorkViewSet(PageListingViewSet):
    """Every page, filtered by the rows of the panel (drafts, scheduled, to
    translate) besides Wagtail's own filters."""

    name = "cms_page_work"
    url_prefix = "pages-to-work-on"
    icon = "tasks"
    menu_label = gettext_lazy("Pages to work on")
    index_view_class = PageWorkIndexView
    filterset_class = PageWorkFilterSet
