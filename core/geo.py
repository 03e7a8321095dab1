"""A place on the globe: latitude and longitude columns, checked in forms and in the
database, for any record shown on a map (Port Centers, member organisations).

Degrees in WGS 84 (what GPS, OpenStreetMap and GeoJSON use), six decimals (about
10 cm): north and east are positive. A form rounds what an editor pastes (a map
service often gives fourteen decimals) instead of refusing it.
"""

from decimal import ROUND_HALF_UP, Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

DECIMAL_PLACES = 6
STEP = Decimal(1).scaleb(-DECIMAL_PLACES)


def validate_latitude(value) -> None:
    if value is not None and not -90 <= value <= 90:
        raise ValidationError(
            _(
                "A latitude is between -90 and 90 degrees (north is positive); "
                "%(value)s is not."
            ),
            code="latitude_range",
            params={"value": value},
        )


def validate_longitude(value) -> None:
    if value is not None and not -180 <= value <= 180:
        raise ValidationError(
            _(
                "A longitude is between -180 and 180 degrees (east is positive); "
                "%(value)s is not."
            ),
            code="longitude_range",
            params={"value": value},
        )


class CoordinateFormField(forms.DecimalField):
    """A number of degrees, rounded to six decimals before it is checked."""

    def __init__(self, *, max_digits=None, decimal_places=None, **kwargs):
        # The range validators say what is wrong; "no more than 9 digits" would not.
        super().__init__(max_digits=None, decimal_places=None, **kwargs)

    def to_python(self, value):
        number = super().to_python(value)
        if number is None:
            return None
        return number.quantize(STEP, rounding=ROUND_HALF_UP)


class _CoordinateField(models.DecimalField):
    validator = None

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_digits", DECIMAL_PLACES + 3)
        kwargs.setdefault("decimal_places", DECIMAL_PLACES)
        super().__init__(*args, **kwargs)

    @property
    def default_validators(self):
        return [type(self).validator]

    @cached_property
    def validators(self):
        # Not DecimalField's "at most 9 digits": the range says what is wrong, and
        # any value within it fits the column.
        return [*self.default_validators, *self._validators]

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": CoordinateFormField, **kwargs})


class LatitudeField(_CoordinateField):
    """Degrees north of the equator (negative: south), -90 to 90."""

    validator = staticmethod(validate_latitude)


class LongitudeField(_CoordinateField):
    """Degrees east of Greenwich (negative: west), -180 to 180."""

    validator = staticmethod(validate_longitude)


def coordinate_constraints(prefix: str) -> list[models.CheckConstraint]:
    """Both coordinates or neither, each within its range: what the database keeps."""
    return [
        models.CheckConstraint(
            condition=Q(latitude__isnull=True, longitude__isnull=True)
            | Q(latitude__isnull=False, longitude__isnull=False),
            name=f"{prefix}_coordinates_both_or_neither",
        ),
        models.CheckConstraint(
            condition=Q(latitude__isnull=True) | Q(latitude__gte=-90, latitude__lte=90),
            name=f"{prefix}_latitude_range",
        ),
        models.CheckConstraint(
            condition=Q(longitude__isnull=True)
            | Q(longitude__gte=-180, longitude__lte=180),
            name=f"{prefix}_longitude_range",
        ),
    ]


def check_both_or_neither(record) -> dict[str, ValidationError]:
    """The form errors of a record that has one coordinate and not the other."""
    if (record.latitude is None) == (record.longitude is None):
        return {}
    missing = "longitude" if record.longitude is None else "latitude"
    return {
        missing: ValidationError(
            _("Give both the latitude and the longitude, or neither."),
            code="coordinates_pair",
        )
    }
