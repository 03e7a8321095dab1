"""What the site search finds in the prize's records: the winners and special
mentions of announced editions (the prize's pages are registered in
``wagtail_hooks``)."""

from django.utils.translation import gettext_lazy as _

from core.i18n_fields import column, localized
from search.hits import joined
from search.registry import Records, SearchType

from .models import Edition, Entry, PrizeEditionPage
from .selectors import AWARDED


def _laureates():
    return Entry.objects.filter(
        edition__state__in=[Edition.State.ANNOUNCED, Edition.State.ARCHIVED],
        outcome__in=AWARDED,
    ).select_related("edition", "organisation")


def _columns(language: str) -> tuple:
    return (
        ("project_name", "A"),
        ("port_city", "B"),
        ("organisation_name", "B"),
        (column("citation", language), "C"),
    )


def _hits(entries: list, language: str, request) -> list[dict]:
    if not entries:
        return []
    pages = {
        page.edition_id: page
        for page in PrizeEditionPage.objects.live()
        .public()
        .filter(
            locale__language_code=language,
            edition_id__in={entry.edition_id for entry in entries},
        )
    }
    found = []
    for entry in entries:
        page = pages.get(entry.edition_id)
        if page is None:
            continue
        where = ", ".join(p for p in (entry.port_city, entry.country.name) if p)
        found.append(
            {
                "title": entry.project_name,
                "url": f"{page.get_url(request)}#laureate-{entry.pk}",
                "text": joined(
                    f"{entry.get_outcome_display()} {entry.edition.year}",
                    where,
                    localized(entry, "citation", language),
                ),
            }
        )
    return found


def record_types() -> list[SearchType]:
    return [
        SearchType(
            "winners",
            _("Prize winners"),
            order=81,
            records=Records(
                public=_laureates,
                columns=_columns,
                hits=_hits,
                goals="goal_answers__goal__number",
                name="project_name",
            ),
        )
    ]
