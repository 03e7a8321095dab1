from django.utils.translation import gettext_lazy as _

from core.exceptions import AppError


class AwardsError(AppError):
    """A prize rule refused the request (call closed, file refused, review done…)."""

    default_message = _("This cannot be done for this prize.")
