"""Stripe's webhook answers at once; a task applies the event, a sweep the ones left.

Stripe only waits for "received" (and retries slow answers); applying the event
(payment confirmed, invoice numbered, mail written) happens after the commit, and
an event whose task was lost or whose locks were busy is applied again later.
"""

import json
import threading
from datetime import timedelta

import pytest
from django.conf import settings
from django.core import mail
from django.db import connection, connections
from django.test import Client
from django.utils import timezone

from core.models import OutboxMessage
from tests.ticketing.conftest import WEBHOOK_SECRET, apply_due_events
from tests.ticketing.stripe_fakes import event, sign
from tests.ticketing.test_stripe import completed, paid_logs
from tests.workers import celery_worker_queue, wait_for
from ticketing.models import Order, StripeEvent
from ticketing.services import (
    STRIPE_HANDLERS,
    Item,
    payment_start,
    stripe_event_apply,
)
from ticketing.tasks import sweep_stripe_events

pytestmark = pytest.mark.django_db


@pytest.fixture
def started(place, regular, venue, fake_stripe):
    order = place(Item(ticket_type_id=regular.pk, quantity=1))
    payment = payment_start(order=order, success_url="x", cancel_url="y")
    return order, payment


def confirmations(order: Order) -> int:
    return OutboxMessage.objects.filter(
        idempotency_key=f"ticketing.order.{order.pk}.confirmation"
    ).count()


def test_the_webhook_answers_before_the_payment_is_applied(
    started, fake_stripe, post_event
):
    order, payment = started

    # The task queued at the commit is lost (the broker was down).
    response = post_event(completed(fake_stripe, payment))

    assert response.status_code == 200
    stored = StripeEvent.objects.get()
    assert stored.processed_at is None
    assert stored.payload["id"] == payment.provider_reference
    assert Order.objects.get(pk=order.pk).state == Order.State.PENDING

    # The sweep leaves it a minute to its own task, then applies it once.
    assert apply_due_events(after=timedelta(seconds=10)) == []
    assert apply_due_events() == ["applied"]
    assert apply_due_events() == []
    assert stripe_event_apply(event_pk=stored.pk) == "skipped"

    assert Order.objects.get(pk=order.pk).state == Order.State.PAID
    assert confirmations(order) == 1
    stored.refresh_from_db()
    assert stored.processed_at is not None
    assert stored.payload is None  # applied: what Stripe sent is not kept


def test_the_beat_sweep_applies_what_is_due(started, fake_stripe, post_event):
    order, payment = started
    post_event(completed(fake_stripe, payment))
    StripeEvent.objects.update(next_attempt_at=timezone.now() - timedelta(seconds=1))

    assert sweep_stripe_events() == 1

    assert Order.objects.get(pk=order.pk).state == Order.State.PAID
    assert sweep_stripe_events() == 0
    tasks = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert "ticketing.tasks.sweep_stripe_events" in tasks


def test_an_event_we_do_not_act_on_is_stored_as_applied(post_event):
    payload = event("customer.created", {"id": "cus_1", "email": "a@port.example"})

    assert post_event(payload).status_code == 200
    assert post_event(payload).status_code == 200  # a repeat, received all the same

    stored = StripeEvent.objects.get()
    assert stored.processed_at is not None
    assert stored.payload is None
    assert apply_due_events() == []


def test_an_event_that_cannot_be_applied_yet_waits_longer_then_is_flagged(
    started, post_event, django_capture_on_commit_callbacks
):
    order, _payment = started
    charge = {
        "id": "ch_test_early",
        "object": "charge",
        "payment_intent": "pi_test_never",
        "amount_refunded": 146400,
        "metadata": {"order": order.code},
        "refunds": {"data": [{"id": "re_test_early"}]},
    }
    with django_capture_on_commit_callbacks(execute=True):
        post_event(event("charge.refunded", charge))

    stored = StripeEvent.objects.get()
    waits = [stored.next_attempt_at - timezone.now()]
    for after in (timedelta(seconds=31), timedelta(seconds=95)):
        assert apply_due_events(after=after) == ["waiting"]
        stored.refresh_from_db()
        waits.append(stored.next_attempt_at - (timezone.now() + after))
    assert [round(wait.total_seconds() / 10) for wait in waits] == [3, 6, 12]
    assert stored.attempts == 3
    assert not stored.flagged

    # Stripe itself would have given up after three days: staff are told.
    assert apply_due_events(after=timedelta(days=3, minutes=1)) == ["flagged"]
    stored.refresh_from_db()
    assert stored.flagged
    assert stored.flag_reason.startswith("Not applied after 4 attempts")
    assert stored.payload["id"] == "ch_test_early"  # kept for staff
    assert stored.processed_at is not None
    assert Order.objects.get(pk=order.pk).state == Order.State.PENDING


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql" or not settings.REDIS_URL,
    reason="the worker process needs PostgreSQL and a broker shared with the test",
)
def test_a_real_worker_applies_the_event_after_the_webhook_answered(
    started, fake_stripe, post_event
):
    order, payment = started

    with celery_worker_queue() as start:
        start()
        assert post_event(completed(fake_stripe, payment)).status_code == 200
        assert wait_for(
            lambda: Order.objects.get(pk=order.pk).state == Order.State.PAID
        ), "the worker never applied the event"

    assert StripeEvent.objects.get().processed_at is not None
    assert confirmations(order) == 1


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite serialises writers, so concurrent deliveries cannot overlap",
)
class TestConcurrentDeliveries:
    def test_the_same_event_delivered_concurrently_confirms_once(
        self, place, regular, venue, fake_stripe
    ):
        order = place(Item(ticket_type_id=regular.pk, quantity=1))
        payment = payment_start(order=order, success_url="x", cancel_url="y")
        raw = json.dumps(completed(fake_stripe, payment)).encode()
        start = threading.Barrier(8)
        statuses = []

        def deliver_once():
            start.wait()
            response = Client().post(
                "/stripe/webhook/",
                data=raw,
                content_type="application/json",
                HTTP_STRIPE_SIGNATURE=sign(raw, WEBHOOK_SECRET),
            )
            statuses.append(response.status_code)
            connections.close_all()

        threads = [threading.Thread(target=deliver_once) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

        assert statuses == [200] * 8
        assert Order.objects.get(pk=order.pk).state == Order.State.PAID
        assert paid_logs(order) == 1
        assert StripeEvent.objects.count() == 1
        assert len(mail.outbox) == 1

    def test_a_locked_order_keeps_the_event_for_the_sweep(
        self, place, regular, venue, fake_stripe, settings
    ):
        settings.LOCK_TIMEOUT = "200ms"
        order = place(Item(ticket_type_id=regular.pk, quantity=1))
        payment = payment_start(order=order, success_url="x", cancel_url="y")
        raw = json.dumps(completed(fake_stripe, payment)).encode()
        locked, release = threading.Event(), threading.Event()

        def hold_the_order():
            from django.db import transaction

            with transaction.atomic():
                Order.objects.select_for_update().get(pk=order.pk)
                locked.set()
                release.wait(10)
            connections.close_all()

        holder = threading.Thread(target=hold_the_order)
        holder.start()
        locked.wait(10)
        try:
            response = Client().post(
                "/stripe/webhook/",
                data=raw,
                content_type="application/json",
                HTTP_STRIPE_SIGNATURE=sign(raw, WEBHOOK_SECRET),
            )
        finally:
            release.set()
            holder.join()

        # Stripe is answered at once; the event waits for its next attempt.
        assert response.status_code == 200
        waiting = StripeEvent.objects.get()
        assert (waiting.processed_at, waiting.attempts) == (None, 1)
        assert Order.objects.get(pk=order.pk).state == Order.State.PENDING

        assert apply_due_events() == ["applied"]
        assert Order.objects.get(pk=order.pk).state == Order.State.PAID
        assert StripeEvent.objects.get().processed_at is not None


def test_an_unexpected_failure_is_tried_again_later_not_lost(
    started, fake_stripe, post_event, monkeypatch
):
    order, payment = started
    post_event(completed(fake_stripe, payment))

    def broken(session):
        raise RuntimeError("the invoice printer caught fire")

    handlers = {**STRIPE_HANDLERS, "checkout.session.completed": broken}
    monkeypatch.setattr("ticketing.services.stripe_events.STRIPE_HANDLERS", handlers)
    assert apply_due_events() == ["waiting"]
    stored = StripeEvent.objects.get()
    assert stored.last_error == "RuntimeError: the invoice printer caught fire"
    assert stored.processed_at is None

    monkeypatch.undo()
    assert apply_due_events(after=timedelta(minutes=5)) == ["applied"]
    assert Order.objects.get(pk=order.pk).state == Order.State.PAID
