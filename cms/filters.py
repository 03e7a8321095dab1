"""Filters of the public listings (news, agenda), read from the query string.

Every value comes from a visitor and may be anything: a filter whose value does not
validate is reported on the form and ignored, never a server error.
"""

import datetime
import re

import django_filters
from django import forms
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import EventPage, Goal, NewsArticlePage, NewsCategory
from .sitewide import active_locale
from .slugs import translated_by_slug

MAX_QUERY_LENGTH = 100
SLUG = re.compile(r"[-a-zA-Z0-9_]{1,80}")


def _goals(request) -> QuerySet[Goal]:
    return Goal.objects.filter(locale=active_locale())


def _categories(request) -> QuerySet[NewsCategory]:
    return NewsCategory.objects.filter(locale=active_locale())


class SlugModelChoiceField(django_filters.fields.ModelChoiceField):
    """Looks a slug up only when it is one (no NUL byte reaches the database)."""

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if not isinstance(value, str) or not SLUG.fullmatch(value):
            raise forms.ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            )
        record, _exact = translated_by_slug(self.queryset, value)
        if record is None:
            raise forms.ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            )
        return record


class SlugModelChoiceFilter(django_filters.ModelChoiceFilter):
    """Choose a translatable snippet by slug; match content in any language."""

    field_class = SlugModelChoiceField

    def __init__(self, *args, relation: str, **kwargs):
        self.relation = relation
        kwargs.setdefault("to_field_name", "slug")
        kwargs.setdefault("null_label", None)
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        if not value:
            return qs
        return qs.filter(**{f"{self.relation}__translation_key": value.translation_key})


class YearFilter(django_filters.Filter):
    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("min_value", 1988)
        kwargs.setdefault("max_value", 2100)
        super().__init__(*args, **kwargs)


class MonthField(forms.CharField):
    """A month as YYYY-MM (what <input type="month"> sends)."""

    widget = forms.TextInput(attrs={"type": "month"})

    def to_python(self, value):
        value = super().to_python(value)
        if not value:
            return None
        try:
            return datetime.datetime.strptime(value, "%Y-%m").date()
        except ValueError:
            raise forms.ValidationError(
                _("Enter a month as YYYY-MM."), code="invalid"
            ) from None


class MonthFilter(django_filters.Filter):
    field_class = MonthField

    def filter(self, qs, value):
        if not value:
            return qs
        # A range of dates, which the index on start_date serves (a month number
        # would be computed for every event).
        following = (value + datetime.timedelta(days=31)).replace(day=1)
        return qs.filter(start_date__gte=value, start_date__lt=following)


class NewsFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label=_("Search"), method="filter_text", max_length=MAX_QUERY_LENGTH
    )
    category = SlugModelChoiceFilter(
        label=_("Category"),
        queryset=_categories,
        relation="categories",
        empty_label=_("All categories"),
    )
    goal = SlugModelChoiceFilter(
        label=_("Agenda 2030 goal"),
        queryset=_goals,
        relation="goals",
        empty_label=_("All goals"),
    )
    tag = django_filters.CharFilter(
        label=_("Tag"), field_name="tags__slug", max_length=100
    )
    year = YearFilter(label=_("Year"), field_name="date__year")

    class Meta:
        model = NewsArticlePage
        fields: list[str] = []

    def filter_text(self, qs, name, value):
        value = value.strip()
        if not value:
            return qs
        return qs.filter(Q(title__icontains=value) | Q(summary__icontains=value))


class EventFilter(django_filters.FilterSet):
    PAST = "past"

    when = django_filters.ChoiceFilter(
        label=_("When"),
        choices=[(PAST, _("Past events"))],
        empty_label=_("Upcoming events"),
        method="filter_when",
    )
    type = django_filters.ChoiceFilter(
        label=_("Type"),
        field_name="event_type",
        choices=EventPage.EventType.choices,
        empty_label=_("All types"),
    )
    goal = SlugModelChoiceFilter(
        label=_("Agenda 2030 goal"),
        queryset=_goals,
        relation="goals",
        empty_label=_("All goals"),
    )
    country = django_filters.CharFilter(
        label=_("Country"), field_name="country", lookup_expr="iexact", max_length=80
    )
    month = MonthFilter(label=_("Month"))

    class Meta:
        model = EventPage
        fields: list[str] = []

    def __init__(self, *args, split_by_time: bool = True, **kwargs):
        # The agenda shows upcoming or past events; a calendar feed shows both.
        self.split_by_time = split_by_time
        super().__init__(*args, **kwargs)

    def filter_when(self, qs, name, value):
        # Applied in filter_queryset so that "upcoming" is also the default.
        return qs

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        now = timezone.now()
        if not self.split_by_time or getattr(self.form, "cleaned_data", {}).get(
            "month"
        ):
            return queryset.order_by("start", "pk")  # a whole month, past or not
        if self.is_past:
            return queryset.filter(end__lt=now).order_by("-start", "-pk")
        return queryset.filter(end__gte=now).order_by("start", "pk")

    @property
    def is_past(self) -> bool:
        data = getattr(self.form, "cleaned_data", {})
        return data.get("when") == self.PAST
