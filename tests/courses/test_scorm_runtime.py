"""What a package reports: kept for the learner, and the lesson done when the package
is completed or passed; the player that gives the package its API."""

import json
from decimal import Decimal

import pytest
from django.conf import settings
from django.template.loader import render_to_string
from django.test import Client
from django.urls import reverse

from courses.models import (
    Certificate,
    Enrolment,
    LessonPage,
    LessonProgress,
    Promotion,
    ScormPackage,
)
from courses.scorm.runtime import runtime_state
from courses.services.progress import lesson_mark_done, quiz_submit
from courses.services.scorm import scorm_package_save
from tests.factories import VerifiedUserFactory

from .fixtures import RIGHT_ANSWERS, lesson_with_quiz
from .scorm_zips import (
    make_zip,
    media_fixture,  # noqa: F401
    scorm12_files,
    scorm2004_files,
    upload,
)

pytestmark = pytest.mark.django_db


def attach(lesson, files) -> LessonPage:
    package = scorm_package_save(
        package=ScormPackage(title="Activité portuaire"),
        upload=upload(make_zip(files)),
    )
    LessonPage.objects.filter(pk=lesson.pk).update(package=package)
    lesson.refresh_from_db()
    return lesson


@pytest.fixture
def lesson12(course, media):
    return attach(course["lessons"][0], scorm12_files())


@pytest.fixture
def lesson2004(course, media):
    return attach(course["lessons"][0], scorm2004_files())


def post(client, lesson, data):
    body = data if isinstance(data, str | bytes) else json.dumps(data)
    return client.post(
        reverse("courses:scorm_runtime", args=[lesson.pk]),
        body,
        content_type="application/json",
    )


def progress_of(enrolment, lesson) -> LessonProgress:
    return LessonProgress.objects.get(
        enrolment=enrolment, lesson_key=lesson.translation_key
    )


class TestScorm12:
    def test_completed_with_a_score_makes_the_lesson_done(
        self, client, lesson12, learner
    ):
        client.force_login(learner.learner)
        response = post(
            client,
            lesson12,
            {
                "cmi.core.lesson_status": "passed",
                "cmi.core.score.raw": "45",
                "cmi.core.score.min": "0",
                "cmi.core.score.max": "50",
                "cmi.core.lesson_location": "page-7",
                "cmi.suspend_data": "abc",
                "cmi.core.student_id": "ignored",
            },
        )

        assert response.status_code == 200
        assert response.json() == {"ok": True, "result": True, "errorCode": 0}
        progress = progress_of(learner, lesson12)
        assert progress.done_at is not None
        assert progress.completion_status == "completed"
        assert progress.success_status == "passed"
        assert progress.score == Decimal("90.00")
        assert progress.runtime_data["location"] == "page-7"
        assert progress.runtime_data["suspend_data"] == "abc"

    def test_incomplete_is_kept_to_resume_but_not_done(self, client, lesson12, learner):
        client.force_login(learner.learner)
        post(
            client,
            lesson12,
            {
                "cmi.core.lesson_status": "incomplete",
                "cmi.core.lesson_location": "page-3",
                "cmi.suspend_data": "slide=3",
                "cmi.core.exit": "suspend",
            },
        )

        progress = progress_of(learner, lesson12)
        assert progress.done_at is None
        assert progress.completion_status == "incomplete"
        state = runtime_state(enrolment=learner, lesson=lesson12)
        assert state["cmi.core.entry"] == "resume"
        assert state["cmi.core.lesson_location"] == "page-3"
        assert state["cmi.suspend_data"] == "slide=3"
        assert state["cmi.core.student_id"] == str(learner.learner.pk)

    def test_failed_is_not_done(self, client, lesson12, learner):
        client.force_login(learner.learner)
        post(client, lesson12, {"cmi.core.lesson_status": "failed"})

        progress = progress_of(learner, lesson12)
        assert progress.done_at is None
        assert progress.success_status == "failed"

    def test_a_done_lesson_stays_done(self, client, lesson12, learner):
        client.force_login(learner.learner)
        post(client, lesson12, {"cmi.core.lesson_status": "completed"})
        post(client, lesson12, {"cmi.core.lesson_status": "incomplete"})

        progress = progress_of(learner, lesson12)
        assert progress.done_at is not None
        assert progress.completion_status == "completed"


class TestScorm2004:
    @pytest.mark.parametrize(
        ("report", "done", "score"),
        [
            ({"cmi.completion_status": "completed", "cmi.score.scaled": "0.85"},
             True, Decimal("85.00")),
            ({"cmi.completion_status": "incomplete", "cmi.success_status": "passed"},
             True, None),
            ({"cmi.completion_status": "incomplete", "cmi.success_status": "failed",
              "cmi.score.scaled": "1.5"}, False, Decimal("100.00")),
            ({"cmi.completion_status": "incomplete", "cmi.score.raw": "-20"},
             False, Decimal("0.00")),
        ],
    )  # fmt: skip
    def test_completion_success_and_score(
        self, client, lesson2004, learner, report, done, score
    ):
        client.force_login(learner.learner)
        assert post(client, lesson2004, report).status_code == 200

        progress = progress_of(learner, lesson2004)
        assert (progress.done_at is not None) is done
        assert progress.score == score

    def test_the_state_resumes_the_2004_names(self, client, lesson2004, learner):
        client.force_login(learner.learner)
        post(
            client,
            lesson2004,
            {
                "cmi.completion_status": "incomplete",
                "cmi.location": "4",
                "cmi.suspend_data": "x" * 5000,
            },
        )
        state = runtime_state(enrolment=learner, lesson=lesson2004)
        assert state["cmi.entry"] == "resume"
        assert state["cmi.location"] == "4"
        assert state["cmi.completion_status"] == "incomplete"
        assert len(state["cmi.suspend_data"]) == 5000


class TestCompletion:
    def test_the_course_completes_with_its_last_required_lesson(
        self, client, course, lesson12, learner
    ):
        quiz_lesson = lesson_with_quiz(course)
        quiz_submit(enrolment=learner, lesson=quiz_lesson, answers=RIGHT_ANSWERS)
        lesson_mark_done(enrolment=learner, lesson=quiz_lesson)
        learner.refresh_from_db()
        assert learner.state == Enrolment.State.ENROLLED
        client.force_login(learner.learner)

        post(client, lesson12, {"cmi.core.lesson_status": "completed"})

        learner.refresh_from_db()
        assert learner.state == Enrolment.State.COMPLETED
        assert Certificate.objects.filter(enrolment=learner).exists()

    def test_an_incomplete_report_does_not_complete_the_course(
        self, client, course, lesson12, learner
    ):
        quiz_submit(
            enrolment=learner, lesson=lesson_with_quiz(course), answers=RIGHT_ANSWERS
        )
        client.force_login(learner.learner)
        post(client, lesson12, {"cmi.core.lesson_status": "incomplete"})

        learner.refresh_from_db()
        assert learner.state == Enrolment.State.ENROLLED


class TestRefusals:
    def test_anonymous(self, client, lesson12, learner):
        response = post(client, lesson12, {"cmi.core.lesson_status": "completed"})
        assert response.status_code == 403
        assert not LessonProgress.objects.exists()

    def test_not_enrolled(self, client, lesson12, promotion):
        client.force_login(VerifiedUserFactory())
        response = post(client, lesson12, {"cmi.core.lesson_status": "completed"})
        assert response.status_code == 404

    def test_an_ended_promotion_records_nothing(self, client, lesson12, learner):
        Promotion.objects.filter(pk=learner.promotion_id).update(
            state=Promotion.State.ENDED
        )
        client.force_login(learner.learner)
        response = post(client, lesson12, {"cmi.core.lesson_status": "completed"})

        assert response.status_code == 403
        assert response.json()["ok"] is False
        assert not LessonProgress.objects.exists()

    def test_a_lesson_without_a_package(self, client, course, learner, media):
        client.force_login(learner.learner)
        response = post(client, course["lessons"][1], {})
        assert response.status_code == 404

    def test_too_much_data(self, client, lesson12, learner):
        client.force_login(learner.learner)
        response = post(client, lesson12, {"cmi.suspend_data": "x" * 70000})
        assert response.status_code == 413
        assert not LessonProgress.objects.exists()

    @pytest.mark.parametrize(
        "body",
        [
            "{not json",
            "[1, 2]",
            json.dumps({"cmi.suspend_data": {"nested": True}}),
            json.dumps({"cmi.core.lesson_location": "x" * 1001}),
        ],
    )
    def test_unreadable_data(self, client, lesson12, learner, body):
        client.force_login(learner.learner)
        response = post(client, lesson12, body)
        assert response.status_code == 400
        assert not LessonProgress.objects.filter(done_at__isnull=False).exists()

    def test_the_csrf_token_is_required(self, lesson12, learner):
        client = Client(enforce_csrf_checks=True)
        client.force_login(learner.learner)
        address = reverse("courses:scorm_runtime", args=[lesson12.pk])
        body = json.dumps({"cmi.core.lesson_status": "completed"})

        refused = client.post(address, body, content_type="application/json")
        # The token the page gives the player, as Django checks it.
        token = "k" * 32
        client.cookies[settings.CSRF_COOKIE_NAME] = token
        accepted = client.post(
            address, body, content_type="application/json", HTTP_X_CSRFTOKEN=token
        )

        assert refused.status_code == 403
        assert accepted.status_code == 200


class TestPlayer:
    def render(self, lesson, enrolment, can_record=True):
        return render_to_string(
            "courses/includes/scorm_player.html",
            {
                "page": lesson,
                "package": lesson.package,
                "enrolment": enrolment,
                "runtime_state": runtime_state(enrolment=enrolment, lesson=lesson),
                "scorm_can_record": can_record,
                "csrf_token": "token-123",
            },
        )

    def test_a_scorm_12_player(self, lesson12, learner):
        html = self.render(lesson12, learner)

        launch = reverse(
            "courses:scorm_file", args=[lesson12.package_id, lesson12.pk, "index.html"]
        )
        assert f'data-src="{launch}"' in html
        assert "Activité portuaire" in html
        assert 'data-version="1.2"' in html
        assert reverse("courses:scorm_runtime", args=[lesson12.pk]) in html
        assert 'data-csrf-token="token-123"' in html
        assert "scorm-again/scorm12.min.js" in html
        assert "courses/js/scorm_player.js" in html
        assert '<script id="scorm-runtime-state" type="application/json">' in html
        assert "<script>" not in html  # nothing inline: the CSP allows none

    def test_a_scorm_2004_player_with_its_parameters(self, lesson2004, learner):
        html = self.render(lesson2004, learner, can_record=False)

        assert "start%20here.html?page=1" in html
        assert "scorm-again/scorm2004.min.js" in html
        assert "data-commit-url" not in html


def frame_sources(response) -> list[str]:
    for directive in response["Content-Security-Policy"].split(";"):
        name, *sources = directive.split()
        if name == "frame-src":
            return sources
    return []


class TestLessonPage:
    def test_the_lesson_page_frames_its_package_and_resumes_it(
        self, client, lesson12, learner
    ):
        client.force_login(learner.learner)
        post(client, lesson12, {"cmi.suspend_data": "slide=4"})

        response = client.get(lesson12.url)

        html = response.content.decode()
        assert response.status_code == 200
        assert "'self'" in frame_sources(response)
        assert "<iframe" in html
        assert "slide=4" in html
        assert reverse("courses:scorm_runtime", args=[lesson12.pk]) in html

    def test_a_lesson_without_a_package_frames_nothing_of_the_site(
        self, client, course, learner
    ):
        client.force_login(learner.learner)
        response = client.get(course["lessons"][1].url)

        assert response.status_code == 200
        assert "<iframe" not in response.content.decode()
        assert "'self'" not in frame_sources(response)
