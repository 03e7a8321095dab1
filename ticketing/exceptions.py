"""The ticketing app's one error class: a message a buyer or staff member can read."""

from django.utils.translation import gettext_lazy as _


class TicketingError(Exception):
    """A business rule refused the request; ``message`` is translated for display."""

    default_message = _("The request could not be completed.")

    def __init__(self, message=None, *, code: str = "invalid"):
        self.message = message if message is not None else self.default_message
        self.code = code
        super().__init__(str(self.message))


class TicketingBusy(TicketingError):
    """The rows needed were locked for too long; trying again shortly will work."""

    default_message = _(
        "Many people are buying tickets right now. Please try again in a moment."
    )

    def __init__(self, message=None):
        super().__init__(message, code="busy")
