"""Deleting an account leaves only the orders the law keeps, and no waiting list."""

import pytest
from django.utils import timezone

from accounts.services import user_erase
from tests.factories import UserFactory, VerifiedUserFactory
from ticketing.models import Order, WaitingListEntry
from ticketing.services import (
    order_mark_paid,
    waiting_list_join,
    waiting_list_offer_next,
)

pytestmark = pytest.mark.django_db


def test_unpaid_orders_are_blanked_and_paid_ones_kept(place, regular, venue, buyer):
    paid = place(ticket_type=regular, payment_method="bank_transfer")
    order_mark_paid(order=paid, actor=UserFactory(is_staff=True, is_superuser=True))
    held = place(ticket_type=regular)

    user_erase(user=buyer, actor=None)

    held.refresh_from_db()
    assert held.state == Order.State.EXPIRED
    assert (held.invoice_name, held.invoice_company, held.invoice_address) == (
        "",
        "",
        "",
    )
    assert set(held.positions.values_list("attendee_name", "attendee_email")) == {
        ("", "")
    }
    paid.refresh_from_db()
    assert paid.invoice_name == "Marie Lefèvre"
    assert paid.positions.get().attendee_name == "Delegate 0"


def test_the_person_leaves_every_waiting_list(place, regular, venue, buyer):
    venue.capacity = 1
    venue.save()
    sold = place(ticket_type=regular, payment_method="bank_transfer")
    leaver = VerifiedUserFactory(email="leaver@port.example")
    next_in_line = VerifiedUserFactory(email="next@port.example")
    offered = waiting_list_join(user=leaver, ticket_type=regular, quantity=1)
    waiting = waiting_list_join(user=next_in_line, ticket_type=regular, quantity=1)
    # The sold place comes back and is offered to the first in line: the leaver.
    sold.expires_at = timezone.now()
    sold.save(update_fields=["expires_at"])
    assert waiting_list_offer_next(ticket_type=regular) == offered

    user_erase(user=leaver, actor=None)
    waiting_list_offer_next(ticket_type=regular)

    offered.refresh_from_db()
    waiting.refresh_from_db()
    assert offered.state == WaitingListEntry.State.CANCELLED
    assert waiting.state == WaitingListEntry.State.OFFERED
