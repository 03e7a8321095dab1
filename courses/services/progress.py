"""Progress: lessons done, quizzes marked on the server, and completion.

The completion rule: every required lesson of the course done and every quiz of the
course passed (the score kept, best or last attempt as the quiz says, at or above
its pass mark). Lessons are counted by ``translation_key`` in the promotion's course,
so a learner may follow the course in any of its languages.
"""

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..exceptions import CoursesError
from ..models import Enrolment, LessonPage, LessonProgress, Promotion, QuizAttempt
from .history import record_enrolment

State = Enrolment.State


def _check_learning(enrolment: Enrolment) -> None:
    if enrolment.state not in (State.ENROLLED, State.COMPLETED):
        raise CoursesError(_("You are not following this course."), code="not_learning")
    if enrolment.promotion.state != Promotion.State.RUNNING:
        raise CoursesError(
            _("This promotion is not running: progress is no longer recorded."),
            code="not_running",
        )


def lesson_visit(*, enrolment: Enrolment, lesson: LessonPage) -> None:
    """Remember where the learner is, for "continue where you left off"."""
    Enrolment.objects.filter(pk=enrolment.pk).update(
        last_lesson_key=lesson.translation_key, last_activity_at=timezone.now()
    )


def lesson_mark_done(*, enrolment: Enrolment, lesson: LessonPage) -> LessonProgress:
    _check_learning(enrolment)
    with transaction.atomic():
        progress, _created = LessonProgress.objects.get_or_create(
            enrolment=enrolment, lesson_key=lesson.translation_key
        )
        if progress.done_at is None:
            progress.done_at = timezone.now()
            progress.save(update_fields=["done_at", "updated_at"])
        lesson_visit(enrolment=enrolment, lesson=lesson)
        completion_check(enrolment=enrolment)
    return progress


@dataclass
class QuestionResult:
    question: dict
    chosen: list[str]
    correct: bool
    feedback: list[str] = field(default_factory=list)


@dataclass
class QuizResult:
    attempt: QuizAttempt
    questions: list[QuestionResult]
    attempts_left: int | None


def _answer_ids(question) -> dict[str, dict]:
    return {str(item.id): item.value for item in question["answers"].bound_blocks}


def mark_quiz(quiz_value, answers: dict[str, list[str]]) -> tuple[Decimal, list]:
    """Mark posted answers against the quiz: each question right or wrong.

    ``answers`` maps a question's block id to the ids of the answers chosen. An id the
    question does not have, or several answers to a one-answer question, is refused
    as tampering rather than marked wrong.
    """
    results = []
    questions = quiz_value["questions"].bound_blocks
    for bound in questions:
        question = bound.value
        options = _answer_ids(question)
        chosen = [str(value) for value in answers.get(str(bound.id), [])]
        if len(set(chosen)) != len(chosen) or any(c not in options for c in chosen):
            raise CoursesError(
                _("This answer is not part of the quiz."), code="tampered"
            )
        if question["kind"] == "single" and len(chosen) > 1:
            raise CoursesError(
                _("Choose one answer only for this question."), code="tampered"
            )
        right = {key for key, option in options.items() if option["correct"]}
        feedback = [options[c]["feedback"] for c in chosen if options[c]["feedback"]]
        results.append(
            QuestionResult(
                question=question,
                chosen=chosen,
                correct=set(chosen) == right,
                feedback=feedback,
            )
        )
    correct = sum(1 for result in results if result.correct)
    score = (Decimal(100) * correct / len(results)).quantize(
        Decimal("0.01"), rounding=ROUND_HALF_UP
    )
    return score, results


def attempts_used(*, enrolment: Enrolment, lesson: LessonPage) -> int:
    return QuizAttempt.objects.filter(
        enrolment=enrolment, lesson_key=lesson.translation_key
    ).count()


def quiz_submit(
    *, enrolment: Enrolment, lesson: LessonPage, answers: dict
) -> QuizResult:
    """Mark an attempt on the server and record it; completion follows."""
    _check_learning(enrolment)
    quiz = lesson.quiz
    if quiz is None:
        raise CoursesError(_("This lesson has no quiz."), code="no_quiz")
    allowed = quiz.value["attempts_allowed"]
    with transaction.atomic():
        # One attempt at a time per learner: the enrolment row is the lock.
        Enrolment.objects.select_for_update().filter(pk=enrolment.pk).first()
        used = attempts_used(enrolment=enrolment, lesson=lesson)
        if allowed and used >= allowed:
            raise CoursesError(
                _("You have used every attempt allowed for this quiz."),
                code="no_attempts_left",
            )
        score, results = mark_quiz(quiz.value, answers)
        attempt = QuizAttempt.objects.create(
            enrolment=enrolment,
            lesson_key=lesson.translation_key,
            answers={key: list(value) for key, value in answers.items()},
            score=score,
            passed=score >= quiz.value["pass_mark"],
        )
        lesson_visit(enrolment=enrolment, lesson=lesson)
        completion_check(enrolment=enrolment)
    left = None if not allowed else max(allowed - used - 1, 0)
    return QuizResult(attempt=attempt, questions=results, attempts_left=left)


def kept_attempt(attempts: list[QuizAttempt], keep: str) -> QuizAttempt | None:
    """The attempt that counts: the best score (first reached) or the last one."""
    if not attempts:
        return None
    if keep == "last":
        return attempts[-1]
    return max(attempts, key=lambda attempt: (attempt.score, -attempt.pk))


def course_lessons(promotion: Promotion):
    """The live lessons of a promotion's course, in the course's own language."""
    return (
        LessonPage.objects.live()
        .descendant_of(promotion.course)
        .only("pk", "translation_key", "required", "has_quiz", "path", "depth")
    )


def completion_missing(*, enrolment: Enrolment) -> tuple[int, int]:
    """How many required lessons are not done and quizzes not passed."""
    lessons = list(course_lessons(enrolment.promotion))
    done = set(
        LessonProgress.objects.filter(
            enrolment=enrolment, done_at__isnull=False
        ).values_list("lesson_key", flat=True)
    )
    lessons_left = sum(
        1
        for lesson in lessons
        if lesson.required and lesson.translation_key not in done
    )
    quiz_lessons = [lesson for lesson in lessons if lesson.has_quiz]
    quizzes_left = 0
    if quiz_lessons:
        by_lesson: dict = {}
        for attempt in QuizAttempt.objects.filter(
            enrolment=enrolment,
            lesson_key__in=[lesson.translation_key for lesson in quiz_lessons],
        ):
            by_lesson.setdefault(attempt.lesson_key, []).append(attempt)
        bodies = LessonPage.objects.filter(
            pk__in=[lesson.pk for lesson in quiz_lessons]
        ).only("pk", "translation_key", "body")
        for lesson in bodies:
            quiz = lesson.quiz
            keep = quiz.value["keep"] if quiz is not None else "best"
            kept = kept_attempt(by_lesson.get(lesson.translation_key, []), keep)
            if quiz is not None and (kept is None or not kept.passed):
                quizzes_left += 1
    return lessons_left, quizzes_left


def completion_check(*, enrolment: Enrolment) -> bool:
    """Complete the enrolment (and issue its certificate) once the rule is met."""
    from .certificates import certificate_issue

    if enrolment.state != State.ENROLLED:
        return enrolment.state == State.COMPLETED
    lessons_left, quizzes_left = completion_missing(enrolment=enrolment)
    if lessons_left or quizzes_left:
        return False
    enrolment.state = State.COMPLETED
    enrolment.completed_at = timezone.now()
    enrolment.save(update_fields=["state", "completed_at"])
    record_enrolment(enrolment, actor=None, verb="completed", from_state=State.ENROLLED)
    certificate_issue(enrolment=enrolment)
    return True
