import datetime
import zoneinfo

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from cms.models import AgendaPage, EventPage, HomePage
from tests.cms.factories import EventPageFactory, ImageFactory, goal
from tests.cms.utils import queries_for

pytestmark = pytest.mark.django_db

PARIS = zoneinfo.ZoneInfo("Europe/Paris")
MONTREAL = zoneinfo.ZoneInfo("America/Montreal")


def in_days(days: int) -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=days)


def test_page_type_rules():
    assert AgendaPage in HomePage.allowed_subpage_models()
    assert AgendaPage.allowed_subpage_models() == [EventPage]
    assert EventPage.allowed_parent_page_models() == [AgendaPage]


def test_times_are_stored_in_the_events_own_time_zone(agenda):
    event = EventPageFactory(
        parent=agenda,
        time_zone="America/Montreal",
        start_date=datetime.date(2026, 11, 3),
        start_time=datetime.time(9, 0),
        end_time=datetime.time(17, 30),
    )

    event.refresh_from_db()
    assert event.start == datetime.datetime(2026, 11, 3, 9, 0, tzinfo=MONTREAL)
    assert event.start.astimezone(datetime.UTC).hour == 14  # EST, UTC-5
    assert event.local_end.strftime("%H:%M") == "17:30"


def test_all_day_event_covers_whole_local_days(agenda):
    event = EventPageFactory(
        parent=agenda,
        all_day=True,
        start_date=datetime.date(2026, 6, 2),
        end_date=datetime.date(2026, 6, 4),
        start_time=None,
        end_time=None,
    )

    assert event.start == datetime.datetime(2026, 6, 2, tzinfo=PARIS)
    assert event.end == datetime.datetime(2026, 6, 5, tzinfo=PARIS)


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"time_zone": "Mars/Olympus"}, "time_zone"),
        ({"start_time": None}, "start_time"),
        ({"end_time": datetime.time(8, 0)}, "end_date"),
        ({"city": "", "venue": "", "online_url": ""}, "venue"),
    ],
)
def test_invalid_events_are_refused_with_a_message(agenda, fields, field):
    event = EventPageFactory.build(**fields)
    with pytest.raises(ValidationError) as error:
        agenda.add_child(instance=event)
    assert field in error.value.message_dict


def test_agenda_shows_upcoming_by_default_and_past_on_request(client, agenda):
    EventPageFactory(parent=agenda, title="Coming masterclass", start_date=in_days(5))
    EventPageFactory(
        parent=agenda, title="Last year's webinar", start_date=in_days(-40)
    )

    upcoming = client.get("/fr/agenda/").content.decode()
    past = client.get("/fr/agenda/?when=past").content.decode()

    assert (
        "Coming masterclass" in upcoming and "Last year&#x27;s webinar" not in upcoming
    )
    assert "Last year&#x27;s webinar" in past and "Coming masterclass" not in past


def test_agenda_filters_by_type_goal_country_and_month(client, agenda):
    a = EventPageFactory(
        parent=agenda,
        title="Working group Cruise",
        event_type=EventPage.EventType.WORKING_GROUP,
        city="Lisbonne",
        country="Portugal",
        start_date=in_days(10),
    )
    a.goals.set([goal(6)])
    a.save_revision().publish()
    EventPageFactory(
        parent=agenda,
        title="Webinar on shore power",
        start_date=in_days(70),
        city="",
        online_url="https://meet.example.org/aivp",
        country="",
    )

    def titles(query):
        response = client.get(f"/fr/agenda/?{query}")
        assert response.status_code == 200
        html = response.content.decode()
        return {
            t for t in ("Working group Cruise", "Webinar on shore power") if t in html
        }

    month = in_days(10).strftime("%Y-%m")
    assert titles("type=working-group") == {"Working group Cruise"}
    assert titles("type=webinar") == {"Webinar on shore power"}
    assert titles("goal=port-culture-and-identity") == {"Working group Cruise"}
    assert titles("country=portugal") == {"Working group Cruise"}
    assert titles(f"month={month}") == {"Working group Cruise"}


def test_cancelled_event_stays_listed_and_says_so(client, agenda):
    EventPageFactory(parent=agenda, title="Masterclass Dakar", cancelled=True)

    html = client.get("/fr/agenda/").content.decode()
    page = client.get("/fr/agenda/masterclass-dakar/").content.decode()

    assert "Masterclass Dakar" in html
    assert "Annulé" in html or "Cancelled" in html
    assert 'href="/fr/calendar/events/' in page


def test_registration_link_is_shown_and_a_hook_may_replace_it(client, agenda):
    from wagtail import hooks

    from core import pagecache

    event = EventPageFactory(
        parent=agenda,
        title="World conference",
        registration_url="https://register.example.org/wc",
    )
    assert "https://register.example.org/wc" in client.get(event.url).content.decode()

    with hooks.register_temporarily(
        "event_registration_url", lambda e, request: "/fr/tickets/wc/"
    ):
        pagecache.bump(pagecache.CONTENT)  # the kept page knew no such hook
        html = client.get(event.url).content.decode()
    assert 'href="/fr/tickets/wc/"' in html


def test_agenda_query_count_does_not_grow(client, agenda):
    image = ImageFactory()

    def add(count):
        for number in range(count):
            event = EventPageFactory(
                parent=agenda, start_date=in_days(1 + number % 60), hero_image=image
            )
            event.goals.set([goal(1 + number % 10)])

    urls = ["/fr/agenda/", "/fr/agenda/?type=webinar&goal=sustainable-mobility&page=2"]
    add(10)
    small = [queries_for(client, url) for url in urls]
    add(110)
    large = [queries_for(client, url) for url in urls]

    assert small == large
    assert max(large) <= 30


def test_an_event_names_its_time_zone_as_people_do(client, agenda):
    event = EventPageFactory(
        parent=agenda,  # the French agenda
        time_zone="America/Montreal",
        start_date=in_days(30),
        start_time=datetime.time(9, 0),
        end_time=datetime.time(17, 30),
    )

    html = client.get(event.url).content.decode()

    assert "(heure : Canada (Toronto))" in html
    assert "(America/Montreal)" not in html
