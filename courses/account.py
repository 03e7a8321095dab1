"""Courses in a person's account: the "My courses" panel and the privacy rules."""

from functools import reduce
from operator import or_

from django.db.models import Count, Min, Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.panels import AccountPanel
from accounts.privacy import KeptRows, PrivacyContributor
from cms.sitewide import active_locale
from core.audit import audit_entries_about, audit_export

from .models import (
    Certificate,
    CoursePage,
    Enrolment,
    Invitation,
    LessonPage,
    LessonProgress,
    PromotionModule,
    QuizAttempt,
)
from .services import enrolment_withdraw

SHOWN_STATES = ("applied", "accepted", "waitlisted", "enrolled", "completed")


def my_courses(*, user) -> list[dict]:
    """The person's promotions with progress, next due date and certificate."""
    enrolments = list(
        Enrolment.objects.filter(learner=user, state__in=SHOWN_STATES)
        .select_related("promotion__course", "certificate")
        .annotate(
            done=Count("progress", filter=Q(progress__done_at__isnull=False)),
        )
        .order_by("-promotion__starts_on")
    )
    today = timezone.localdate()
    learning_courses = {e.promotion.course for e in enrolments if e.is_learning}
    lesson_paths = (
        list(
            LessonPage.objects.live()
            .filter(
                reduce(
                    or_,
                    (Q(path__startswith=course.path) for course in learning_courses),
                )
            )
            .values_list("path", flat=True)
        )
        if learning_courses
        else []
    )
    next_due = dict(
        PromotionModule.objects.filter(
            promotion__in={e.promotion_id for e in enrolments if e.state == "enrolled"},
            due_on__gte=today,
        )
        .values("promotion")
        .annotate(next_due=Min("due_on"))
        .values_list("promotion", "next_due")
    )
    localized = _localized_courses({e.promotion.course for e in enrolments})
    rows = []
    for enrolment in enrolments:
        course = enrolment.promotion.course
        lessons = (
            sum(path.startswith(course.path) for path in lesson_paths)
            if enrolment.is_learning
            else 0
        )
        rows.append(
            {
                "enrolment": enrolment,
                "course": localized.get(course.translation_key, course),
                "progress": round(100 * enrolment.done / lessons) if lessons else None,
                "next_due": next_due.get(enrolment.promotion_id),
                "certificate": getattr(enrolment, "certificate", None),
            }
        )
    return rows


def _localized_courses(courses) -> dict:
    """Each course in the active language (or as it is), by translation key."""
    if not courses:
        return {}
    found = {
        page.translation_key: page
        for page in CoursePage.objects.live().filter(
            translation_key__in={course.translation_key for course in courses},
            locale=active_locale(),
        )
    }
    return {
        course.translation_key: found.get(course.translation_key, course)
        for course in courses
    }


def courses_panel_context(request) -> dict | None:
    rows = my_courses(user=request.user)
    return {"courses": rows} if rows else None


def courses_panel() -> AccountPanel:
    return AccountPanel(
        key="courses",
        title=gettext_lazy("My courses"),
        template_name="courses/account/courses_panel.html",
        get_context=courses_panel_context,
        order=45,
    )


def privacy_export(user) -> dict:
    enrolments = list(
        Enrolment.objects.filter(learner=user).select_related("promotion")
    )
    history: dict[str, list] = {}
    entries = audit_entries_about(Enrolment, [e.pk for e in enrolments])
    for entry in entries.order_by("at", "pk"):
        history.setdefault(entry.object_id, []).append(entry)
    progress: dict[int, list] = {}
    for row in LessonProgress.objects.filter(enrolment__learner=user):
        progress.setdefault(row.enrolment_id, []).append(
            {
                "lesson": str(row.lesson_key),
                "done_at": row.done_at.isoformat() if row.done_at else None,
                "completion": row.completion_status,
                "success": row.success_status,
                "score": str(row.score) if row.score is not None else None,
            }
        )
    attempts: dict[int, list] = {}
    for attempt in QuizAttempt.objects.filter(enrolment__learner=user):
        attempts.setdefault(attempt.enrolment_id, []).append(
            {
                "lesson": str(attempt.lesson_key),
                "score": str(attempt.score),
                "passed": attempt.passed,
                "answers": attempt.answers,
                "submitted_at": attempt.created_at.isoformat(),
            }
        )
    return {
        "enrolments": [
            {
                "promotion": enrolment.promotion.name,
                "state": enrolment.state,
                "applied_at": enrolment.created_at.isoformat(),
                "answers": enrolment.answers,
                "progress": progress.get(enrolment.pk, []),
                "quiz_attempts": attempts.get(enrolment.pk, []),
                "history": audit_export(history.get(str(enrolment.pk), [])),
            }
            for enrolment in enrolments
        ],
        "certificates": [
            {
                "code": certificate.code,
                "name": certificate.learner_name,
                "course": certificate.course_title,
                "promotion": certificate.promotion_name,
                "issued_at": certificate.issued_at.isoformat(),
                "revoked_at": certificate.revoked_at.isoformat()
                if certificate.revoked_at
                else None,
            }
            for certificate in Certificate.objects.filter(enrolment__learner=user)
        ],
    }


def privacy_kept(user) -> list[KeptRows]:
    return [
        KeptRows(
            rows=Certificate.objects.filter(enrolment__learner=user),
            fields=("learner_name",),
        )
    ]


def privacy_erase(user) -> list[str]:
    """Leave every live promotion, forget answers and progress; keep certificates.

    A certificate stays verifiable by whoever holds it (an employer, a school): its
    name and code are kept; everything else the person did in a course is deleted.
    """
    live = ("applied", "accepted", "waitlisted", "enrolled")
    for enrolment in Enrolment.objects.filter(learner=user, state__in=live):
        enrolment_withdraw(enrolment=enrolment, actor=None)
    Enrolment.objects.filter(learner=user).update(answers={}, last_lesson_key=None)
    LessonProgress.objects.filter(enrolment__learner=user).delete()
    QuizAttempt.objects.filter(enrolment__learner=user).delete()
    Invitation.objects.filter(email__iexact=user.email).delete()
    if Certificate.objects.filter(enrolment__learner=user).exists():
        return [
            _(
                "Your certificates are kept with your name so that whoever you gave "
                "them to can still verify them."
            )
        ]
    return []


def privacy_contributor() -> PrivacyContributor:
    return PrivacyContributor(
        key="courses", export=privacy_export, erase=privacy_erase, kept=privacy_kept
    )
