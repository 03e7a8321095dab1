"""The ticketing app's errors: a message a buyer or staff member can read."""

from django.utils.translation import gettext_lazy as _

from core.exceptions import AppError, BusyError


class TicketingError(AppError):
    """A ticketing rule refused the request; ``message`` is translated for display."""


class TicketingBusy(BusyError, TicketingError):
    """The rows needed were locked for too long; trying again shortly will work."""

    default_message = _(
        "Many people are buying tickets right now. Please try again in a moment."
    )
