"""Reminders: the day before at the same local time and an hour before, each sent
once, across a change of summer time in the event's zone; only to people with a
place; with the join link, which the outbox wipes once sent."""

import datetime

import pytest

from core.models import OutboxMessage
from events.models import Registration
from events.reminders import send_reminders
from events.services import registrant_cancel, registrant_register
from tests.cms.factories import EventPageFactory
from tests.factories import VerifiedUserFactory

pytestmark = pytest.mark.django_db
UTC = datetime.UTC


def at(*args) -> datetime.datetime:
    return datetime.datetime(*args, tzinfo=UTC)


@pytest.fixture
def make_event(agenda):
    def make(day: datetime.date, hour=10, zone="Europe/Paris"):
        page = EventPageFactory(
            parent=agenda,
            title=f"Groupe de travail Port Center {day} {hour}h",
            start_date=day,
            start_time=datetime.time(hour),
            end_time=datetime.time(hour + 2),
            time_zone=zone,
        )
        page.save_revision().publish()
        return Registration.objects.create(
            event=page, join_url="https://meet.example/group", join_passcode="7788"
        )

    return make


def reminders(to=None):
    found = OutboxMessage.objects.filter(source="events.reminder").order_by("pk")
    return [m for m in found if to is None or to in m.to]


def register(registration, email, language="fr"):
    return registrant_register(
        registration=registration,
        user=VerifiedUserFactory(email=email),
        answers={},
        language=language,
    )


def test_across_the_end_of_summer_time_the_day_before_is_25_hours_before(make_event):
    # Sunday 31 October 2027, 10:00 in Paris: summer time ended at 03:00 that day.
    registration = make_event(datetime.date(2027, 10, 31))
    assert registration.event.start == at(2027, 10, 31, 9)  # 10:00 CET
    register(registration, "ana@port.example", language="en")

    assert send_reminders(now=at(2027, 10, 30, 7, 55)) == 0
    # Saturday 10:00 summer time is 08:00 UTC: 25 hours before the start.
    assert send_reminders(now=at(2027, 10, 30, 8, 0)) == 1
    assert send_reminders(now=at(2027, 10, 30, 8, 5)) == 0  # once
    (day,) = reminders("ana@port.example")
    assert day.language == "en" and day.subject.startswith("Tomorrow:")
    assert "10:00" in day.body or "10 a.m." in day.body

    assert send_reminders(now=at(2027, 10, 31, 7, 55)) == 0
    assert send_reminders(now=at(2027, 10, 31, 8, 0)) == 1  # an hour before
    assert send_reminders(now=at(2027, 10, 31, 8, 30)) == 0
    assert len(reminders("ana@port.example")) == 2


def test_across_the_start_of_summer_time_the_day_before_is_23_hours_before(
    make_event,
):
    # Sunday 28 March 2027, 10:00 in Paris: summer time began at 02:00 that day.
    registration = make_event(datetime.date(2027, 3, 28))
    assert registration.event.start == at(2027, 3, 28, 8)  # 10:00 CEST
    register(registration, "ben@port.example")
    assert send_reminders(now=at(2027, 3, 27, 8, 55)) == 0
    assert send_reminders(now=at(2027, 3, 27, 9, 0)) == 1  # Saturday 10:00 CET
    (day,) = reminders("ben@port.example")
    assert day.subject.startswith("Demain")


def test_the_reminder_holds_the_join_link_which_the_outbox_wipes(make_event):
    registration = make_event(datetime.date(2027, 3, 28))
    register(registration, "carla@port.example")
    send_reminders(now=at(2027, 3, 28, 7, 0))
    (mail,) = reminders("carla@port.example")
    assert "https://meet.example/group" in mail.body and "7788" in mail.body
    assert mail.carries_secret


def test_a_late_run_sends_only_the_reminder_still_useful(make_event):
    registration = make_event(datetime.date(2027, 3, 28))
    register(registration, "dan@port.example")
    # The worker was down the day before: 30 minutes before the start.
    assert send_reminders(now=at(2027, 3, 28, 7, 30)) == 1
    (mail,) = reminders("dan@port.example")
    assert "une heure" in mail.subject.lower()
    assert send_reminders(now=at(2027, 3, 28, 7, 40)) == 0


def test_only_people_with_a_place_are_reminded(make_event):
    registration = make_event(datetime.date(2027, 3, 28))
    Registration.objects.filter(pk=registration.pk).update(capacity=1)
    registration.refresh_from_db()
    register(registration, "eve@port.example")
    register(registration, "fay@port.example")  # waiting list
    gone = register(make_event(datetime.date(2027, 3, 28), hour=14), "gil@port.example")
    registrant_cancel(registrant=gone, actor=gone.user)
    send_reminders(now=at(2027, 3, 28, 7, 0))
    assert [m.to for m in reminders()] == [["eve@port.example"]]
