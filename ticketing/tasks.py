"""Background work for ticketing: thin adapters that load by id and call a service.

Every task is idempotent: the services it calls find the work done and do nothing.
Ticketing's mails are rows of the site's outbox, sent by ``core.tasks``.
"""

from celery import shared_task

from .models import TicketType
from .services import (
    orders_expire_overdue,
    refund_unplaceable_payment,
    refunds_due_sweep,
    stripe_event_apply,
    stripe_events_due,
    waiting_list_offer_next,
)
from .services import waiting_list_sweep as sweep_waiting_lists


@shared_task
def expire_orders() -> int:
    """Release the tickets of pending orders past their hold or due date."""
    return orders_expire_overdue()


@shared_task
def refund_late_payment(payment_pk: int) -> bool:
    """Refund card money that arrived for places no longer available (idempotent)."""
    return refund_unplaceable_payment(payment_id=payment_pk) is not None


@shared_task
def refund_due_payments() -> int:
    """Refund payments still owing a refund (their task was lost); idempotent."""
    return refunds_due_sweep()


@shared_task
def waiting_list_offer(ticket_type_pk: int) -> bool:
    """Places of a ticket type came back: offer them to the next person waiting."""
    ticket_type = TicketType.objects.filter(pk=ticket_type_pk).first()
    if ticket_type is None:
        return False
    return waiting_list_offer_next(ticket_type=ticket_type) is not None


@shared_task
def waiting_list_sweep() -> int:
    """Expire stale waiting-list offers and offer free places to the next in line."""
    return sweep_waiting_lists()


@shared_task(acks_late=True)
def apply_stripe_event(event_pk: int) -> str:
    """Apply one stored Stripe event; a second run finds it applied and skips."""
    return stripe_event_apply(event_pk=event_pk)


@shared_task
def sweep_stripe_events() -> int:
    """Apply the Stripe events whose task was lost or whose next attempt is due."""
    due = stripe_events_due()
    for event_pk in due:
        apply_stripe_event.delay(event_pk)
    return len(due)
