"""The one error base: a business rule refused a request, with a message to show.

Each app subclasses it (``AccountsError``, ``TicketingError``, ``CmsError``…) so a view
can catch its own app's refusals, while ``message`` is always translated text for the
person who asked and ``code`` a stable machine name that tests and APIs can match.
"""

from django.utils.translation import gettext_lazy as _


class AppError(Exception):
    """A business rule refused the request; ``message`` is translated for display."""

    default_message = _("The request could not be completed.")
    default_code = "invalid"

    def __init__(self, message=None, *, code: str | None = None):
        self.message = message if message is not None else self.default_message
        self.code = code or self.default_code
        super().__init__(str(self.message))


class BusyError(AppError):
    """The rows needed stayed locked too long; trying again shortly will work."""

    default_message = _("The site is busy right now. Please try again in a moment.")
    default_code = "busy"
