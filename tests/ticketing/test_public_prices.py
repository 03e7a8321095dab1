"""Visitors see the rates and places left before signing in; the account comes next."""

from decimal import Decimal

import pytest

from tests.factories import TicketTypeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def members_rate(conference, venue):
    rate = TicketTypeFactory(
        conference=conference,
        name="Member rate",
        price=Decimal("900.00"),
        members_only=True,
    )
    venue.ticket_types.add(rate)
    return rate


def test_a_visitor_sees_the_public_rates_and_their_prices(
    client, conference, regular, venue, members_rate
):
    page = client.get(f"/en/tickets/{conference.slug}/")

    html = page.content.decode()
    assert page.status_code == 200
    assert "Regular" in html
    assert "€1,464.00" in html
    assert "Member rate" not in html  # members see it once signed in
    assert f"/en/accounts/login/?next=/en/tickets/{conference.slug}/" in html


def test_choosing_tickets_keeps_the_choice_and_then_asks_to_sign_in(
    client, conference, regular, venue, buyer
):
    chosen = client.post(
        f"/en/tickets/{conference.slug}/",
        {f"quantity_{regular.pk}": 2, "voucher": "", "choose": "1"},
    )
    details = f"/en/tickets/{conference.slug}/details/"
    assert chosen["Location"] == details
    asked = client.get(details)
    assert asked.status_code == 302
    assert asked["Location"].startswith("/en/accounts/login/")

    client.force_login(buyer)  # signing in keeps the session's data
    page = client.get(details)

    assert page.status_code == 200
    assert "Attendee 2" in page.content.decode()
