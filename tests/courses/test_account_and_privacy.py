"""Courses in "My account", in the personal-data export and after erasure."""

import datetime

import pytest
from django.utils import timezone

from accounts.privacy import contributors
from accounts.services import user_erase
from courses.models import (
    ApplicationQuestion,
    Certificate,
    Enrolment,
    LessonProgress,
    PromotionModule,
    QuizAttempt,
)
from courses.services import enrolment_request, lesson_mark_done, quiz_submit
from tests.factories import VerifiedUserFactory
from tests.test_erasure_scan import EMAIL, FIRST, LAST, declared_kept, hits_in_database

from .fixtures import HALF_RIGHT, RIGHT_ANSWERS, enrol, make_promotion

pytestmark = pytest.mark.django_db


def complete(enrolment, course):
    for lesson in course["lessons"]:
        lesson_mark_done(enrolment=enrolment, lesson=lesson)
    quiz_submit(enrolment=enrolment, lesson=course["lessons"][2], answers=RIGHT_ANSWERS)
    enrolment.refresh_from_db()
    return enrolment


def test_my_courses_shows_progress_and_the_certificate(client, course, learner):
    lesson_mark_done(enrolment=learner, lesson=course["lessons"][0])
    client.force_login(learner.learner)
    page = client.get("/en/account/").content.decode()
    assert "My courses" in page
    assert 'value="33"' in page
    complete(learner, course)
    page = client.get("/en/account/").content.decode()
    certificate = Certificate.objects.get(enrolment=learner)
    assert certificate.code in page


def test_my_courses_costs_the_same_for_one_promotion_or_four(
    client, course, promotion, django_assert_num_queries, django_assert_max_num_queries
):
    learner = enrol(promotion)
    lesson_mark_done(enrolment=learner, lesson=course["lessons"][0])
    client.force_login(learner.learner)
    client.get("/en/account/")  # warm the per-process caches
    with django_assert_max_num_queries(40) as one:
        assert "My courses" in client.get("/en/account/").content.decode()
    expected = len(one.captured_queries)  # the next request clears the log
    for number in range(3, 6):
        other = make_promotion(course["course"], name=f"Promotion {number}")
        PromotionModule.objects.create(
            promotion=other,
            module=course["modules"][0],
            release_on=timezone.localdate(),
            due_on=timezone.localdate() + datetime.timedelta(days=number),
        )
        enrol(other, learner.learner)
    client.get("/en/account/")  # the menu and footer, renewed by the change

    with django_assert_num_queries(expected):
        page = client.get("/en/account/").content.decode()
    assert page.count("<progress") == 4


def test_no_courses_no_panel(client, course):
    client.force_login(VerifiedUserFactory())
    assert "My courses" not in client.get("/en/account/").content.decode()


def test_the_export_holds_enrolments_answers_progress_and_certificates(
    course, promotion, open_promotion
):
    user = VerifiedUserFactory()
    learner = enrol(promotion, user)
    quiz_submit(enrolment=learner, lesson=course["lessons"][2], answers=HALF_RIGHT)
    complete(learner, course)
    open_promotion.requires_application = True
    open_promotion.save()
    question = ApplicationQuestion.objects.create(promotion=open_promotion, text="Q")
    enrolment_request(
        promotion=open_promotion, user=user, answers={str(question.pk): "My reasons"}
    )
    (courses,) = [c for c in contributors() if c.key == "courses"]
    data = courses.export(user)
    states = sorted(row["state"] for row in data["enrolments"])
    assert states == ["applied", "completed"]
    completed = next(r for r in data["enrolments"] if r["state"] == "completed")
    assert len(completed["progress"]) == 3
    assert [a["score"] for a in completed["quiz_attempts"]] == ["50.00", "100.00"]
    assert completed["history"]
    assert data["certificates"][0]["code"] == learner.certificate.code
    applied = next(r for r in data["enrolments"] if r["state"] == "applied")
    assert applied["answers"] == {str(question.pk): "My reasons"}


def test_erasure_keeps_the_certificate_and_nothing_else(
    course, promotion, open_promotion
):
    person = VerifiedUserFactory(email=EMAIL, first_name=FIRST, last_name=LAST)
    completed = complete(enrol(promotion, person), course)
    open_promotion.requires_application = True
    open_promotion.save()
    question = ApplicationQuestion.objects.create(promotion=open_promotion, text="Q")
    waiting = enrolment_request(
        promotion=open_promotion,
        user=person,
        answers={str(question.pk): f"I am {FIRST} {LAST}"},
    )
    assert hits_in_database()

    user_erase(user=person, actor=None)

    assert hits_in_database() - declared_kept(person) == set()
    waiting.refresh_from_db()
    assert waiting.state == Enrolment.State.WITHDRAWN
    assert waiting.answers == {}
    assert not LessonProgress.objects.filter(enrolment=completed).exists()
    assert not QuizAttempt.objects.filter(enrolment=completed).exists()
    certificate = Certificate.objects.get(enrolment=completed)
    assert certificate.learner_name == f"{FIRST} {LAST}"
