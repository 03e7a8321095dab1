from django.utils.translation import gettext_lazy as _

from core.exceptions import AppError, BusyError


class EventsError(AppError):
    """A registration rule refused the request."""


class EventsBusy(BusyError, EventsError):
    default_message = _(
        "Many people are registering right now. Please try again in a moment."
    )
