"""The daily reminders: each kind once per learner, only to enrolled learners."""

import datetime
import threading

import pytest
from django.db import connection, connections
from django.utils import timezone

from core.models import OutboxMessage
from courses.models import (
    Enrolment,
    LessonProgress,
    Promotion,
    PromotionModule,
    ReminderSent,
)
from courses.services.reminders import reminders_send
from courses.tasks import send_reminders
from tests.factories import VerifiedUserFactory

from .fixtures import enrol, make_promotion

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()


def days(n: int) -> datetime.date:
    return TODAY + datetime.timedelta(days=n)


def mails(kind: str, enrolment: Enrolment | None = None):
    rows = OutboxMessage.objects.filter(source=f"courses.reminder_{kind}")
    if enrolment is not None:
        rows = rows.filter(to=[enrolment.learner.email])
    return rows


def learner_of(promotion, *, enrolled_days_ago=10, active_days_ago=1, **fields):
    """An English-speaking enrolled learner, active yesterday by default."""
    user = VerifiedUserFactory(language="en")
    enrolment = enrol(promotion, user=user, **fields)
    enrolment.enrolled_at = timezone.now() - datetime.timedelta(days=enrolled_days_ago)
    enrolment.last_activity_at = timezone.now() - datetime.timedelta(
        days=active_days_ago
    )
    enrolment.save()
    return enrolment


@pytest.fixture
def running(course):
    """A running promotion that started 20 days ago; module 2 opened 2 days ago."""
    promotion = make_promotion(course["course"], starts_on=days(-20))
    PromotionModule.objects.create(
        promotion=promotion,
        module=course["modules"][1],
        release_on=days(-2),
        due_on=days(20),
    )
    return promotion


def test_a_released_module_is_announced_once(course, running):
    enrolment = learner_of(running)
    reminders_send(today=TODAY)
    reminders_send(today=TODAY)
    [mail] = mails("module_released")
    assert mail.to == [enrolment.learner.email]
    assert mail.language == "en"
    assert "New in your course: Module 2" in mail.subject
    assert ReminderSent.objects.get(enrolment=enrolment).key == str(
        course["modules"][1].translation_key
    )


def test_no_announcement_of_the_first_day_nor_before_enrolment(course, running):
    first_day = PromotionModule.objects.create(
        promotion=running, module=course["modules"][0], release_on=running.starts_on
    )
    assert first_day.release_on == days(-20)
    learner_of(running, enrolled_days_ago=1)  # enrolled after module 2 opened
    reminders_send(today=TODAY)
    assert not mails("module_released").exists()


def test_a_module_not_yet_released_waits_for_its_day(course, running):
    PromotionModule.objects.filter(promotion=running).update(release_on=days(2))
    enrolment = learner_of(running)
    reminders_send(today=TODAY)
    assert not mails("module_released").exists()
    reminders_send(today=days(2))
    assert mails("module_released", enrolment).count() == 1


def test_a_due_date_in_three_days_reminds_those_who_have_lessons_left(course, running):
    PromotionModule.objects.filter(promotion=running).update(due_on=days(3))
    behind = learner_of(running)
    ahead = learner_of(running)
    LessonProgress.objects.create(
        enrolment=ahead,
        lesson_key=course["lessons"][2].translation_key,
        done_at=timezone.now(),
    )
    reminders_send(today=days(-1))  # four days before: too early
    assert not mails("due_soon").exists()
    reminders_send(today=TODAY)
    reminders_send(today=days(1))
    [mail] = mails("due_soon")
    assert mail.to == [behind.learner.email]
    assert "Module 2 is due on" in mail.subject


def test_two_weeks_without_activity_reminds_once_per_stretch(running):
    enrolment = learner_of(running, enrolled_days_ago=19, active_days_ago=15)
    reminders_send(today=TODAY)
    reminders_send(today=days(1))
    assert mails("inactive", enrolment).count() == 1
    # Active again, then silent for two more weeks: a second reminder.
    enrolment.last_activity_at = timezone.now() + datetime.timedelta(days=2)
    enrolment.save()
    reminders_send(today=days(10))
    assert mails("inactive", enrolment).count() == 1
    reminders_send(today=days(16))
    assert mails("inactive", enrolment).count() == 2


def test_an_active_learner_is_not_told_they_are_inactive(running):
    learner_of(running, enrolled_days_ago=19, active_days_ago=13)
    reminders_send(today=TODAY)
    assert not mails("inactive").exists()


def test_the_end_of_the_promotion_is_announced_a_week_before(running):
    running.ends_on = days(7)
    running.save()
    enrolment = learner_of(running)
    reminders_send(today=days(-1))
    assert not mails("ending").exists()
    reminders_send(today=TODAY)
    reminders_send(today=days(3))
    [mail] = mails("ending", enrolment)
    assert "ends on" in mail.subject


def test_withdrawn_and_completed_learners_get_nothing(running):
    running.ends_on = days(5)
    running.save()
    for state in (Enrolment.State.WITHDRAWN, Enrolment.State.COMPLETED):
        learner_of(running, state=state, enrolled_days_ago=19, active_days_ago=15)
    reminders_send(today=TODAY)
    assert not OutboxMessage.objects.filter(source__startswith="courses.reminder_")
    assert not ReminderSent.objects.exists()


def test_another_promotion_s_schedule_reminds_only_its_learners(course, running):
    other = make_promotion(
        course["course"], name="Autre promotion", number=2, starts_on=days(-20)
    )
    ours = learner_of(running)
    theirs = learner_of(other)
    reminders_send(today=TODAY)
    assert mails("module_released", ours).count() == 1
    assert not mails("module_released", theirs).exists()


def test_a_promotion_that_is_not_running_sends_nothing(course, running):
    running.state = Promotion.State.ENDED
    running.save()
    learner_of(running, enrolled_days_ago=19, active_days_ago=15)
    reminders_send(today=TODAY)
    assert not ReminderSent.objects.exists()


def test_a_reminder_recorded_by_another_run_is_not_sent_again(course, running):
    enrolment = learner_of(running)
    ReminderSent.objects.create(
        enrolment=enrolment,
        kind=ReminderSent.Kind.MODULE_RELEASED,
        key=str(course["modules"][1].translation_key),
    )
    assert reminders_send(today=TODAY) == 0
    assert not mails("module_released").exists()


def test_the_daily_task_sends_the_reminders(running):
    learner_of(running)
    assert send_reminders() == 1
    assert send_reminders() == 0
    assert mails("module_released").count() == 1


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite serialises every writer; run with DATABASE_URL=postgres://…",
)
def test_runs_at_the_same_time_send_each_reminder_once(course, running):
    learners = [learner_of(running) for _ in range(5)]
    runs = 4
    start = threading.Barrier(runs)

    def run():
        try:
            start.wait()
            reminders_send(today=TODAY)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run) for _ in range(runs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert ReminderSent.objects.count() == len(learners)
    for enrolment in learners:
        assert mails("module_released", enrolment).count() == 1
