"""Reads with a rule: a course's outline for one person, progress, what to enrol in.

Each read costs a fixed number of queries whatever the number of modules, lessons or
learners (``tests/courses/test_queries.py``).
"""

from dataclasses import dataclass, field
from datetime import date

from django.db.models import Q
from django.utils import timezone

from cms.selectors import attach_taxonomies

from .access import (
    facilitated_promotion,
    is_course_staff,
    learning_enrolment,
    module_release_date,
    release_dates,
)
from .models import (
    CoursePage,
    Enrolment,
    LessonPage,
    LessonProgress,
    ModulePage,
    Promotion,
    QuizAttempt,
)
from .selectors_sessions import live_sessions_for


@dataclass
class LessonLine:
    page: LessonPage
    done: bool = False
    quiz_passed: bool | None = None  # None: the lesson has no quiz


@dataclass
class ModuleLine:
    page: ModulePage
    lessons: list[LessonLine] = field(default_factory=list)
    release_on: date | None = None
    due_on: date | None = None
    locked: bool = False

    @property
    def done_count(self) -> int:
        return sum(1 for line in self.lessons if line.done)

    @property
    def percent(self) -> int:
        return round(100 * self.done_count / len(self.lessons)) if self.lessons else 0

    @property
    def due_soon(self) -> bool:
        if self.due_on is None or self.done_count == len(self.lessons):
            return False
        return (self.due_on - timezone.localdate()).days <= 7


def percent(done: int, total: int) -> int:
    return round(100 * done / total) if total else 0


def done_lesson_keys(enrolment: Enrolment | None) -> set:
    if enrolment is None:
        return set()
    return set(
        LessonProgress.objects.filter(
            enrolment=enrolment, done_at__isnull=False
        ).values_list("lesson_key", flat=True)
    )


def passed_quiz_keys(enrolment: Enrolment | None, lessons) -> set:
    """Lessons whose quiz the learner has passed (kept attempt, as configured)."""
    from .services.progress import kept_attempt

    if enrolment is None:
        return set()
    attempts: dict = {}
    for attempt in QuizAttempt.objects.filter(enrolment=enrolment):
        attempts.setdefault(attempt.lesson_key, []).append(attempt)
    passed = set()
    for lesson in lessons:
        quiz = lesson.quiz if lesson.has_quiz else None
        if quiz is None:
            continue
        kept = kept_attempt(
            attempts.get(lesson.translation_key, []), quiz.value["keep"]
        )
        if kept is not None and kept.passed:
            passed.add(lesson.translation_key)
    return passed


def outline_modules(
    course: CoursePage, *, enrolment=None, promotion=None
) -> list[ModuleLine]:
    """The course's live modules and lessons, with one learner's marks if given."""
    modules = list(ModulePage.objects.live().child_of(course).order_by("path"))
    lessons = list(
        LessonPage.objects.live()
        .descendant_of(course)
        .order_by("path")
        .defer_streamfields()
    )
    quiz_lessons = [lesson for lesson in lessons if lesson.has_quiz]
    if enrolment is not None and quiz_lessons:
        bodies = {
            lesson.pk: lesson
            for lesson in LessonPage.objects.filter(
                pk__in=[lesson.pk for lesson in quiz_lessons]
            ).only("pk", "translation_key", "body", "has_quiz")
        }
        quiz_lessons = list(bodies.values())
    done = done_lesson_keys(enrolment)
    passed = passed_quiz_keys(enrolment, quiz_lessons)
    schedule = release_dates(promotion) if promotion is not None else {}
    today = timezone.localdate()
    lines = []
    by_path = {}
    for module in modules:
        line = ModuleLine(page=module)
        if promotion is not None:
            line.release_on = module_release_date(promotion, schedule, module)
            row = schedule.get(module.translation_key)
            line.due_on = row.due_on if row is not None else None
            line.locked = line.release_on > today
        lines.append(line)
        by_path[module.path] = line
    for lesson in lessons:
        line = by_path.get(lesson.path[: -lesson.steplen])
        if line is None:
            continue
        line.lessons.append(
            LessonLine(
                page=lesson,
                done=lesson.translation_key in done,
                quiz_passed=(lesson.translation_key in passed)
                if lesson.has_quiz
                else None,
            )
        )
    return lines


def course_progress(lines: list[ModuleLine]) -> int:
    total = sum(len(line.lessons) for line in lines)
    return percent(sum(line.done_count for line in lines), total)


def continue_lesson(lines: list[ModuleLine], enrolment) -> LessonPage | None:
    """The lesson to go on with: the last one visited if not done, else the first
    lesson not done in a released module."""
    if enrolment is None:
        return None
    for line in lines:
        for lesson in line.lessons:
            if (
                lesson.page.translation_key == enrolment.last_lesson_key
                and not lesson.done
            ):
                return lesson.page
    for line in lines:
        if line.locked:
            continue
        for lesson in line.lessons:
            if not lesson.done:
                return lesson.page
    return None


def enrolment_offers(*, course: CoursePage, user) -> list[dict]:
    """The promotions one may enrol in (open, or the person's own), with prices."""
    from .services.enrolments import has_free_place, needs_payment, price_for

    promotions = list(
        Promotion.objects.filter(
            Q(state=Promotion.State.OPEN)
            | Q(state=Promotion.State.RUNNING, enrolment_closes_at__gt=timezone.now()),
            course__translation_key=course.translation_key,
        ).order_by("starts_on")
    )
    mine = {}
    if user.is_authenticated and promotions:
        mine = {
            enrolment.promotion_id: enrolment
            for enrolment in Enrolment.objects.filter(
                learner=user, promotion__in=promotions
            )
        }
    offers = []
    for promotion in promotions:
        offer = {
            "promotion": promotion,
            "enrolment": mine.get(promotion.pk),
            "is_open": promotion.enrolment_is_open,
            "opens_later": promotion.enrolment_opens_at > timezone.now(),
            "full": not has_free_place(promotion),
        }
        if user.is_authenticated:
            offer["price"] = price_for(promotion=promotion, user=user)
            offer["pays"] = needs_payment(promotion=promotion, user=user)
        offers.append(offer)
    return offers


def course_outline(*, course: CoursePage, user) -> dict:
    """Everything the course page shows to one person."""
    attach_taxonomies([course])
    enrolment = learning_enrolment(user=user, course=course)
    promotion = enrolment.promotion if enrolment is not None else None
    if promotion is None:
        promotion = facilitated_promotion(user=user, course=course)
    lines = outline_modules(course, enrolment=enrolment, promotion=promotion)
    return {
        "enrolment": enrolment,
        "promotion": promotion,
        "modules": lines,
        "progress": course_progress(lines) if enrolment is not None else None,
        "continue_lesson": continue_lesson(lines, enrolment),
        # The promotions this person may still enrol in (not those already joined).
        "offers": [
            offer
            for offer in enrolment_offers(course=course, user=user)
            if not offer["enrolment"]
        ],
        "is_staff": is_course_staff(user=user, page=course),
        "other_enrolments": other_enrolments(user=user, course=course),
        "sessions": (
            live_sessions_for(enrolment=enrolment) if enrolment is not None else None
        ),
    }


def other_enrolments(*, user, course: CoursePage) -> list[Enrolment]:
    """The person's enrolments in this course that do not open it (yet)."""
    if not user.is_authenticated:
        return []
    return list(
        Enrolment.objects.filter(
            learner=user, promotion__course__translation_key=course.translation_key
        )
        .exclude(state__in=Enrolment.LEARNING)
        .select_related("promotion")
    )


def course_cards(*, index) -> list[CoursePage]:
    return list(
        CoursePage.objects.live()
        .child_of(index)
        .select_related("hero_image")
        .order_by("path")
    )
