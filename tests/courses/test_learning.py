"""A learner follows lessons: who sees them, marking done, quizzes, completion."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from courses.models import Certificate, Enrolment, LessonProgress, QuizAttempt
from courses.services import lesson_mark_done
from tests.factories import VerifiedUserFactory

from .fixtures import HALF_RIGHT, RIGHT_ANSWERS, enrol, make_promotion

pytestmark = pytest.mark.django_db


def post_quiz(client, lesson, answers):
    data = {f"q-{question}": chosen for question, chosen in answers.items()}
    return client.post(reverse("courses:quiz", args=[lesson.pk]), data)


def test_the_course_page_shows_the_outline_to_everyone(client, course, promotion):
    response = client.get(course["en"][course["course"].pk].url)
    assert response.status_code == 200, response.status_code
    page = response.content.decode()
    assert "Lesson 1.1 (en)" in page
    assert "Course outline" in page


def test_a_visitor_sees_the_way_in_not_the_lesson(client, course, promotion):
    lesson = course["en"][course["lessons"][0].pk]
    response = client.get(lesson.url)
    assert response.status_code == 403
    page = response.content.decode()
    assert "This lesson is for the learners of the course." in page
    assert "Contenu de la leçon" not in page


def test_a_learner_of_another_course_promotion_does_not_read_it(
    client, course, promotion, homes
):
    other = enrol(promotion, state=Enrolment.State.WITHDRAWN)
    client.force_login(other.learner)
    assert client.get(course["lessons"][0].url).status_code == 403


def test_the_learner_reads_marks_done_and_the_bar_moves(client, course, learner):
    client.force_login(learner.learner)
    first = course["lessons"][0]
    response = client.get(first.url)
    assert response.status_code == 200
    assert "Contenu de la leçon 1.1" in response.content.decode()
    response = client.post(
        reverse("courses:mark_done", args=[first.pk]),
        {"next_lesson": str(course["lessons"][1].pk)},
    )
    assert response.status_code == 302
    assert response["Location"] == course["lessons"][1].url
    assert LessonProgress.objects.get(enrolment=learner).done_at is not None
    outline = client.get(course["course"].url).content.decode()
    assert 'value="33"' in outline  # one of three lessons done
    learner.refresh_from_db()
    assert learner.last_lesson_key == first.translation_key


def test_a_module_before_its_release_is_locked_with_its_date(client, course, learner):
    row = learner.promotion.schedule.get()
    row.release_on = timezone.localdate() + datetime.timedelta(days=5)
    row.due_on = None
    row.save()
    client.force_login(learner.learner)
    response = client.get(course["lessons"][2].url)
    assert response.status_code == 403
    date = row.release_on.strftime("%-d")
    assert "Cette leçon ouvre le" in response.content.decode()
    assert date in response.content.decode()
    outline = client.get(course["course"].url).content.decode()
    assert "Ouvre le" in outline


def test_a_quiz_is_marked_on_the_server_and_passing_completes(client, course, learner):
    client.force_login(learner.learner)
    for lesson in course["lessons"][:2]:
        lesson_mark_done(enrolment=learner, lesson=lesson)
    quiz_lesson = course["lessons"][2]
    lesson_mark_done(enrolment=learner, lesson=quiz_lesson)
    learner.refresh_from_db()
    assert learner.state == Enrolment.State.ENROLLED  # the quiz is not passed yet

    response = post_quiz(client, quiz_lesson, HALF_RIGHT)
    assert response.status_code == 302
    attempt = QuizAttempt.objects.get()
    assert (attempt.score, attempt.passed) == (50, False)
    page = client.get(response["Location"]).content.decode()
    assert "50 %" in page and "Explication 2" in page  # marked, explained

    response = post_quiz(client, quiz_lesson, RIGHT_ANSWERS)
    learner.refresh_from_db()
    assert learner.state == Enrolment.State.COMPLETED
    certificate = Certificate.objects.get(enrolment=learner)
    assert certificate.learner_name == learner.learner.get_full_name()


@pytest.mark.parametrize(
    "answers",
    [
        {"q-1": ["q2-a"], "q-2": ["q2-a"]},  # an answer of another question
        {"q-1": ["q1-a", "q1-b"], "q-2": ["q2-a"]},  # two answers to a single one
        {"q-1": ["nope"], "q-2": ["q2-a"]},
    ],
)
def test_tampered_answers_are_refused_and_not_recorded(
    client, course, learner, answers
):
    client.force_login(learner.learner)
    response = post_quiz(client, course["lessons"][2], answers)
    assert response.status_code == 400
    assert QuizAttempt.objects.count() == 0


def test_a_blank_question_is_asked_again_keeping_the_other_answers(
    client, course, learner
):
    client.force_login(learner.learner)
    response = post_quiz(client, course["lessons"][2], {"q-1": ["q1-b"]})
    assert response.status_code == 400
    page = response.content.decode()
    assert "Veuillez répondre à toutes les questions" in page
    assert 'value="q1-b" checked' in page
    assert QuizAttempt.objects.count() == 0


def test_attempts_run_out(client, course, learner):
    client.force_login(learner.learner)
    lesson = course["lessons"][2]
    for _ in range(3):
        assert post_quiz(client, lesson, HALF_RIGHT).status_code == 302
    response = post_quiz(client, lesson, RIGHT_ANSWERS)
    assert response.status_code == 400
    assert QuizAttempt.objects.count() == 3


def test_another_learners_attempt_is_not_shown(client, course, learner, promotion):
    client.force_login(learner.learner)
    lesson = course["lessons"][2]
    post_quiz(client, lesson, HALF_RIGHT)
    attempt = QuizAttempt.objects.get()
    other = enrol(promotion)
    client.force_login(other.learner)
    page = client.get(f"{lesson.url}?attempt={attempt.pk}").content.decode()
    assert "Votre tentative" not in page


def test_progress_is_not_recorded_once_the_promotion_ended(client, course, promotion):
    ended = make_promotion(
        course["course"],
        state="ended",
        name="Ancienne",
        starts_on=timezone.localdate() - datetime.timedelta(days=300),
        ends_on=timezone.localdate() - datetime.timedelta(days=200),
    )
    enrolment = enrol(ended, state=Enrolment.State.NOT_COMPLETED)
    client.force_login(enrolment.learner)
    lesson = course["lessons"][0]
    assert client.get(lesson.url).status_code == 200  # still readable
    response = client.post(reverse("courses:mark_done", args=[lesson.pk]))
    assert response.status_code == 302
    assert LessonProgress.objects.filter(done_at__isnull=False).count() == 0


def test_a_learner_enrols_from_the_course_page(client, course, open_promotion):
    user = VerifiedUserFactory()
    client.force_login(user)
    page = client.get(course["en"][course["course"].pk].url).content.decode()
    enrol_url = reverse("courses:enrol", args=[open_promotion.pk])
    assert enrol_url in page
    response = client.post(enrol_url, {})
    assert response.status_code == 400  # the confirmation box is required
    response = client.post(enrol_url, {"confirm": "on"})
    assert response.status_code == 302
    assert Enrolment.objects.get(learner=user).state == Enrolment.State.ENROLLED


def test_someone_else_cannot_withdraw_an_enrolment(client, learner):
    client.force_login(VerifiedUserFactory())
    response = client.post(reverse("courses:withdraw", args=[learner.pk]))
    assert response.status_code == 404
    learner.refresh_from_db()
    assert learner.state == Enrolment.State.ENROLLED
