"""The course outline and a lesson cost the same queries whatever the number of
lessons and learners."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.services import lesson_mark_done

from .fixtures import build_course, enrol, make_promotion

pytestmark = pytest.mark.django_db


def queries(client, url: str) -> int:
    client.get(url)  # caches warmed (site, locales, settings)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(context.captured_queries)


def measure(client, homes, *, lessons, learners, slug) -> list[int]:
    tree = build_course(homes, modules=len(lessons), lessons_per_module=lessons,
                        translate=False, slug=slug)  # fmt: skip
    promotion = make_promotion(tree["course"])
    enrolments = [enrol(promotion) for _ in range(learners)]
    for enrolment in enrolments:
        for lesson in tree["lessons"][:2]:
            lesson_mark_done(enrolment=enrolment, lesson=lesson)
    me = enrolments[0]
    client.force_login(me.learner)
    counts = [
        queries(client, tree["course"].url),
        queries(client, tree["lessons"][0].url),
        queries(client, next(p for p in tree["lessons"] if p.has_quiz).url),
    ]
    client.logout()
    counts.append(queries(client, tree["course"].url))  # a visitor
    return counts


def test_outline_and_lessons_at_two_sizes(client, homes):
    small = measure(client, homes, lessons=(2, 1), learners=1, slug="petit")
    large = measure(client, homes, lessons=(8, 8, 8, 8, 8), learners=20, slug="grand")
    assert small == large
    assert max(small) <= 40, small
