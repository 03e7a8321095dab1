"""Who may read a course's lessons: its enrolled learners, its staff, nobody else.

A lesson is shown to a learner enrolled (or completed) in a promotion of its course
that is running or has ended, once its module is released for that promotion; to the
promotion's facilitators; and to staff who may edit the page (previews included).
"""

import datetime

from django.utils import timezone

from .models import CoursePage, Enrolment, Promotion, PromotionModule


def course_of(page) -> CoursePage:
    """The course a module or lesson belongs to (one query)."""
    return CoursePage.objects.ancestor_of(page, inclusive=True).get()


def is_course_staff(*, user, page) -> bool:
    """Staff who may edit the page: they read every lesson, released or not."""
    if not user.is_authenticated or not user.is_active:
        return False
    return user.is_superuser or page.permissions_for_user(user).can_edit()


def learning_enrolment(*, user, course: CoursePage) -> Enrolment | None:
    """The user's enrolment that opens the course's lessons now, the latest first."""
    if not user.is_authenticated:
        return None
    return (
        Enrolment.objects.filter(
            learner=user,
            state__in=Enrolment.LEARNING,
            promotion__course__translation_key=course.translation_key,
            promotion__state__in=[Promotion.State.RUNNING, Promotion.State.ENDED],
        )
        .select_related("promotion")
        .order_by("-promotion__starts_on", "-pk")
        .first()
    )


def facilitated_promotion(*, user, course: CoursePage) -> Promotion | None:
    if not user.is_authenticated:
        return None
    return (
        Promotion.objects.filter(
            facilitators=user, course__translation_key=course.translation_key
        )
        .order_by("-starts_on")
        .first()
    )


def release_dates(promotion: Promotion) -> dict:
    """``{module translation_key: PromotionModule}`` for a promotion's schedule."""
    rows = PromotionModule.objects.filter(promotion=promotion).select_related("module")
    return {row.module.translation_key: row for row in rows}


def module_release_date(promotion: Promotion, schedule: dict, module) -> datetime.date:
    """When a module opens: its scheduled date, else the promotion's first day."""
    row = schedule.get(module.translation_key)
    return row.release_on if row is not None else promotion.starts_on


def is_released(promotion: Promotion, schedule: dict, module) -> bool:
    return module_release_date(promotion, schedule, module) <= timezone.localdate()
