"""A promotion's states: the moves staff may make, and the moves its dates make."""

import datetime

import pytest
from django.utils import timezone

from core.audit import audit_trail
from courses.exceptions import CoursesError
from courses.models import Enrolment, Promotion
from courses.services.promotions import promotion_transition, promotions_advance
from tests.courses.fixtures import enrol, make_promotion
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

S = Promotion.State
ALLOWED = [
    (S.DRAFT, S.OPEN, "opened"),
    (S.OPEN, S.ENROLMENT_CLOSED, "enrolment_closed"),
    (S.ENROLMENT_CLOSED, S.OPEN, "reopened"),
    (S.OPEN, S.RUNNING, "started"),
    (S.ENROLMENT_CLOSED, S.RUNNING, "started"),
    (S.RUNNING, S.ENDED, "ended"),
    (S.ENDED, S.ARCHIVED, "archived"),
]
ALLOWED_PAIRS = {(before, after) for before, after, _verb in ALLOWED}
REFUSED = [
    (before, after)
    for before in S.values
    for after in S.values
    if (before, after) not in ALLOWED_PAIRS
]


@pytest.fixture
def staff(db):
    return UserFactory(email="courses@aivp.example", is_staff=True)


@pytest.mark.parametrize(("before", "after", "verb"), ALLOWED)
def test_each_allowed_move_changes_the_state_and_is_audited(
    course, staff, before, after, verb
):
    promotion = make_promotion(course["course"], state=before)

    promotion_transition(promotion=promotion, to_state=after, actor=staff)

    promotion.refresh_from_db()
    assert promotion.state == after
    entry = audit_trail(promotion).get()
    assert entry.action == f"courses.promotion.{verb}"
    assert (entry.from_state, entry.to_state, entry.actor) == (before, after, staff)


@pytest.mark.parametrize(("before", "after"), REFUSED)
def test_every_other_move_is_refused_and_changes_nothing(course, staff, before, after):
    promotion = make_promotion(course["course"], state=before)

    with pytest.raises(CoursesError) as refused:
        promotion_transition(promotion=promotion, to_state=after, actor=staff)

    assert refused.value.code == "transition_refused"
    promotion.refresh_from_db()
    assert promotion.state == before
    assert not audit_trail(promotion).exists()


def test_an_unknown_state_is_refused(course, staff):
    promotion = make_promotion(course["course"], state=S.OPEN)

    with pytest.raises(CoursesError):
        promotion_transition(promotion=promotion, to_state="paused", actor=staff)


def test_ending_marks_the_learners_still_enrolled_as_not_completed(promotion, staff):
    still = enrol(promotion)
    done = enrol(promotion, state=Enrolment.State.COMPLETED)
    gone = enrol(promotion, state=Enrolment.State.WITHDRAWN)

    promotion_transition(promotion=promotion, to_state=S.ENDED, actor=staff)

    states = {
        e.pk: e.state
        for e in Enrolment.objects.filter(pk__in=[still.pk, done.pk, gone.pk])
    }
    assert states == {
        still.pk: Enrolment.State.NOT_COMPLETED,
        done.pk: Enrolment.State.COMPLETED,
        gone.pk: Enrolment.State.WITHDRAWN,
    }
    entry = audit_trail(still).get()
    assert entry.action == "courses.enrolment.not_completed"
    assert (entry.from_state, entry.to_state) == ("enrolled", "not_completed")
    assert not audit_trail(done).exists()


class TestDates:
    """The daily run moves promotions by their dates, and only by them."""

    def _promotion(self, course, state, **fields):
        return make_promotion(course["course"], state=state, **fields)

    def test_each_date_moves_its_promotions_and_a_second_run_moves_nothing(
        self, course
    ):
        now = timezone.now()
        today = timezone.localdate()
        closing = self._promotion(
            course,
            S.OPEN,
            enrolment_closes_at=now - datetime.timedelta(minutes=1),
            starts_on=today + datetime.timedelta(days=3),
        )
        starting = self._promotion(
            course,
            S.ENROLMENT_CLOSED,
            enrolment_closes_at=now - datetime.timedelta(days=2),
            starts_on=today,
        )
        open_starting = self._promotion(course, S.OPEN, starts_on=today)
        ending = self._promotion(
            course,
            S.RUNNING,
            starts_on=today - datetime.timedelta(days=30),
            ends_on=today - datetime.timedelta(days=1),
        )
        last_day = self._promotion(course, S.RUNNING, ends_on=today)
        draft = self._promotion(
            course, S.DRAFT, enrolment_closes_at=now - datetime.timedelta(days=1)
        )
        learner = enrol(ending)

        assert promotions_advance(now=now) == 4

        def state(promotion):
            promotion.refresh_from_db()
            return promotion.state

        assert state(closing) == S.ENROLMENT_CLOSED
        assert state(starting) == S.RUNNING
        assert state(open_starting) == S.RUNNING
        assert state(ending) == S.ENDED
        assert state(last_day) == S.RUNNING
        assert state(draft) == S.DRAFT
        learner.refresh_from_db()
        assert learner.state == Enrolment.State.NOT_COMPLETED
        assert audit_trail(ending).get().actor is None

        assert promotions_advance(now=now) == 0

    def test_an_open_promotion_past_its_close_and_start_runs(self, course):
        now = timezone.now()
        promotion = self._promotion(
            course,
            S.OPEN,
            enrolment_closes_at=now - datetime.timedelta(days=1),
            starts_on=timezone.localdate() - datetime.timedelta(days=1),
        )

        promotions_advance(now=now)

        promotion.refresh_from_db()
        assert promotion.state == S.RUNNING
        assert [e.action for e in audit_trail(promotion).order_by("at", "pk")] == [
            "courses.promotion.enrolment_closed",
            "courses.promotion.started",
        ]

    def test_the_task_runs_the_daily_moves(self, course):
        from courses.tasks_promotions import advance_promotions

        promotion = self._promotion(
            course,
            S.OPEN,
            enrolment_closes_at=timezone.now() - datetime.timedelta(minutes=5),
            starts_on=timezone.localdate() + datetime.timedelta(days=5),
        )

        assert advance_promotions() == 1
        promotion.refresh_from_db()
        assert promotion.state == S.ENROLMENT_CLOSED
