"""The directory's filters, read from the query string.

Every value comes from a visitor and may be anything: a value that does not validate
is reported on the form and ignored, never a server error.
"""

import django_filters
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.forms import ModelChoiceField
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from accounts.models import Organisation
from cms.sitewide import active_locale

from .selectors import countries_of_members

MAX_QUERY_LENGTH = 100


def country_choices() -> list[tuple[str, str]]:
    """The members' countries, named in the visitor's language, in its order."""
    return sorted(
        ((code, countries.name(code)) for code in countries_of_members()),
        key=lambda choice: str(choice[1]).casefold(),
    )


def working_groups(request=None):
    """The live working groups of the active language (the directory's filter)."""
    from .models import WorkingGroupPage

    return WorkingGroupPage.objects.live().filter(locale=active_locale())


class GroupChoiceField(ModelChoiceField):
    """A group's id: anything but a short number is refused before the database
    sees it (a huge number would overflow the query)."""

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if not str(value).isdigit() or len(str(value)) > 9:
            raise ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            )
        return super().to_python(value)


class GroupFilter(django_filters.ModelChoiceFilter):
    field_class = GroupChoiceField


class MemberFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label=_("Name or city"), method="filter_text", max_length=MAX_QUERY_LENGTH
    )
    kind = django_filters.ChoiceFilter(
        label=_("Kind"), choices=Organisation.Kind.choices, empty_label=_("All kinds")
    )
    region = django_filters.ChoiceFilter(
        label=_("Region"),
        choices=Organisation.Region.choices,
        empty_label=_("All regions"),
    )
    country = django_filters.ChoiceFilter(
        label=_("Country"), choices=country_choices, empty_label=_("All countries")
    )
    working_group = GroupFilter(
        label=_("Working group"),
        queryset=working_groups,
        method="filter_working_group",
        empty_label=_("All working groups"),
    )

    class Meta:
        model = Organisation
        fields: list[str] = []

    def filter_text(self, qs, name, value):
        value = " ".join(value.split())
        if not value:
            return qs
        return qs.filter(Q(name__icontains=value) | Q(city__icontains=value))

    def filter_working_group(self, qs, name, value):
        return qs.filter(working_groups=value) if value else qs
