"""Which Port Centers the public sees: every public view reads from here."""

from django.db.models import QuerySet
from django.utils import translation

from ..models import PortCenter, PortCentersPage


def published_port_centers() -> QuerySet[PortCenter]:
    """Published Port Centers, with what a card or a marker shows in one query."""
    return PortCenter.objects.published().select_related("organisation")


def published_port_center(slug: str) -> PortCenter | None:
    """The published Port Center with this address name and its photos, or None."""
    return (
        published_port_centers()
        .prefetch_related("photos__image__renditions")
        .filter(slug=slug)
        .first()
    )


def countries_of_port_centers() -> list[str]:
    """The ISO codes of the countries that have a published Port Center."""
    codes = PortCenter.objects.published().order_by().values_list("country", flat=True)
    return sorted(set(codes) - {""})


def port_centers_page(language: str | None = None) -> PortCentersPage | None:
    """The live Port Centers page of a language (the active one by default), or
    another language's when it has none."""
    pages = PortCentersPage.objects.live().public().select_related("locale")
    language = language or translation.get_language()
    return (
        pages.filter(locale__language_code=language).first()
        or pages.order_by("path").first()
    )
