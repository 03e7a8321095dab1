"""A small course for the tests: two modules, three lessons (one with a quiz), in
French with English and Spanish translations, and promotions to enrol in."""

import datetime
from decimal import Decimal

import pytest
from django.utils import timezone

from courses.models import (
    CourseIndexPage,
    CoursePage,
    Enrolment,
    LessonPage,
    ModulePage,
    Promotion,
    PromotionModule,
)
from tests.factories import VerifiedUserFactory, translate_page

QUIZ_ID = "quiz-1"
QUESTIONS = {
    # question id: (kind, {answer id: correct})
    "q-1": ("single", {"q1-a": True, "q1-b": False, "q1-c": False}),
    "q-2": ("multiple", {"q2-a": True, "q2-b": True, "q2-c": False}),
}
RIGHT_ANSWERS = {"q-1": ["q1-a"], "q-2": ["q2-a", "q2-b"]}
HALF_RIGHT = {"q-1": ["q1-a"], "q-2": ["q2-a"]}


def quiz_block(*, pass_mark=70, attempts_allowed=3, keep="best") -> dict:
    """A lesson's quiz as raw StreamField data, with fixed block ids."""
    questions = []
    for number, (question_id, (kind, answers)) in enumerate(QUESTIONS.items(), 1):
        questions.append(
            {
                "type": "item",
                "id": question_id,
                "value": {
                    "text": f"Question {number}",
                    "kind": kind,
                    "explanation": f"Explication {number}",
                    "answers": [
                        {
                            "type": "item",
                            "id": answer_id,
                            "value": {
                                "text": f"Réponse {answer_id}",
                                "correct": correct,
                                "feedback": "Exact" if correct else "Non",
                            },
                        }
                        for answer_id, correct in answers.items()
                    ],
                },
            }
        )
    return {
        "type": "quiz",
        "id": QUIZ_ID,
        "value": {
            "title": "Quiz du module",
            "introduction": "",
            "pass_mark": pass_mark,
            "attempts_allowed": attempts_allowed,
            "keep": keep,
            "questions": questions,
        },
    }


def text_block(text: str) -> dict:
    return {"type": "paragraph", "value": f"<p>{text}</p>", "id": f"p-{text[:8]}"}


def _publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def build_course(
    homes, *, modules=2, lessons_per_module=(2, 1), translate=True, slug="formations"
):
    """/fr/formations/ville-portuaire-durable/ with its modules and lessons.

    Lesson 1 of module 2 holds the quiz; the last lesson of module 1 is optional
    when module 1 has two lessons.
    """
    index = _publish(homes["fr"], CourseIndexPage(title="Formations", slug=slug))
    course = _publish(
        index,
        CoursePage(
            title="La ville portuaire durable",
            slug="ville-portuaire-durable",
            summary="Un cours en ligne pour les villes portuaires.",
            overview="<p>Le cours du réseau.</p>",
        ),
    )
    module_pages, lesson_pages = [], []
    for number in range(1, modules + 1):
        module = _publish(
            course, ModulePage(title=f"Module {number}", slug=f"module-{number}")
        )
        module_pages.append(module)
        count = (
            lessons_per_module[number - 1] if number <= len(lessons_per_module) else 1
        )
        for position in range(1, count + 1):
            body = [text_block(f"Contenu de la leçon {number}.{position}")]
            if number == 2 and position == 1:
                body.append(quiz_block())
            lesson = _publish(
                module,
                LessonPage(
                    title=f"Leçon {number}.{position}",
                    slug=f"lecon-{number}-{position}",
                    required=not (number == 1 and position == 2),
                    body=body,
                ),
            )
            lesson_pages.append(lesson)
    tree = {
        "index": index,
        "course": course,
        "modules": module_pages,
        "lessons": lesson_pages,
    }
    if translate:
        for language, slug in (("en", "courses"), ("es", "cursos")):
            pages = {index.pk: translate_page(index, language, slug=slug)}
            pages[course.pk] = translate_page(
                course, language, title=f"Sustainable port city ({language})"
            )
            for module in module_pages:
                pages[module.pk] = translate_page(module, language)
            for lesson in lesson_pages:
                pages[lesson.pk] = translate_page(
                    lesson, language, title=f"Lesson {lesson.title[6:]} ({language})"
                )
            tree[language] = pages
    return tree


@pytest.fixture
def course(homes) -> dict:
    return build_course(homes)


def make_promotion(course_page, *, state=Promotion.State.RUNNING, **fields):
    today = timezone.localdate()
    now = timezone.now()
    values = {
        "course": course_page,
        "name": "Promotion 2026",
        "name_en": "2026 cohort",
        "state": state,
        "enrolment_opens_at": now - datetime.timedelta(days=30),
        "enrolment_closes_at": now + datetime.timedelta(days=30),
        "starts_on": today - datetime.timedelta(days=7),
        "ends_on": today + datetime.timedelta(days=60),
        "language": "fr",
        **fields,
    }
    return Promotion.objects.create(**values)


@pytest.fixture
def promotion(course) -> Promotion:
    """A running promotion with module 2 released a week ago, due in a month."""
    promotion = make_promotion(course["course"])
    PromotionModule.objects.create(
        promotion=promotion,
        module=course["modules"][1],
        release_on=timezone.localdate() - datetime.timedelta(days=7),
        due_on=timezone.localdate() + datetime.timedelta(days=30),
    )
    return promotion


@pytest.fixture
def open_promotion(course) -> Promotion:
    """A promotion open for enrolment, starting next month, 3 places."""
    today = timezone.localdate()
    return make_promotion(
        course["course"],
        state=Promotion.State.OPEN,
        name="Promotion 2027",
        number=2,
        capacity=3,
        starts_on=today + datetime.timedelta(days=30),
        ends_on=today + datetime.timedelta(days=90),
    )


def enrol(promotion, user=None, state=Enrolment.State.ENROLLED) -> Enrolment:
    user = user or VerifiedUserFactory()
    return Enrolment.objects.create(
        promotion=promotion,
        learner=user,
        state=state,
        enrolled_at=timezone.now(),
        completed_at=timezone.now() if state == Enrolment.State.COMPLETED else None,
    )


@pytest.fixture
def learner(promotion) -> Enrolment:
    """An enrolled learner of the running promotion (``learner.learner`` signs in)."""
    return enrol(promotion)


def paid_promotion(course_page, **fields) -> Promotion:
    return make_promotion(
        course_page,
        state=Promotion.State.OPEN,
        fee=Promotion.Fee.PAID,
        member_price=Decimal("100.00"),
        price=Decimal("300.00"),
        **fields,
    )


def lesson_with_quiz(course_tree) -> LessonPage:
    return course_tree["lessons"][2]
