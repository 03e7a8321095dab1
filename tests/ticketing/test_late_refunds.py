"""Card money that arrives for places no longer available goes back, even if the task
that refunds it is lost (the broker was down when the flag was saved)."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from tests.factories import VerifiedUserFactory
from tests.ticketing.conftest import apply_due_events, create_paid_intent
from tests.ticketing.test_stripe import completed
from ticketing.models import Refund
from ticketing.services import Item, payment_start, refunds_due_sweep

pytestmark = pytest.mark.django_db


def test_a_refund_whose_task_was_lost_is_made_by_the_sweep(
    place, regular, venue, stripe_emulator, post_event
):
    venue.capacity = 1
    venue.save()
    started_at = timezone.now() - timedelta(minutes=40)
    order = place(Item(ticket_type_id=regular.pk, quantity=1), now=started_at)
    payment = payment_start(
        order=order, success_url="x", cancel_url="y", now=started_at
    )
    place(Item(ticket_type_id=regular.pk, quantity=1), buyer=VerifiedUserFactory())
    intent = create_paid_intent(146400, order.code)

    # Delivered without running the after-commit work: the broker was down, so
    # the sweep applies the event, and the refund's own task is lost too.
    post_event(completed(stripe_emulator, payment, payment_intent=intent))
    assert apply_due_events() == ["applied"]
    payment.refresh_from_db()
    assert payment.refund_due_at is not None
    assert not Refund.objects.filter(order=order).exists()

    assert refunds_due_sweep(older_than=timedelta(0)) == 1
    assert refunds_due_sweep(older_than=timedelta(0)) == 0  # once only

    refund = Refund.objects.get(order=order)
    assert refund.amount == Decimal("1464.00")
    assert refund.provider_reference.startswith("re_")
