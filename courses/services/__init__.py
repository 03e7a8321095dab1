"""Every write of the courses app, re-exported from its module."""

from .certificates import certificate_issue
from .enrolments import (
    enrolment_confirm_paid,
    enrolment_decide,
    enrolment_request,
    enrolment_withdraw,
    has_free_place,
    needs_payment,
    places_taken,
    price_for,
    waitlist_promote,
)
from .progress import (
    completion_check,
    completion_missing,
    kept_attempt,
    lesson_mark_done,
    lesson_visit,
    mark_quiz,
    quiz_submit,
)

__all__ = [
    "certificate_issue",
    "completion_check",
    "completion_missing",
    "enrolment_confirm_paid",
    "enrolment_decide",
    "enrolment_request",
    "enrolment_withdraw",
    "has_free_place",
    "kept_attempt",
    "lesson_mark_done",
    "lesson_visit",
    "mark_quiz",
    "needs_payment",
    "places_taken",
    "price_for",
    "quiz_submit",
    "waitlist_promote",
]
