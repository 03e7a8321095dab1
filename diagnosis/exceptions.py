from django.utils.translation import gettext_lazy as _

from core.exceptions import AppError


class DiagnosisError(AppError):
    """A self-diagnosis rule refused the request (frozen, submitted, not allowed…)."""

    default_message = _("This cannot be done for this assessment.")


class EditConflict(DiagnosisError):
    """Someone else saved the same goal since the form was opened."""

    default_message = _(
        "Someone else saved this goal while you were editing it. Your answers are "
        "still in the form: check theirs below, then save again."
    )
