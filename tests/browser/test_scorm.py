"""A SCORM 1.2 package in Chromium: it finds the API, resumes, and its report makes
the lesson done, within the site's Content-Security-Policy."""

import pytest

from courses.models import LessonPage, LessonProgress, ScormPackage
from courses.services.scorm import scorm_package_save
from tests.browser.helpers import eventually, signed_in_context
from tests.courses.fixtures import build_course, enrol, make_promotion
from tests.courses.scorm_zips import (
    make_zip,
    media_fixture,  # noqa: F401
    scorm12_files,
    upload,
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]

ACTIVITY = b"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Port quiz</title></head>
<body><p id="status">starting</p>
<script>
  var api = window.parent.API;
  api.LMSInitialize("");
  var name = api.LMSGetValue("cmi.core.student_name");
  var entry = api.LMSGetValue("cmi.core.entry");
  var resumed = api.LMSGetValue("cmi.suspend_data");
  api.LMSSetValue("cmi.core.lesson_status", "passed");
  api.LMSSetValue("cmi.core.score.raw", "80");
  api.LMSSetValue("cmi.suspend_data", "slide=9");
  api.LMSCommit("");
  api.LMSFinish("");
  document.getElementById("status").textContent =
    "done for " + name + " (" + entry + ", " + resumed + ")";
</script>
</body></html>
"""


def test_a_package_reports_to_the_site_and_the_lesson_is_done(
    browser, live_server, homes, media
):
    course = build_course(homes, translate=False)
    promotion = make_promotion(course["course"])
    package = scorm_package_save(
        package=ScormPackage(title="Quiz portuaire"),
        upload=upload(make_zip({**scorm12_files(), "index.html": ACTIVITY})),
    )
    lesson = course["lessons"][0]
    LessonPage.objects.filter(pk=lesson.pk).update(package=package)
    enrolment = enrol(promotion)
    enrolment.learner.first_name, enrolment.learner.last_name = "Ana", "Lima"
    enrolment.learner.save()
    LessonProgress.objects.create(
        enrolment=enrolment,
        lesson_key=lesson.translation_key,
        runtime_data={"lesson_status": "incomplete", "suspend_data": "slide=3"},
    )
    context = signed_in_context(browser, live_server, enrolment.learner, 1280)
    tab = context.new_page()

    tab.goto(live_server.url + lesson.get_url())
    status = tab.frame_locator("iframe.scorm-player__frame").locator("#status")
    status.filter(has_text="done").wait_for(timeout=15_000)

    assert status.inner_text() == "done for Lima, Ana (resume, slide=3)"
    # The last commit is posted as the frame finishes.
    progress = eventually(
        lambda: LessonProgress.objects.get(enrolment=enrolment),
        lambda row: row.done_at is not None and row.score is not None,
    )
    assert progress.done_at is not None
    assert progress.success_status == "passed"
    assert str(progress.score) == "80.00"
    assert progress.runtime_data["suspend_data"] == "slide=9"
    context.close()
