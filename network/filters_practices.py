"""Filters of the good practices and the cooperation projects, from the query string.

Every value comes from a visitor and may be anything: a value that does not validate
is reported on the form and ignored, never a server error.
"""

import django_filters
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from cms.filters import SlugModelChoiceFilter, YearFilter, _goals

from .models import GoodPracticePage, ProjectPage, ProjectStatus, Theme

MAX_QUERY_LENGTH = 100


def _practice_countries() -> list[tuple[str, str]]:
    """The countries that have a live practice, named in the visitor's language."""
    codes = set(
        GoodPracticePage.objects.live().order_by().values_list("country", flat=True)
    ) - {""}
    return sorted(
        ((code, countries.name(code)) for code in codes),
        key=lambda choice: str(choice[1]).casefold(),
    )


def _programmes() -> list[tuple[str, str]]:
    names = set(
        ProjectPage.objects.live().order_by().values_list("programme", flat=True)
    ) - {""}
    return [(name, name) for name in sorted(names, key=str.casefold)]


def _words(value: str) -> str:
    return " ".join(value.split())


class GoodPracticeFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label=_("Search"), method="filter_text", max_length=MAX_QUERY_LENGTH
    )
    goal = SlugModelChoiceFilter(
        label=_("Agenda 2030 goal"),
        queryset=_goals,
        relation="goals",
        empty_label=_("All goals"),
    )
    theme = django_filters.ChoiceFilter(
        label=_("Theme"), choices=Theme.choices, empty_label=_("All themes")
    )
    country = django_filters.ChoiceFilter(
        label=_("Country"),
        choices=_practice_countries,
        empty_label=_("All countries"),
    )
    year = YearFilter(label=_("Year"), field_name="year", min_value=1950)

    class Meta:
        model = GoodPracticePage
        fields: list[str] = []

    def filter_text(self, qs, name, value):
        value = _words(value)
        if not value:
            return qs
        return qs.filter(
            Q(title__icontains=value)
            | Q(summary__icontains=value)
            | Q(port_city__icontains=value)
        )


class ProjectFilter(django_filters.FilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=ProjectStatus.choices,
        empty_label=_("All"),
        method="filter_status",
    )
    goal = SlugModelChoiceFilter(
        label=_("Agenda 2030 goal"),
        queryset=_goals,
        relation="goals",
        empty_label=_("All goals"),
    )
    programme = django_filters.ChoiceFilter(
        label=_("Funding programme"),
        choices=_programmes,
        empty_label=_("All programmes"),
    )
    year = YearFilter(label=_("Year"), method="filter_year")

    class Meta:
        model = ProjectPage
        fields: list[str] = []

    def filter_status(self, qs, name, value):
        today = timezone.localdate()
        if value == ProjectStatus.PLANNED:
            return qs.filter(start_date__gt=today)
        if value == ProjectStatus.COMPLETED:
            return qs.filter(end_date__lt=today)
        if value == ProjectStatus.ONGOING:
            return qs.filter(start_date__lte=today).filter(
                Q(end_date__isnull=True) | Q(end_date__gte=today)
            )
        return qs

    def filter_year(self, qs, name, value):
        # Running at some point of that year.
        return qs.filter(start_date__year__lte=value).filter(
            Q(end_date__isnull=True) | Q(end_date__year__gte=value)
        )
