"""A conference ending at midnight (as the agenda stores an all-day event) ends the day
before: its ticket page and tickets show the last day people attend."""

import io
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader

from tests.cms.factories import EventPageFactory
from ticketing.documents import ticket_pdf
from ticketing.services import Item, order_mark_paid

PARIS = ZoneInfo("Europe/Paris")

pytestmark = pytest.mark.django_db


@pytest.fixture
def nine_to_eleven_may(conference):
    """9–11 May 2027, all day: the end is the midnight after the 11th."""
    conference.starts_at = datetime(2027, 5, 9, tzinfo=PARIS)
    conference.ends_at = datetime(2027, 5, 12, tzinfo=PARIS)
    conference.save()
    return conference


def test_the_last_day_is_the_day_before_an_end_at_midnight(nine_to_eleven_may):
    assert nine_to_eleven_may.first_day.isoformat() == "2027-05-09"
    assert nine_to_eleven_may.last_day.isoformat() == "2027-05-11"


def test_an_end_during_the_day_is_that_day(conference):
    conference.starts_at = datetime(2027, 5, 9, 9, tzinfo=PARIS)
    conference.ends_at = datetime(2027, 5, 11, 17, 30, tzinfo=PARIS)
    assert conference.last_day.isoformat() == "2027-05-11"


def test_the_ticket_page_and_the_ticket_show_the_last_day(
    client, nine_to_eleven_may, buyer, place, regular, venue
):
    client.force_login(buyer)
    page = client.get(f"/en/tickets/{nine_to_eleven_may.slug}/").content.decode()
    order = order_mark_paid(
        order=place(
            Item(ticket_type_id=regular.pk, quantity=1), payment_method="bank_transfer"
        ),
        actor=None,
    )
    text = "".join(
        p.extract_text()
        for p in PdfReader(io.BytesIO(ticket_pdf(order.positions.get()))).pages
    )

    assert "May 9, 2027 – May 11, 2027" in page
    assert "May 12" not in page
    # The ticket is in the order's language, French here, with French typography.
    assert "9 mai 2027 – 11 mai 2027" in text
    assert "12 mai" not in text
    assert "Nom sur le badge\u00a0: D0" in text or "Nom sur le badge : D0" in text


def test_the_days_are_those_of_the_conferences_place(conference, homes):
    """An all-day conference in Montreal ends at midnight there, 06:00 in Paris."""
    montreal = ZoneInfo("America/Montreal")
    event = EventPageFactory(
        parent=homes["fr"],
        title="World conference",
        start_date=date(2027, 5, 9),
        end_date=date(2027, 5, 11),
        all_day=True,
        time_zone="America/Montreal",
    )
    conference.event_page = event
    conference.starts_at = datetime(2027, 5, 9, tzinfo=montreal)
    conference.ends_at = datetime(2027, 5, 12, tzinfo=montreal)
    conference.save()

    assert (conference.first_day, conference.last_day) == (
        date(2027, 5, 9),
        date(2027, 5, 11),
    )
