"""Calendars are parsed back with icalendar, as a calendar client would."""

import datetime
import zoneinfo

import pytest
from icalendar import Calendar

from cms.models import EventPage
from tests.cms.factories import EventPageFactory, goal

pytestmark = pytest.mark.django_db

PARIS = zoneinfo.ZoneInfo("Europe/Paris")
MONTREAL = zoneinfo.ZoneInfo("America/Montreal")
UTC = datetime.UTC


def parse(response) -> Calendar:
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def events_of(calendar: Calendar) -> dict[str, object]:
    return {str(e["summary"]): e for e in calendar.walk("VEVENT")}


def timezones_of(calendar: Calendar) -> set[str]:
    return {str(tz["tzid"]) for tz in calendar.walk("VTIMEZONE")}


@pytest.fixture
def dst_events(agenda):
    """Events either side of the 2027 clock changes in Paris and Montreal."""
    return {
        # Paris switches to summer time on Sunday 28 March 2027.
        "before": EventPageFactory(
            parent=agenda,
            title="Paris before DST",
            start_date=datetime.date(2027, 3, 27),
            start_time=datetime.time(10, 0),
            end_time=datetime.time(12, 0),
        ),
        "after": EventPageFactory(
            parent=agenda,
            title="Paris after DST",
            start_date=datetime.date(2027, 3, 29),
            start_time=datetime.time(10, 0),
            end_time=datetime.time(12, 0),
        ),
        # Back to winter time on Sunday 31 October 2027, overnight event.
        "october": EventPageFactory(
            parent=agenda,
            title="Night at the port",
            start_date=datetime.date(2027, 10, 30),
            start_time=datetime.time(22, 0),
            end_date=datetime.date(2027, 10, 31),
            end_time=datetime.time(6, 0),
        ),
        # Montreal: summer time starts 14 March 2027, ends 7 November 2027.
        "montreal": EventPageFactory(
            parent=agenda,
            title="Montreal working group",
            time_zone="America/Montreal",
            start_date=datetime.date(2027, 11, 8),
            start_time=datetime.time(9, 0),
            end_time=datetime.time(11, 0),
            city="Montréal",
            country="Canada",
        ),
    }


def test_event_ics_keeps_local_time_across_dst(client, dst_events):
    before = events_of(
        parse(client.get(f"/fr/calendar/events/{dst_events['before'].pk}.ics"))
    )
    after = events_of(
        parse(client.get(f"/fr/calendar/events/{dst_events['after'].pk}.ics"))
    )

    start_before = before["Paris before DST"].decoded("dtstart")
    start_after = after["Paris after DST"].decoded("dtstart")
    assert start_before.astimezone(UTC).hour == 9  # CET, UTC+1
    assert start_after.astimezone(UTC).hour == 8  # CEST, UTC+2
    assert (
        start_before.tzinfo.key == "Europe/Paris"
        if hasattr(start_before.tzinfo, "key")
        else True
    )


def test_agenda_feed_includes_every_time_zone_and_exact_instants(client, dst_events):
    calendar = parse(client.get("/fr/calendar/agenda.ics"))
    events = events_of(calendar)

    assert timezones_of(calendar) == {"Europe/Paris", "America/Montreal"}
    night = events["Night at the port"]
    # 22:00 CEST to 06:00 CET: nine hours because the clocks go back.
    assert night.decoded("dtend").astimezone(UTC) - night.decoded("dtstart").astimezone(
        UTC
    ) == datetime.timedelta(hours=9)
    montreal = events["Montreal working group"]
    assert montreal.decoded("dtstart") == datetime.datetime(
        2027, 11, 8, 14, 0, tzinfo=UTC
    )
    assert "TZID=America/Montreal" in montreal.to_ical().decode()
    assert str(montreal["location"]) == "Montréal, Canada"


def test_uid_is_stable_and_sequence_grows_with_each_published_change(client, agenda):
    event = EventPageFactory(parent=agenda, title="Masterclass Antwerp")
    event.save_revision().publish()  # first publication, as in the admin
    url = f"/fr/calendar/events/{event.pk}.ics"
    first = events_of(parse(client.get(url)))["Masterclass Antwerp"]

    event = EventPage.objects.get(pk=event.pk)
    event.start_time = datetime.time(11, 0)
    event.end_time = datetime.time(13, 0)
    event.save_revision().publish()
    second = events_of(parse(client.get(url)))["Masterclass Antwerp"]

    EventPage.objects.get(pk=event.pk).save_revision().publish()  # no change
    third = events_of(parse(client.get(url)))["Masterclass Antwerp"]

    revision = EventPage.objects.get(pk=event.pk).get_latest_revision_as_object()
    revision.cancelled = True
    revision.save_revision().publish()
    fourth = events_of(parse(client.get(url)))["Masterclass Antwerp"]

    assert first["uid"] == second["uid"] == third["uid"] == fourth["uid"]
    assert [int(e["sequence"]) for e in (first, second, third, fourth)] == [0, 1, 1, 2]
    assert str(first["status"]) == "CONFIRMED"
    assert str(fourth["status"]) == "CANCELLED"


def test_cancelled_events_stay_in_the_feed(client, agenda):
    EventPageFactory(parent=agenda, title="Cancelled webinar", cancelled=True)

    events = events_of(parse(client.get("/fr/calendar/agenda.ics")))

    assert str(events["Cancelled webinar"]["status"]) == "CANCELLED"


def test_all_day_events_are_dates(client, agenda):
    EventPageFactory(
        parent=agenda,
        title="World conference",
        all_day=True,
        start_date=datetime.date(2027, 6, 8),
        end_date=datetime.date(2027, 6, 10),
        start_time=None,
        end_time=None,
    )

    event = events_of(parse(client.get("/fr/calendar/agenda.ics")))["World conference"]

    assert event.decoded("dtstart") == datetime.date(2027, 6, 8)
    assert event.decoded("dtend") == datetime.date(2027, 6, 11)  # exclusive end


def test_feed_accepts_the_agenda_filters_and_the_page_links_to_it(client, agenda):
    a = EventPageFactory(
        parent=agenda,
        title="Cruise group",
        event_type=EventPage.EventType.WORKING_GROUP,
    )
    a.goals.set([goal(6)])
    a.save_revision().publish()
    EventPageFactory(parent=agenda, title="Energy webinar")

    query = "type=working-group&goal=port-culture-and-identity"
    events = events_of(parse(client.get(f"/fr/calendar/agenda.ics?{query}")))
    html = client.get(f"/fr/agenda/?{query}").content.decode()

    assert set(events) == {"Cruise group"}
    assert (
        'href="webcal://testserver/fr/calendar/agenda.ics?type=working-group'
        '&amp;goal=port-culture-and-identity"' in html
    )


def test_event_of_another_language_or_unpublished_is_not_found(client, agenda):
    event = EventPageFactory(parent=agenda)
    assert client.get(f"/en/calendar/events/{event.pk}.ics").status_code == 404
    event.unpublish()
    assert client.get(f"/fr/calendar/events/{event.pk}.ics").status_code == 404
