"""A package's files: for the lesson's readers only, checked on every request."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from courses.models import (
    Enrolment,
    LessonPage,
    Promotion,
    PromotionModule,
    ScormPackage,
)
from courses.services.scorm import scorm_package_save
from tests.factories import UserFactory, VerifiedUserFactory

from .fixtures import enrol, make_promotion
from .scorm_zips import (
    PAGE,
    SCRIPT,
    make_zip,
    media_fixture,  # noqa: F401
    scorm12_files,
    scorm2004_files,
    upload,
)

pytestmark = pytest.mark.django_db


def attach(lesson, files) -> ScormPackage:
    package = scorm_package_save(
        package=ScormPackage(title="Activité"), upload=upload(make_zip(files))
    )
    LessonPage.objects.filter(pk=lesson.pk).update(package=package)
    lesson.refresh_from_db()
    return package


@pytest.fixture
def lesson(course, media):
    lesson = course["lessons"][0]
    attach(lesson, scorm12_files(**{"server/run.php": b"<?php echo 1;"}))
    return lesson


def url(lesson, path, package_id=None):
    return reverse(
        "courses:scorm_file", args=[package_id or lesson.package_id, lesson.pk, path]
    )


class TestReaders:
    def test_an_enrolled_learner_gets_the_launch_file(self, client, lesson, learner):
        client.force_login(learner.learner)
        response = client.get(url(lesson, "index.html"))

        assert response.status_code == 200
        assert b"".join(response.streaming_content) == PAGE
        assert response["Content-Type"] == "text/html; charset=utf-8"
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Cache-Control"].startswith("private")
        assert response["X-Frame-Options"] == "SAMEORIGIN"
        assert "Content-Disposition" not in response
        policy = response["Content-Security-Policy"]
        assert (
            "sandbox allow-scripts allow-same-origin allow-forms allow-popups" in policy
        )
        assert "frame-ancestors 'self'" in policy
        assert "script-src 'self' 'unsafe-inline' 'unsafe-eval'" in policy

    def test_scripts_are_sent_as_javascript(self, client, lesson, learner):
        client.force_login(learner.learner)
        response = client.get(url(lesson, "js/app.js"))

        assert response.status_code == 200
        assert b"".join(response.streaming_content) == SCRIPT
        assert response["Content-Type"] == "text/javascript; charset=utf-8"

    def test_server_side_scripts_are_only_downloaded(self, client, lesson, learner):
        client.force_login(learner.learner)
        response = client.get(url(lesson, "server/run.php"))

        assert response.status_code == 200
        assert response["Content-Type"] == "application/octet-stream"
        assert response["Content-Disposition"].startswith("attachment")
        assert "sandbox" in response["Content-Security-Policy"]

    def test_file_names_with_spaces(self, client, course, media, learner):
        lesson = course["lessons"][0]
        package = attach(lesson, scorm2004_files())
        client.force_login(learner.learner)

        response = client.get(url(lesson, package.launch_path))

        assert "start%20here.html" in url(lesson, package.launch_path)
        assert response.status_code == 200

    @pytest.mark.parametrize(
        ("asked", "part"),
        [("bytes=0-9", slice(0, 10)), ("bytes=-5", slice(-5, None))],
    )
    def test_parts_of_a_file_for_video_players(
        self, client, lesson, learner, asked, part
    ):
        client.force_login(learner.learner)
        response = client.get(url(lesson, "index.html"), HTTP_RANGE=asked)

        assert response.status_code == 206
        assert b"".join(response.streaming_content) == PAGE[part]
        start = part.start % len(PAGE)
        end = start + len(PAGE[part]) - 1
        assert response["Content-Range"] == f"bytes {start}-{end}/{len(PAGE)}"
        assert response["Content-Type"] == "text/html; charset=utf-8"

    def test_a_part_beyond_the_end(self, client, lesson, learner):
        client.force_login(learner.learner)
        response = client.get(url(lesson, "index.html"), HTTP_RANGE="bytes=5000-")
        assert response.status_code == 416
        assert response["Content-Range"] == f"bytes */{len(PAGE)}"

    def test_staff_read_without_an_enrolment(self, client, lesson):
        client.force_login(UserFactory(is_staff=True, is_superuser=True, mfa=True))
        assert client.get(url(lesson, "index.html")).status_code == 200

    def test_facilitators_read_their_promotions_lessons(
        self, client, lesson, promotion
    ):
        facilitator = VerifiedUserFactory()
        promotion.facilitators.add(facilitator)
        client.force_login(facilitator)
        assert client.get(url(lesson, "index.html")).status_code == 200

    def test_learners_of_an_ended_promotion_still_read(self, client, lesson, learner):
        Promotion.objects.filter(pk=learner.promotion_id).update(
            state=Promotion.State.ENDED
        )
        client.force_login(learner.learner)
        assert client.get(url(lesson, "index.html")).status_code == 200


class TestNobodyElse:
    def test_anonymous_visitors(self, client, lesson, learner):
        assert client.get(url(lesson, "index.html")).status_code == 404

    def test_a_signed_in_person_not_enrolled(self, client, lesson, promotion):
        client.force_login(VerifiedUserFactory())
        assert client.get(url(lesson, "index.html")).status_code == 404

    @pytest.mark.parametrize(
        "state", [Enrolment.State.APPLIED, Enrolment.State.WITHDRAWN]
    )
    def test_applicants_and_those_who_left(self, client, lesson, promotion, state):
        enrolment = enrol(promotion, state=state)
        client.force_login(enrolment.learner)
        assert client.get(url(lesson, "index.html")).status_code == 404

    def test_learners_of_a_promotion_not_started(self, client, lesson, course):
        promotion = make_promotion(course["course"], state=Promotion.State.OPEN)
        enrolment = enrol(promotion)
        client.force_login(enrolment.learner)
        assert client.get(url(lesson, "index.html")).status_code == 404

    def test_before_the_module_is_released(self, client, lesson, learner):
        PromotionModule.objects.create(
            promotion=learner.promotion,
            module=lesson.get_parent().specific,
            release_on=timezone.localdate() + datetime.timedelta(days=3),
        )
        client.force_login(learner.learner)
        assert client.get(url(lesson, "index.html")).status_code == 404

    def test_another_lessons_package(self, client, course, lesson, learner):
        other = course["lessons"][1]
        other_package = attach(other, scorm2004_files())
        client.force_login(learner.learner)
        # This lesson's address with the other package, and the other way round.
        assert (
            client.get(url(lesson, "index.html", other_package.pk)).status_code == 404
        )
        assert client.get(url(other, "index.html", lesson.package_id)).status_code == (
            404
        )

    @pytest.mark.parametrize(
        "path",
        [
            "js/../index.html",
            "../index.html",
            "%2e%2e/%2e%2e/imsmanifest.xml",
            "js/",
            "missing.html",
            "js",
        ],
    )
    def test_paths_outside_the_package_or_missing(self, client, lesson, learner, path):
        client.force_login(learner.learner)
        base = url(lesson, "index.html").removesuffix("index.html")
        assert client.get(base + path).status_code == 404

    def test_a_post_is_refused(self, client, lesson, learner):
        client.force_login(learner.learner)
        assert client.post(url(lesson, "index.html")).status_code == 405
