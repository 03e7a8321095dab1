"""Thirty learners at once for the last three places: exactly three get one.

Each learner is a thread with its own database connection, released together; the
rows are counted afterwards. The same rush without the promotion lock overfills it,
which shows the test can see the race it guards against.
"""

import threading

import pytest
from django.db import connection, connections

from courses.exceptions import CoursesError
from courses.models import Enrolment
from courses.services import enrolment_request
from tests.factories import VerifiedUserFactory

from .fixtures import build_course, make_promotion

LEARNERS = 30
PLACES = 3

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="SQLite serialises every writer; run with DATABASE_URL=postgres://…",
    ),
]


def rush(promotion, learners) -> list[str]:
    start = threading.Barrier(len(learners))
    outcomes: list[str] = []

    def enrol(user):
        try:
            start.wait()
            outcomes.append(enrolment_request(promotion=promotion, user=user).state)
        except CoursesError as error:
            outcomes.append(error.code)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=enrol, args=(user,)) for user in learners]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes


@pytest.fixture
def last_places(homes):
    tree = build_course(homes, modules=1, lessons_per_module=(1,), translate=False)
    return lambda: make_promotion(tree["course"], state="open", capacity=PLACES)


@pytest.fixture
def learners():
    return [VerifiedUserFactory() for _ in range(LEARNERS)]


def test_the_last_places_go_to_exactly_as_many_learners(
    last_places, learners, settings
):
    # Thirty waits in a row on a busy two-CPU machine can pass the 3 s production
    # lock timeout; a "busy" answer is right there, but this test counts places.
    settings.LOCK_TIMEOUT = "30s"
    promotion = last_places()
    outcomes = rush(promotion, learners)
    places = Enrolment.objects.filter(
        promotion=promotion, state__in=Enrolment.HOLDS_PLACE
    )
    assert places.count() == PLACES
    assert outcomes.count("enrolled") == PLACES
    waiting = Enrolment.objects.filter(promotion=promotion, state="waitlisted")
    assert waiting.count() == LEARNERS - PLACES


def test_without_the_lock_the_same_rush_overfills(last_places, learners, settings):
    settings.COURSES_LOCK_PROMOTIONS = False
    results = []
    for _round in range(5):
        promotion = last_places()
        rush(promotion, learners)
        taken = Enrolment.objects.filter(
            promotion=promotion, state__in=Enrolment.HOLDS_PLACE
        ).count()
        results.append(taken)
        if taken > PLACES:
            break
    assert max(results) > PLACES, results
