from django.utils.translation import gettext_lazy as _

from core.exceptions import AppError, BusyError


class CoursesError(AppError):
    """A course rule refused the request (enrolment closed, quiz attempts used…)."""

    default_message = _("This cannot be done in this course.")


class CoursesBusy(BusyError, CoursesError):
    """The promotion's places were locked too long by other learners: try again."""
