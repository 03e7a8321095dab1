"""Places kept for a waiting-list offer are gone for everybody else, wherever counted.

A quota of 5 with 3 tickets sold and a live offer of 2: the ticket page, the order
service and the staff's sales dashboard all say 0 places are left.
"""

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.factories import UserFactory, VerifiedUserFactory
from tests.ticketing.conftest import INVOICE, attendee
from ticketing.exceptions import TicketingError
from ticketing.models import WaitingListEntry
from ticketing.services import Item, order_place

pytestmark = pytest.mark.django_db


@pytest.fixture
def offered(place, conference, regular, venue):
    """Five places: three sold, two offered to the head of the waiting list."""
    venue.capacity = 5
    venue.save()
    place(Item(ticket_type_id=regular.pk, quantity=3), payment_method="bank_transfer")
    now = timezone.now()
    return WaitingListEntry.objects.create(
        conference=conference,
        ticket_type=regular,
        user=VerifiedUserFactory(email="first-in-line@port.example"),
        quantity=2,
        state=WaitingListEntry.State.OFFERED,
        created_at=now - timedelta(days=1),
        offered_at=now,
        offer_expires_at=now + timedelta(hours=24),
    )


@pytest.fixture
def other_buyer(db):
    return VerifiedUserFactory(email="someone-else@port.example")


def test_the_ticket_page_shows_no_place_left(client, offered, other_buyer, regular):
    client.force_login(other_buyer)

    response = client.get(
        reverse("ticketing:tickets", kwargs={"slug": regular.conference.slug})
    )

    [row] = response.context["rows"]
    assert row["left"] == 0
    assert "Sold out" in response.content.decode()


def test_the_order_service_refuses_a_ticket(offered, other_buyer, regular):
    with pytest.raises(TicketingError) as error:
        order_place(
            buyer=other_buyer,
            conference=regular.conference,
            items=[Item(ticket_type_id=regular.pk, quantity=1)],
            invoice_address=INVOICE,
            attendees=[attendee(1)],
            payment_method="card",
        )

    assert error.value.code == "sold_out"


def test_the_sales_dashboard_shows_no_place_left(client, offered, venue):
    client.force_login(UserFactory(is_staff=True, is_superuser=True, mfa=True))

    response = client.get(f"/admin/ticketing/sales/?conference={venue.conference_id}")

    assert response.status_code == 200
    left = re.search(
        rf'data-testid="left-{venue.pk}">(\d+)<', response.content.decode()
    )
    assert left is not None and left.group(1) == "0"


def test_the_person_offered_still_sees_their_places(client, offered, regular):
    client.force_login(offered.user)

    response = client.get(
        reverse("ticketing:tickets", kwargs={"slug": regular.conference.slug})
    )

    [row] = response.context["rows"]
    assert row["left"] == 2
