"""Measure the course outline, a lesson page and "mark done" with 500 learners.

    .venv/bin/python bench/courses_bench.py          # 500 learners, 40 lessons
    .venv/bin/python bench/courses_bench.py --learners 100 --requests 50

In-process (Django's test client, signed-in learners), on an SQLite file
(default /tmp/aivp-courses-bench.sqlite3) or $BENCH_DATABASE_URL. The course (5
modules of 8 lessons, one quiz per module) and its learners, each with some
progress, are created once and kept between runs. Prints p50 and p95 per action.
"""

import argparse
import datetime
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from cms_bench import setup_django  # noqa: E402

DEFAULT_DB = "sqlite:////tmp/aivp-courses-bench.sqlite3"
MODULES, LESSONS_PER_MODULE = 5, 8


def build(learners: int):
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.utils import timezone

    from cms.models import HomePage
    from courses.models import (
        CourseIndexPage,
        CoursePage,
        Enrolment,
        LessonPage,
        LessonProgress,
        ModulePage,
        Promotion,
    )
    from tests.courses.fixtures import quiz_block, text_block

    call_command("migrate", verbosity=0)
    if not HomePage.objects.exists():
        with open(os.devnull, "w") as devnull:
            call_command("load_demo", stdout=devnull)
    course = CoursePage.objects.filter(slug="bench-course").first()
    if course is None:
        home = HomePage.objects.get(locale__language_code="fr")
        index = CourseIndexPage(title="Bench", slug="bench-courses")
        home.add_child(instance=index)
        course = CoursePage(
            title="Bench course", slug="bench-course", summary="S", overview="<p>O</p>"
        )
        index.add_child(instance=course)
        for m in range(MODULES):
            module = ModulePage(title=f"Module {m}", slug=f"module-{m}")
            course.add_child(instance=module)
            for n in range(LESSONS_PER_MODULE):
                body = [text_block(f"Lesson {m}.{n} " + "text " * 200)]
                if n == LESSONS_PER_MODULE - 1:
                    body.append(quiz_block())
                module.add_child(
                    instance=LessonPage(
                        title=f"Lesson {m}.{n}", slug=f"l-{n}", body=body
                    )
                )
    today = timezone.localdate()
    promotion, _ = Promotion.objects.get_or_create(
        course=course,
        number=1,
        defaults={
            "name": "Bench",
            "state": "running",
            "enrolment_opens_at": timezone.now() - datetime.timedelta(days=30),
            "enrolment_closes_at": timezone.now() + datetime.timedelta(days=30),
            "starts_on": today - datetime.timedelta(days=10),
            "ends_on": today + datetime.timedelta(days=90),
        },
    )
    lessons = list(LessonPage.objects.descendant_of(course).order_by("path"))
    User = get_user_model()
    existing = promotion.enrolments.count()
    print(f"Adding {max(learners - existing, 0)} learners…", flush=True)
    for number in range(existing, learners):
        user = User.objects.create_user(
            email=f"bench-learner-{number}@example.org", password=None
        )
        enrolment = Enrolment.objects.create(
            promotion=promotion, learner=user, state="enrolled"
        )
        LessonProgress.objects.bulk_create(
            LessonProgress(
                enrolment=enrolment,
                lesson_key=lesson.translation_key,
                done_at=timezone.now(),
            )
            for lesson in lessons[1 : 1 + number % 20]
        )
    return course, lessons, list(promotion.enrolments.select_related("learner"))


def timed(action, times: int) -> dict:
    samples = []
    for index in range(times):
        started = time.perf_counter()
        action(index)
        samples.append(time.perf_counter() - started)
    samples.sort()
    return {
        "p50": statistics.median(samples) * 1000,
        "p95": samples[min(len(samples) - 1, int(len(samples) * 0.95))] * 1000,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=500)
    parser.add_argument("--requests", type=int, default=100)
    args = parser.parse_args()
    setup_django(os.environ.get("BENCH_DATABASE_URL", DEFAULT_DB))
    from django.test import Client
    from django.urls import reverse

    from courses.models import LessonProgress

    course, lessons, enrolments = build(args.learners)
    client = Client(HTTP_HOST="localhost")

    def as_learner(index):
        client.force_login(enrolments[index % len(enrolments)].learner)

    def outline(index):
        response = client.get(course.url)
        assert response.status_code == 200, response.status_code

    def lesson(index):
        response = client.get(lessons[5].url)
        assert response.status_code == 200, response.status_code

    first = lessons[0]

    def mark_done(index):
        as_learner(index)
        response = client.post(reverse("courses:mark_done", args=[first.pk]))
        assert response.status_code == 302, response.status_code

    as_learner(0)
    for action in (outline, lesson):
        action(0)  # warm caches
    results = {
        "course outline": timed(outline, args.requests),
        "lesson page": timed(lesson, args.requests),
        "mark done (a new learner each time)": timed(mark_done, args.requests),
    }
    LessonProgress.objects.filter(lesson_key=first.translation_key).delete()
    print(f"\n{len(enrolments)} learners, {len(lessons)} lessons, in-process.\n")
    print("| action | p50 (ms) | p95 (ms) |")
    print("|---|---:|---:|")
    for name, result in results.items():
        print(f"| {name} | {result['p50']:.1f} | {result['p95']:.1f} |")


if __name__ == "__main__":
    sys.exit(main())
