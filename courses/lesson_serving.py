"""A lesson page: its content for learners and staff, a closed door for others."""

from csp.constants import SELF
from django.http import HttpRequest
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from .access import (
    course_of,
    facilitated_promotion,
    is_course_staff,
    learning_enrolment,
    module_release_date,
    release_dates,
)
from .models import LessonPage, LessonProgress, QuizAttempt
from .scorm.runtime import player_context
from .services import lesson_visit, mark_quiz
from .services.progress import attempts_used, kept_attempt


def _closed(request, lesson, course, *, release_on=None):
    """Why the lesson is not shown, with the way in (status 403)."""
    return TemplateResponse(
        request,
        "courses/lesson_closed.html",
        {"page": lesson, "self": lesson, "course": course, "release_on": release_on},
        status=403,
    )


def _neighbours(lesson: LessonPage, course) -> tuple:
    lessons = list(
        LessonPage.objects.live()
        .descendant_of(course)
        .order_by("path")
        .only("pk", "title", "url_path", "path", "depth", "locale_id")
    )
    index = next((i for i, item in enumerate(lessons) if item.pk == lesson.pk), None)
    if index is None:
        return None, None
    previous = lessons[index - 1] if index > 0 else None
    following = lessons[index + 1] if index + 1 < len(lessons) else None
    return previous, following


def quiz_context(*, enrolment, lesson: LessonPage, attempt_id=None) -> dict:
    """The quiz's state for one learner: attempts used and left, the kept score,
    and the marking of the attempt just submitted."""
    quiz = lesson.quiz
    if quiz is None:
        return {}
    context = {"quiz": quiz}
    if enrolment is None:
        return context
    attempts = list(
        QuizAttempt.objects.filter(
            enrolment=enrolment, lesson_key=lesson.translation_key
        )
    )
    allowed = quiz.value["attempts_allowed"]
    context.update(
        attempts=attempts,
        kept=kept_attempt(attempts, quiz.value["keep"]),
        attempts_left=None if not allowed else max(allowed - len(attempts), 0),
    )
    shown = next((a for a in attempts if str(a.pk) == str(attempt_id)), None)
    if shown is not None:
        _score, results = mark_quiz(quiz.value, shown.answers)
        context.update(shown_attempt=shown, results=results)
    return context


def serve_lesson(request: HttpRequest, lesson: LessonPage, *args, **kwargs):
    extra = kwargs.pop("extra_context", None) or {}
    course = course_of(lesson)
    enrolment = learning_enrolment(user=request.user, course=course)
    promotion = enrolment.promotion if enrolment is not None else None
    # A learner reads as a learner (release dates apply); staff only when not one.
    staff = enrolment is None and is_course_staff(user=request.user, page=lesson)
    if promotion is None and not staff:
        promotion = facilitated_promotion(user=request.user, course=course)
        if promotion is None:
            return _closed(request, lesson, course)
    module = lesson.get_parent().specific
    release_on = None
    if promotion is not None:
        release_on = module_release_date(promotion, release_dates(promotion), module)
        if release_on > timezone.localdate() and not staff:
            return _closed(request, lesson, course, release_on=release_on)
    done = False
    if enrolment is not None:
        lesson_visit(enrolment=enrolment, lesson=lesson)
        done = LessonProgress.objects.filter(
            enrolment=enrolment,
            lesson_key=lesson.translation_key,
            done_at__isnull=False,
        ).exists()
    previous, following = _neighbours(lesson, course)
    context = lesson.get_context(request, *args, **kwargs)
    context.update(
        course=course,
        module=module,
        enrolment=enrolment,
        promotion=promotion,
        is_staff=staff,
        done=done,
        can_record=enrolment is not None and promotion.state == "running",
        previous_lesson=previous,
        next_lesson=following,
        staff_notice=_("You see this lesson as staff.") if enrolment is None else "",
        **quiz_context(
            enrolment=enrolment,
            lesson=lesson,
            attempt_id=request.GET.get("attempt"),
        ),
    )
    context.update(
        player_context(
            enrolment=enrolment, lesson=lesson, can_record=context["can_record"]
        )
    )
    context.update(extra)
    if enrolment is not None and "attempts" in context:
        context["attempts_used"] = attempts_used(enrolment=enrolment, lesson=lesson)
    response = TemplateResponse(
        request, lesson.get_template(request, *args, **kwargs), context
    )
    if lesson.package_id is not None:
        # The package's files are shown in a frame of the site.
        response._csp_update = {"frame-src": [SELF]}
    return response
