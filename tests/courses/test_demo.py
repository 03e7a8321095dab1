"""The demo course: its pages in three languages, its promotions and learners,
and a second load that adds nothing."""

import io

from django.apps import apps
from django.urls import reverse
from django.utils import translation

from accounts.demo import DEMO_MEMBER_EMAIL, DEMO_NON_MEMBER_EMAIL
from accounts.models import User
from cms.models import NavigationSettings
from core.audit import AuditEntry
from core.models import OutboxMessage
from courses import demo as courses_demo
from courses.demo_learners import right_answers
from courses.models import (
    Certificate,
    CoursePage,
    Enrolment,
    LessonPage,
    ModulePage,
    Promotion,
)
from courses.services.progress import completion_missing, quiz_submit

COURSES = {
    "fr": ("/fr/formations/ville-portuaire-durable/", "Transition énergétique"),
    "en": ("/en/courses/sustainable-port-city/", "Energy and climate transition"),
    "es": ("/es/cursos/ciudad-portuaria-sostenible/", "Transición energética"),
}


def _promotion(number: int) -> Promotion:
    return Promotion.objects.get(number=number, course__locale__language_code="fr")


def _counts() -> dict:
    counts = {
        model.__name__: model.objects.count()
        for model in apps.get_app_config("courses").get_models()
    }
    counts["users"] = User.objects.count()
    counts["audit"] = AuditEntry.objects.count()
    counts["mails"] = OutboxMessage.objects.count()
    return counts


def test_the_course_answers_in_each_language_and_is_in_the_menu(client, demo):
    for url, module_title in COURSES.values():
        response = client.get(url)
        assert response.status_code == 200, url
        assert module_title in response.content.decode(), url
    assert client.get("/en/courses/").status_code == 200
    assert client.get("/es/cursos/").status_code == 200
    menu = NavigationSettings.objects.get().menu_items.values_list(
        "page__slug", flat=True
    )
    assert "formations" in menu


def test_each_language_has_three_modules_and_six_lessons_with_the_same_quizzes(demo):
    quiz_ids = {}
    for language in COURSES:
        course = CoursePage.objects.get(locale__language_code=language)
        lessons = LessonPage.objects.live().descendant_of(course)
        assert ModulePage.objects.live().descendant_of(course).count() == 3
        assert lessons.count() == 6
        assert lessons.filter(required=False).count() == 1
        assert course.goals.count() == 6
        quiz_ids[language] = sorted(
            (lesson.translation_key, lesson.quiz.id, lesson.quiz.value["pass_mark"])
            for lesson in lessons.filter(has_quiz=True)
        )
        assert len(quiz_ids[language]) == 2
    assert quiz_ids["fr"] == quiz_ids["en"] == quiz_ids["es"]


def test_promotion_1_has_ended_with_four_valid_certificates(demo):
    ended = _promotion(1)

    assert ended.state == Promotion.State.ENDED
    assert not ended.enrolment_is_open
    certificates = Certificate.objects.filter(enrolment__promotion=ended)
    assert [c.is_valid for c in certificates] == [True] * 4
    assert sorted(ended.enrolments.values_list("state", flat=True)) == [
        "completed",
        "completed",
        "completed",
        "completed",
        "not_completed",
        "not_completed",
    ]
    # The completed learners met the course's completion rule; the others did not.
    for enrolment in ended.enrolments.all():
        done = completion_missing(enrolment=enrolment) == (0, 0)
        assert done == (enrolment.state == Enrolment.State.COMPLETED)
    spanish = certificates.get(enrolment__learner__language="es")
    assert spanish.course_title == "La ciudad portuaria sostenible"
    assert spanish.promotion_name == "Promoción 2025-2026"


def test_promotion_2_runs_and_still_takes_learners(client, demo):
    running = _promotion(2)
    claire = User.objects.get(email=DEMO_MEMBER_EMAIL)

    assert running.state == Promotion.State.RUNNING
    assert running.enrolment_is_open
    assert running.enrolments.filter(state=Enrolment.State.ENROLLED).count() == 5
    assert running.live_sessions.filter(join_url__startswith="https://").count() == 1
    assert running.live_sessions.exclude(recording_url="").count() == 1
    assert not running.enrolments.filter(learner=claire).exists()
    assert not Enrolment.objects.filter(learner__email=DEMO_NON_MEMBER_EMAIL).exists()

    with translation.override("en"):
        enrol_url = reverse("courses:enrol", args=[running.pk])
    client.force_login(User.objects.get(email=DEMO_NON_MEMBER_EMAIL))
    assert enrol_url in client.get(COURSES["en"][0]).content.decode()
    client.force_login(claire)
    response = client.post(enrol_url, {"confirm": "on"})

    assert response.status_code == 302
    assert running.enrolments.get(learner=claire).state == Enrolment.State.ENROLLED


def test_claire_holds_a_certificate_of_promotion_1(demo):
    certificate = Certificate.objects.get(enrolment__learner__email=DEMO_MEMBER_EMAIL)

    assert certificate.is_valid
    assert certificate.learner_name == "Claire Morel"
    assert certificate.enrolment.promotion == _promotion(1)
    assert certificate.course_title == "La ville portuaire durable"


def test_a_learner_of_promotion_2_reads_module_1_and_answers_in_any_language(
    client, demo
):
    enrolment = _promotion(2).enrolments.get(learner__email=courses_demo.LEARNER_LOGIN)
    spanish = CoursePage.objects.get(locale__language_code="es")
    lessons = list(LessonPage.objects.live().descendant_of(spanish).order_by("path"))
    client.force_login(enrolment.learner)

    assert client.get(lessons[0].url).status_code == 200
    assert client.get(lessons[2].url).status_code == 403  # module 2: in two weeks
    result = quiz_submit(
        enrolment=enrolment, lesson=lessons[1], answers=right_answers("m1")
    )
    assert result.attempt.passed
    assert result.attempt.score == 100


def test_loading_again_adds_nothing(demo):
    before = _counts()

    courses_demo.load(out := io.StringIO())

    assert _counts() == before
    assert "promotions: 2, learners: 9." in out.getvalue()
