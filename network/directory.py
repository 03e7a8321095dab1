"""What the directory page and a member's profile show (their template contexts)."""

from django.conf import settings
from django.db.models import Prefetch
from django.http import QueryDict
from django.utils import translation
from django.utils.html import strip_tags

from accounts.models import Organisation
from cms.selectors import paginate
from core.i18n_fields import localized

from .badges import member_badges
from .filters import MemberFilter, working_groups
from .selectors import join_url, listed_members, region_counts


def with_groups(queryset):
    """Each organisation with its live working groups of the active language, in
    one query whatever their number."""
    return queryset.prefetch_related(
        Prefetch(
            "working_groups",
            queryset=working_groups().order_by("title"),
            to_attr="group_list",
        )
    )


PER_PAGE = 24
BAR_STEPS = 20  # a bar's length is shown in steps of 5 %


def region_bars(params: QueryDict, counts: dict[str, int]) -> list[dict]:
    """One bar per region, each a link to the directory filtered by that region.

    The counts follow the visitor's other filters (kind, country, search), not the
    region: each bar says how many members that choice would show.
    """
    largest = max(counts.values(), default=0)
    labels = dict(Organisation.Region.choices)
    bars = []
    for code, count in counts.items():
        query = params.copy()
        query.pop("page", None)
        query["region"] = code
        bars.append(
            {
                "code": code,
                "label": labels[code],
                "count": count,
                "step": round(count * BAR_STEPS / largest) if largest else 0,
                "query": query.urlencode(),
                "is_current": params.get("region") == code,
            }
        )
    return bars


def directory_context(page, request) -> dict:
    params = request.GET
    members = listed_members()
    # No filter chosen: an unbound form, which shows no errors.
    filterset = MemberFilter(params or None, queryset=members)
    without_region = params.copy()
    without_region.pop("region", None)
    others = MemberFilter(without_region or None, queryset=members)
    items = paginate(
        with_groups(filterset.qs), per_page=PER_PAGE, number=params.get("page")
    )
    for organisation in items:
        organisation.profile_url = page.profile_url(organisation, request)
    return {
        "filter": filterset,
        "join_url": join_url(),
        "members": items,
        "region_bars": region_bars(params, region_counts(others.qs)),
        "seo_description": strip_tags(page.introduction),
    }


def profile_context(page, request, slug: str) -> dict | None:
    organisation = with_groups(listed_members()).filter(slug=slug).first()
    if organisation is None:
        return None
    translation_urls = {}
    for other in page.get_translations(inclusive=True).live().select_related("locale"):
        language = other.locale.language_code
        with translation.override(language):
            translation_urls[language] = other.profile_url(organisation, request)
    presentation = localized(organisation, "presentation")
    return {
        "organisation": organisation,
        "badges": member_badges([organisation.pk])[organisation.pk],
        "presentation": presentation,
        "seo_title": organisation.name,
        "seo_description": presentation,
        "translation_urls": dict(
            sorted(
                translation_urls.items(),
                key=lambda item: [code for code, _ in settings.LANGUAGES].index(
                    item[0]
                ),
            )
        ),
    }
