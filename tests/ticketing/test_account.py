"""Ticketing's part of "My account": the orders panel, data export and erasure."""

import json

import pytest
from django.utils import timezone

from accounts.privacy import contributors
from tests.factories import UserFactory, VerifiedUserFactory
from ticketing.models import Order, OrderPosition
from ticketing.selectors import quota_available
from ticketing.services import order_mark_paid

pytestmark = pytest.mark.django_db


def test_my_account_lists_my_orders_and_nobody_elses(
    client, place, regular, venue, buyer
):
    mine = place(ticket_type=regular)
    someone_else = VerifiedUserFactory(email="other@port.example")
    theirs = place(ticket_type=regular, buyer=someone_else)
    client.force_login(buyer)

    html = client.get("/en/account/").content.decode()

    assert "My orders" in html
    assert f"/en/tickets/orders/{mine.code}/" in html
    assert theirs.code not in html


def test_export_contains_the_orders_and_their_attendees(
    client, place, regular, venue, buyer
):
    order = place(ticket_type=regular)
    client.force_login(buyer)

    data = json.loads(client.get("/en/account/privacy/export/").content)

    exported = json.dumps(data)
    assert order.code in exported
    assert order.positions.get().attendee_email in exported
    [mine] = data["ticketing"]["orders"]
    assert mine["invoice_name"] == order.invoice_name
    assert [step["action"] for step in mine["history"]] == ["ticketing.order.placed"]


def test_erasure_releases_holds_and_keeps_paid_orders(place, regular, venue, buyer):
    admin = UserFactory(is_staff=True)
    paid = place(ticket_type=regular, payment_method="bank_transfer")
    order_mark_paid(order=paid, actor=admin)
    held = place(ticket_type=regular)
    OrderPosition.objects.filter(order__buyer=buyer).update(dietary_needs="Vegan")
    before = quota_available(quota=venue, on=timezone.now())

    [ticketing] = [c for c in contributors() if c.key == "ticketing"]
    kept = ticketing.erase(buyer)

    held.refresh_from_db()
    assert held.state == Order.State.EXPIRED
    assert quota_available(quota=venue, on=timezone.now()) == before + 1
    assert Order.objects.get(pk=paid.pk).state == Order.State.PAID
    assert not OrderPosition.objects.filter(order__buyer=buyer).exclude(
        dietary_needs=""
    )
    assert len(kept) == 1 and "ten years" in kept[0]
