"""Stripe Checkout and its webhook, over real HTTP and with real signatures."""

import json
import time
from datetime import timedelta
from decimal import Decimal

import pytest
from django.core import mail
from django.utils import timezone

from tests.factories import VerifiedUserFactory
from tests.ticketing.conftest import (
    WEBHOOK_SECRET,
    apply_due_events,
    create_paid_intent,
)
from tests.ticketing.stripe_fakes import event, sign
from ticketing.exceptions import TicketingError
from ticketing.models import Order, Payment, Refund, StripeEvent
from ticketing.selectors import order_history
from ticketing.services import Item, payment_start

pytestmark = pytest.mark.django_db


@pytest.fixture
def started(place, regular, venue, fake_stripe):
    """A card order of two tickets whose Checkout Session is open."""
    order = place(Item(ticket_type_id=regular.pk, quantity=2))
    payment = payment_start(
        order=order,
        success_url="https://aivp.test/paid?session_id={CHECKOUT_SESSION_ID}",
        cancel_url="https://aivp.test/not-paid",
    )
    return order, payment


@pytest.fixture
def deliver(post_event, django_capture_on_commit_callbacks):
    def send(payload, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return post_event(payload, **kwargs)

    return send


def completed(fake_stripe, payment, **overrides) -> dict:
    session = dict(fake_stripe.pay(payment.provider_reference))
    session.update(overrides)
    return event("checkout.session.completed", session)


def paid_logs(order) -> int:
    return order_history(order=order).filter(to_state="paid").count()


class TestCheckoutSession:
    def test_the_amount_sent_to_stripe_is_the_servers_total(self, started, fake_stripe):
        order, payment = started

        [request] = fake_stripe.checkout_requests()
        assert request["line_items[0][price_data][unit_amount]"] == "292800"
        assert request["line_items[0][price_data][currency]"] == "eur"
        assert request["client_reference_id"] == order.code
        assert request["customer_email"] == order.buyer.email
        assert int(request["expires_at"]) >= time.time() + 30 * 60
        assert payment.provider_reference.startswith("cs_test_")
        assert payment.checkout_url.endswith(payment.provider_reference)
        assert payment.amount == Decimal("2928.00")

    def test_starting_again_reuses_the_open_session(self, started, fake_stripe):
        order, payment = started

        again = payment_start(order=order, success_url="x", cancel_url="y")

        assert again == payment
        assert len(fake_stripe.checkout_requests()) == 1

    def test_an_order_whose_hold_ended_cannot_be_paid(self, started, fake_stripe):
        order, _payment = started

        with pytest.raises(TicketingError) as caught:
            payment_start(
                order=order,
                success_url="x",
                cancel_url="y",
                now=order.expires_at + timedelta(seconds=1),
            )
        assert caught.value.code == "not_payable"


class TestWebhookSignature:
    @pytest.mark.parametrize(
        "tamper",
        ["forged", "tampered_body", "too_old", "missing"],
    )
    def test_bad_deliveries_are_rejected_and_change_nothing(
        self, started, fake_stripe, tamper, client
    ):
        order, payment = started
        payload = completed(fake_stripe, payment)
        raw = json.dumps(payload).encode()
        signature = sign(raw, WEBHOOK_SECRET)
        if tamper == "forged":
            signature = sign(raw, "whsec_not_the_secret")
        elif tamper == "tampered_body":
            raw = raw.replace(b'"amount_total": 292800', b'"amount_total": 100')
        elif tamper == "too_old":
            signature = sign(raw, WEBHOOK_SECRET, int(time.time()) - 301)
        elif tamper == "missing":
            signature = ""

        response = client.post(
            "/stripe/webhook/",
            data=raw,
            content_type="application/json",
            HTTP_STRIPE_SIGNATURE=signature,
        )

        assert response.status_code == 400
        order.refresh_from_db()
        assert order.state == Order.State.PENDING
        assert not StripeEvent.objects.exists()
        assert Payment.objects.get(pk=payment.pk).state == Payment.State.CREATED
        assert mail.outbox == []

    def test_get_is_not_allowed(self, client):
        assert client.get("/stripe/webhook/").status_code == 405


class TestWebhookEvents:
    def test_a_paid_session_confirms_the_order_and_sends_one_email(
        self, started, fake_stripe, deliver
    ):
        order, payment = started

        response = deliver(completed(fake_stripe, payment))

        assert response.status_code == 200
        order.refresh_from_db()
        payment.refresh_from_db()
        assert order.state == Order.State.PAID
        assert order.paid_at is not None
        assert payment.state == Payment.State.CONFIRMED
        assert payment.payment_intent.startswith("pi_")
        assert [m.to for m in mail.outbox] == [[order.buyer.email]]
        assert order.code in mail.outbox[0].subject
        assert list(
            order_history(order=order)
            .exclude(to_state="")
            .values_list("from_state", "to_state")
        ) == [("", "pending"), ("pending", "paid")]

    def test_the_same_event_twice_confirms_once(self, started, fake_stripe, deliver):
        order, payment = started
        payload = completed(fake_stripe, payment)

        assert deliver(payload).status_code == 200
        assert deliver(payload).status_code == 200

        assert StripeEvent.objects.filter(event_id=payload["id"]).count() == 1
        assert paid_logs(order) == 1
        assert len(mail.outbox) == 1

    def test_two_events_for_the_same_payment_confirm_once(
        self, started, fake_stripe, deliver
    ):
        order, payment = started
        session = fake_stripe.pay(payment.provider_reference)

        deliver(event("checkout.session.completed", session))
        deliver(event("checkout.session.async_payment_succeeded", session))

        assert paid_logs(order) == 1
        assert len(mail.outbox) == 1

    def test_an_amount_that_differs_is_not_accepted_as_payment(
        self, started, fake_stripe, deliver
    ):
        order, payment = started

        deliver(completed(fake_stripe, payment, amount_total=100))

        order.refresh_from_db()
        assert order.state == Order.State.PENDING
        assert order.needs_attention
        assert "100 eur" in order.attention_reason
        assert mail.outbox == []

    def test_a_delayed_payment_waits_then_succeeds(self, started, fake_stripe, deliver):
        order, payment = started
        session = dict(fake_stripe.sessions[payment.provider_reference])
        session.update(status="complete", payment_status="unpaid")

        deliver(event("checkout.session.completed", session))
        payment.refresh_from_db()
        assert payment.state == Payment.State.PROCESSING
        assert Order.objects.get(pk=order.pk).state == Order.State.PENDING

        deliver(
            event(
                "checkout.session.async_payment_succeeded",
                fake_stripe.pay(payment.provider_reference),
            )
        )
        assert Order.objects.get(pk=order.pk).state == Order.State.PAID

    def test_a_failed_delayed_payment_fails_the_payment(
        self, started, fake_stripe, deliver
    ):
        order, payment = started
        session = fake_stripe.sessions[payment.provider_reference]

        deliver(event("checkout.session.async_payment_failed", session))

        payment.refresh_from_db()
        assert payment.state == Payment.State.FAILED
        assert Order.objects.get(pk=order.pk).state == Order.State.PENDING

    def test_an_expired_session_releases_the_tickets(
        self, started, fake_stripe, deliver, venue
    ):
        order, payment = started
        session = fake_stripe.sessions[payment.provider_reference]

        deliver(event("checkout.session.expired", session))

        order.refresh_from_db()
        assert order.state == Order.State.EXPIRED
        assert Payment.objects.get(pk=payment.pk).state == Payment.State.CANCELLED

    def test_expired_arriving_after_completed_leaves_the_order_paid(
        self, started, fake_stripe, deliver
    ):
        order, payment = started
        session = fake_stripe.pay(payment.provider_reference)

        deliver(event("checkout.session.completed", session))
        deliver(event("checkout.session.expired", session))

        order.refresh_from_db()
        assert order.state == Order.State.PAID
        assert Payment.objects.get(pk=payment.pk).state == Payment.State.CONFIRMED

    def test_completed_after_expired_confirms_when_places_are_left(
        self, started, fake_stripe, deliver
    ):
        order, payment = started
        session = fake_stripe.sessions[payment.provider_reference]
        deliver(event("checkout.session.expired", dict(session)))

        deliver(completed(fake_stripe, payment))

        order.refresh_from_db()
        assert order.state == Order.State.PAID
        history = order_history(order=order)
        assert history.filter(action="ticketing.order.late_payment_accepted").exists()
        assert len(mail.outbox) == 1

    def test_unknown_event_types_and_sessions_are_acknowledged(self, deliver):
        assert deliver(event("customer.created", {"id": "cus_1"})).status_code == 200
        unknown = {"id": "cs_test_unknown", "payment_status": "paid"}
        assert deliver(event("checkout.session.completed", unknown)).status_code == 200


class TestLatePaymentWithStripe:
    """Money that arrives when the places are gone goes back through Stripe."""

    def test_it_is_flagged_and_refunded_never_oversold(
        self, place, regular, venue, stripe_emulator, deliver, buyer
    ):
        venue.capacity = 1
        venue.save()
        started_at = timezone.now() - timedelta(minutes=40)
        order = place(Item(ticket_type_id=regular.pk, quantity=1), now=started_at)
        payment = payment_start(
            order=order, success_url="x", cancel_url="y", now=started_at
        )
        # The hold ended ten minutes ago and someone else took the last place.
        other = place(
            Item(ticket_type_id=regular.pk, quantity=1), buyer=VerifiedUserFactory()
        )
        assert other.state == Order.State.PENDING
        intent = create_paid_intent(146400, order.code)

        response = deliver(completed(stripe_emulator, payment, payment_intent=intent))

        assert response.status_code == 200
        order.refresh_from_db()
        assert order.state == Order.State.EXPIRED
        assert order.needs_attention
        refund = Refund.objects.get(order=order)
        assert refund.amount == Decimal("1464.00")
        assert refund.provider_reference.startswith("re_")
        assert mail.outbox == []
        assert Order.objects.get(pk=other.pk).is_held(timezone.now())

    def test_a_refund_reported_before_the_payment_is_retried_later(
        self, started, stripe_emulator, deliver, fake_stripe
    ):
        order, payment = started
        charge = {
            "id": "ch_test_1",
            "object": "charge",
            "payment_intent": "pi_test_early",
            "amount_refunded": 292800,
            "metadata": {"order": order.code},
            "refunds": {"data": [{"id": "re_test_1"}]},
        }
        refunded = event("charge.refunded", charge)

        assert deliver(refunded).status_code == 200
        waiting = StripeEvent.objects.get(type="charge.refunded")
        assert waiting.processed_at is None
        assert waiting.attempts == 1
        assert waiting.last_error.endswith("[payment_not_confirmed]")
        assert Order.objects.get(pk=order.pk).state == Order.State.PENDING

        deliver(completed(fake_stripe, payment, payment_intent="pi_test_early"))
        assert apply_due_events() == ["applied"]

        order.refresh_from_db()
        assert order.state == Order.State.REFUNDED
        assert Refund.objects.get(order=order).provider_reference == "re_test_1"
        assert not order.positions.filter(cancelled_at__isnull=True).exists()
