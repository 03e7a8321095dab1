"""What the site search finds in the network's records: the members directory and
the Port Centers (their pages are registered in ``wagtail_hooks``)."""

from django.utils.translation import gettext_lazy as _

from core.i18n_fields import column, localized
from search.hits import joined
from search.registry import Records, SearchType

from .port_centers.selectors import port_centers_page, published_port_centers
from .selectors import directory_page, listed_members


def _member_columns(language: str) -> tuple:
    return (("name", "A"), ("city", "B"), (column("presentation", language), "C"))


def _member_hits(members: list, language: str, request) -> list[dict]:
    from wagtail.models import Locale

    if not members:
        return []
    page = directory_page(Locale.objects.filter(language_code=language).first())
    if page is None:
        return []
    return [
        {
            "title": member.name,
            "url": page.profile_url(member, request),
            "text": joined(
                ", ".join(p for p in (member.city, member.country.name) if p),
                localized(member, "presentation", language),
            ),
        }
        for member in members
    ]


def _port_center_columns(language: str) -> tuple:
    return (("name", "A"), ("city", "B"), (column("description", language), "C"))


def _port_center_hits(port_centers: list, language: str, request) -> list[dict]:
    if not port_centers:
        return []
    page = port_centers_page(language)
    if page is None:
        return []
    return [
        {
            "title": port_center.name,
            "url": page.detail_url(port_center, request),
            "text": joined(
                f"{port_center.city}, {port_center.country.name}",
                localized(port_center, "description", language),
            ),
        }
        for port_center in port_centers
    ]


def record_types() -> list[SearchType]:
    return [
        SearchType(
            "members",
            _("Members"),
            order=65,
            records=Records(
                public=listed_members,
                columns=_member_columns,
                hits=_member_hits,
            ),
        ),
        SearchType(
            "port-centers",
            _("Port Centers"),
            order=66,
            records=Records(
                public=published_port_centers,
                columns=_port_center_columns,
                hits=_port_center_hits,
            ),
        ),
    ]
