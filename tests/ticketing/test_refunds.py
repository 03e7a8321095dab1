"""Refunds go through Stripe's Refund API (localstripe here) and free the places."""

from decimal import Decimal

import pytest
from django.utils import timezone

from tests.factories import UserFactory
from tests.ticketing.conftest import create_paid_intent
from ticketing import gateway
from ticketing.exceptions import TicketingError
from ticketing.models import Order, Payment, Refund
from ticketing.selectors import order_history, quota_available
from ticketing.services import (
    Item,
    order_mark_paid,
    payment_confirm,
    payment_start,
    refund_create,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(db):
    return UserFactory(email="finance@aivp.example", is_staff=True)


@pytest.fixture
def paid_by_card(place, regular, venue, stripe_emulator):
    """Two tickets paid by card: the money really sits in the emulator."""
    order = place(Item(ticket_type_id=regular.pk, quantity=2))
    payment = payment_start(order=order, success_url="x", cancel_url="y")
    intent = create_paid_intent(292800, order.code)
    payment_confirm(
        session_id=payment.provider_reference,
        amount_cents=292800,
        currency="eur",
        payment_intent=intent,
    )
    order.refresh_from_db()
    assert order.state == Order.State.PAID
    return order


def stripe_refunded_cents(intent: str) -> int:
    refunds = gateway.client().v1.refunds.list(params={"payment_intent": intent})
    return sum(refund.amount for refund in refunds.data)


def test_refunding_one_ticket_returns_its_place_and_its_price(
    paid_by_card, staff, venue
):
    order = paid_by_card
    ticket = order.positions.first()
    before = quota_available(quota=venue, on=timezone.now())

    [refund] = refund_create(order=order, actor=staff, positions=[ticket])

    assert refund.amount == Decimal("1464.00")
    assert refund.provider_reference.startswith("re_")
    assert quota_available(quota=venue, on=timezone.now()) == before + 1
    order.refresh_from_db()
    ticket.refresh_from_db()
    assert ticket.cancelled_at is not None
    assert order.state == Order.State.PAID  # one ticket is still valid
    intent = order.payments.get().payment_intent
    assert stripe_refunded_cents(intent) == 146400
    entry = order_history(order=order).get(action="ticketing.order.refunded")
    assert entry.actor == staff
    assert entry.data["amount"] == "1464.00"


def test_refunding_the_rest_refunds_the_order(paid_by_card, staff, venue):
    order = paid_by_card
    first, second = order.positions.all()
    refund_create(order=order, actor=staff, positions=[first])

    refund_create(order=order, actor=staff, positions=[second])

    order.refresh_from_db()
    assert order.state == Order.State.REFUNDED
    assert quota_available(quota=venue, on=timezone.now()) == venue.capacity
    assert stripe_refunded_cents(order.payments.get().payment_intent) == 292800
    assert list(
        order_history(order=order)
        .exclude(to_state="")
        .values_list("to_state", flat=True)
    ) == ["pending", "paid", "refunded"]


def test_total_refunded_never_exceeds_total_paid(paid_by_card, staff):
    order = paid_by_card
    refund_create(order=order, actor=staff, amount=Decimal("2000.00"))

    with pytest.raises(TicketingError) as caught:
        refund_create(order=order, actor=staff, amount=Decimal("928.01"))
    assert caught.value.code == "amount"
    assert "928.00" in str(caught.value.message)

    refund_create(order=order, actor=staff, amount=Decimal("928.00"))
    with pytest.raises(TicketingError):
        refund_create(order=order, actor=staff)
    assert sum(r.amount for r in Refund.objects.filter(order=order)) == Decimal(
        "2928.00"
    )
    assert stripe_refunded_cents(order.payments.get().payment_intent) == 292800


def test_a_ticket_cannot_be_refunded_twice(paid_by_card, staff):
    order = paid_by_card
    ticket = order.positions.first()
    refund_create(order=order, actor=staff, positions=[ticket])

    with pytest.raises(TicketingError) as caught:
        refund_create(order=order, actor=staff, positions=[ticket])
    assert caught.value.code == "positions"
    assert Refund.objects.filter(order=order).count() == 1


def test_a_refund_stripe_refuses_records_nothing(paid_by_card, staff):
    order = paid_by_card
    Payment.objects.filter(order=order).update(payment_intent="pi_does_not_exist")

    with pytest.raises(TicketingError) as caught:
        refund_create(order=order, actor=staff, positions=[order.positions.first()])

    assert caught.value.code == "stripe"
    assert not Refund.objects.exists()
    assert not order.positions.filter(cancelled_at__isnull=False).exists()


def test_an_unpaid_order_cannot_be_refunded(place, regular, venue, staff):
    order = place(Item(ticket_type_id=regular.pk, quantity=1))

    with pytest.raises(TicketingError) as caught:
        refund_create(order=order, actor=staff)
    assert caught.value.code == "state"


class TestBankTransfer:
    @pytest.fixture
    def transfer(self, place, regular, venue):
        return place(
            Item(ticket_type_id=regular.pk, quantity=1),
            payment_method="bank_transfer",
        )

    def test_staff_mark_it_paid_once(
        self, transfer, staff, django_capture_on_commit_callbacks, mailoutbox
    ):
        with django_capture_on_commit_callbacks(execute=True):
            order = order_mark_paid(order=transfer, actor=staff)
            order_mark_paid(order=transfer, actor=staff)

        assert order.state == Order.State.PAID
        payment = order.payments.get()
        assert payment.state == Payment.State.CONFIRMED
        assert order_history(order=order).get(to_state="paid").actor == staff
        [confirmation] = mailoutbox
        assert order.code in confirmation.subject

    def test_a_refund_is_recorded_without_stripe(self, transfer, staff, venue):
        order = order_mark_paid(order=transfer, actor=staff)

        [refund] = refund_create(order=order, actor=staff, reason="Visa refused")

        assert refund.provider_reference == ""
        assert refund.amount == Decimal("1464.00")
        order.refresh_from_db()
        assert order.state == Order.State.REFUNDED
        assert quota_available(quota=venue, on=timezone.now()) == venue.capacity

    def test_card_orders_are_not_marked_paid_by_hand(
        self, place, regular, venue, staff
    ):
        order = place(Item(ticket_type_id=regular.pk, quantity=1))

        with pytest.raises(TicketingError) as caught:
            order_mark_paid(order=order, actor=staff)
        assert caught.value.code == "method"
