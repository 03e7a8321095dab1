"""Every refund keeps the books right, wherever it was made and whichever payment.

A refund made on Stripe's dashboard issues its credit note and frees its places as a
refund made in the admin does; a staff refund only takes money from payments that
still hold some.
"""

from decimal import Decimal

import pytest
from django.utils import timezone

from tests.factories import UserFactory, VerifiedUserFactory
from tests.ticketing.conftest import create_paid_intent
from tests.ticketing.stripe_fakes import event
from ticketing import gateway
from ticketing.models import Invoice, Order, Payment, Refund, WaitingListEntry
from ticketing.selectors import order_history, quota_available
from ticketing.services import (
    Item,
    payment_confirm,
    payment_start,
    refund_create,
    waiting_list_join,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(db):
    return UserFactory(email="finance@aivp.example", is_staff=True)


@pytest.fixture
def sold_out_by_card(place, regular, venue, stripe_emulator):
    """The venue's two places, paid by card: the money sits in the emulator."""
    venue.capacity = 2
    venue.save()
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


@pytest.fixture
def deliver(post_event, django_capture_on_commit_callbacks):
    def send(payload):
        with django_capture_on_commit_callbacks(execute=True):
            return post_event(payload)

    return send


def refunded_on_dashboard(order: Order, amount_cents: int) -> dict:
    """Staff refund on Stripe's dashboard; Stripe then sends ``charge.refunded``."""
    intent = order.payments.get().payment_intent
    refund = gateway.client().v1.refunds.create(
        params={"payment_intent": intent, "amount": amount_cents}
    )
    charge = {
        "id": "ch_test_dashboard",
        "object": "charge",
        "payment_intent": intent,
        "amount_refunded": amount_cents,
        "metadata": {"order": order.code},
        "refunds": {"data": [{"id": refund.id}]},
    }
    return event("charge.refunded", charge)


def stripe_refunded_cents(intent: str) -> int:
    refunds = gateway.client().v1.refunds.list(params={"payment_intent": intent})
    return sum(refund.amount for refund in refunds.data)


class TestRefundMadeOnStripe:
    def test_a_full_refund_issues_a_credit_note_and_offers_the_places(
        self, sold_out_by_card, regular, venue, deliver
    ):
        order = sold_out_by_card
        waiting = waiting_list_join(
            user=VerifiedUserFactory(), ticket_type=regular, quantity=2
        )

        response = deliver(refunded_on_dashboard(order, 292800))

        assert response.status_code == 200
        order.refresh_from_db()
        assert order.state == Order.State.REFUNDED
        [note] = Invoice.objects.filter(order=order, kind=Invoice.Kind.CREDIT_NOTE)
        assert note.amount == Decimal("2928.00")
        assert note.refund == Refund.objects.get(order=order)
        assert not order.positions.filter(cancelled_at__isnull=True).exists()
        waiting.refresh_from_db()
        assert waiting.state == WaitingListEntry.State.OFFERED
        # The places are kept for the person offered them, no one else.
        assert quota_available(quota=venue, on=timezone.now()) == 0
        entry = order_history(order=order).get(action="ticketing.order.refund_reported")
        assert entry.data["credit_note"] == note.number

    def test_a_partial_refund_issues_a_credit_note_for_its_amount(
        self, sold_out_by_card, deliver
    ):
        order = sold_out_by_card

        deliver(refunded_on_dashboard(order, 100000))
        deliver(refunded_on_dashboard(order, 100000) | {"id": "evt_other"})

        order.refresh_from_db()
        assert order.state == Order.State.PAID
        assert order.needs_attention
        assert "choose the tickets" in order.attention_reason
        assert not order.positions.filter(cancelled_at__isnull=False).exists()
        notes = Invoice.objects.filter(order=order, kind=Invoice.Kind.CREDIT_NOTE)
        assert [note.amount for note in notes] == [Decimal("1000.00")]


class TestRefundAcrossPayments:
    @pytest.fixture
    def paid_twice(self, sold_out_by_card):
        """The buyer paid again, in another Checkout Session, after the first."""
        order = sold_out_by_card
        duplicate = Payment.objects.create(
            order=order,
            method=Order.PaymentMethod.CARD,
            amount=order.total,
            provider_reference="cs_test_duplicate",
        )
        return order, duplicate

    def confirm(self, duplicate: Payment) -> str:
        intent = create_paid_intent(292800, duplicate.order.code)
        payment_confirm(
            session_id=duplicate.provider_reference,
            amount_cents=292800,
            currency="eur",
            payment_intent=intent,
        )
        return intent

    def test_a_staff_refund_skips_the_duplicate_already_given_back(
        self, paid_twice, staff, django_capture_on_commit_callbacks
    ):
        order, duplicate = paid_twice
        first = order.payments.exclude(pk=duplicate.pk).get()
        with django_capture_on_commit_callbacks(execute=True):
            duplicate_intent = self.confirm(duplicate)
        assert duplicate.refunds.get().amount == Decimal("2928.00")  # automatically

        [refund] = refund_create(order=order, actor=staff, reason="Cancelled")

        assert refund.payment == first
        assert refund.amount == Decimal("2928.00")
        assert stripe_refunded_cents(first.payment_intent) == 292800
        assert stripe_refunded_cents(duplicate_intent) == 292800  # not twice
        order.refresh_from_db()
        assert order.state == Order.State.REFUNDED

    def test_a_refund_larger_than_one_payment_is_split_over_both(
        self, paid_twice, staff
    ):
        order, duplicate = paid_twice
        duplicate_intent = self.confirm(duplicate)  # not yet refunded automatically
        first = order.payments.exclude(pk=duplicate.pk).get()

        refunds = refund_create(order=order, actor=staff, amount=Decimal("4000.00"))

        assert [(r.payment, r.amount) for r in refunds] == [
            (duplicate, Decimal("2928.00")),
            (first, Decimal("1072.00")),
        ]
        assert stripe_refunded_cents(duplicate_intent) == 292800
        assert stripe_refunded_cents(first.payment_intent) == 107200
        notes = Invoice.objects.filter(order=order, kind=Invoice.Kind.CREDIT_NOTE)
        assert sorted(note.amount for note in notes) == [
            Decimal("1072.00"),
            Decimal("2928.00"),
        ]
