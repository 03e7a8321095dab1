"""The Port Centers' filters, read from the query string of the page and the GeoJSON.

Every value comes from a visitor (or another site's script) and may be anything: on
the page a value that does not validate is shown as a form error and ignored; the
GeoJSON answers 400 with the errors.
"""

from functools import cache

import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from accounts.countries import region_of_country
from accounts.models import Organisation

from ..models import Audience, LabelStatus, PortCenter
from ..models.port_centers import PUBLIC_LABEL_STATUSES
from .selectors import countries_of_port_centers

MAX_QUERY_LENGTH = 100
HIDDEN_LABEL_STATUSES = [
    status for status in LabelStatus.values if status not in PUBLIC_LABEL_STATUSES
]


@cache
def countries_in_region(region: str) -> tuple[str, ...]:
    return tuple(code for code, _name in countries if region_of_country(code) == region)


def _sorted_by_name(codes) -> list[tuple[str, str]]:
    """Country choices named in the visitor's language, in its alphabetical order."""
    return sorted(
        ((code, countries.name(code)) for code in codes),
        key=lambda choice: str(choice[1]).casefold(),
    )


def offered_countries() -> list[tuple[str, str]]:
    """The countries that have a published Port Center."""
    return _sorted_by_name(countries_of_port_centers())


def every_country() -> list[tuple[str, str]]:
    return _sorted_by_name(code for code, _name in countries)


class PortCenterFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label=_("Name or city"), method="filter_text", max_length=MAX_QUERY_LENGTH
    )
    country = django_filters.ChoiceFilter(
        label=_("Country"), choices=offered_countries, empty_label=_("All countries")
    )
    region = django_filters.ChoiceFilter(
        label=_("Region"),
        choices=Organisation.Region.choices,
        empty_label=_("All regions"),
        method="filter_region",
    )
    status = django_filters.ChoiceFilter(
        label=_("AIVP label"),
        choices=[
            (status, LabelStatus(status).label) for status in PUBLIC_LABEL_STATUSES
        ],
        empty_label=_("Any"),
        method="filter_status",
    )
    audience = django_filters.ChoiceFilter(
        label=_("Audience"),
        choices=Audience.choices,
        empty_label=_("All audiences"),
        method="filter_audience",
    )

    class Meta:
        model = PortCenter
        fields: list[str] = []

    def filter_text(self, qs, name, value):
        value = " ".join(value.split())
        if not value:
            return qs
        return qs.filter(Q(name__icontains=value) | Q(city__icontains=value))

    def filter_region(self, qs, name, value):
        return qs.filter(country__in=countries_in_region(value)) if value else qs

    def filter_status(self, qs, name, value):
        if value == LabelStatus.NONE:
            return qs.filter(label_status__in=[value, *HIDDEN_LABEL_STATUSES])
        return qs.filter(label_status=value) if value else qs

    def filter_audience(self, qs, name, value):
        # A JSON list of codes: its text holds the code in quotes (any database).
        return qs.filter(audiences__icontains=f'"{value}"') if value else qs


class PortCenterApiFilter(PortCenterFilter):
    """The same filters for the GeoJSON: any country code is a valid question."""

    country = django_filters.ChoiceFilter(choices=every_country)
