"""Background work for ticketing: thin adapters that load by id and call a service.

Every task is idempotent: the services it calls find the work done and do nothing.
"""

from datetime import timedelta

from celery import shared_task
from django.utils import timezone

from .exceptions import TicketingBusy
from .models import Outbox, TicketType
from .services import (
    orders_expire_overdue,
    outbox_send,
    refund_unplaceable_payment,
    waiting_list_offer_next,
    waiting_list_offer_send,
)
from .services import waiting_list_sweep as sweep_waiting_lists


@shared_task(autoretry_for=(OSError, TicketingBusy), retry_backoff=True, max_retries=8)
def send_order_mail(outbox_pk: int) -> bool:
    """Send one outbox mail; a second run finds it sent and does nothing."""
    return outbox_send(outbox_pk=outbox_pk)


@shared_task
def expire_orders() -> int:
    """Release the tickets of pending orders past their hold or due date."""
    return orders_expire_overdue()


@shared_task
def refund_late_payment(payment_pk: int) -> bool:
    """Refund card money that arrived for places no longer available (idempotent)."""
    return refund_unplaceable_payment(payment_id=payment_pk) is not None


@shared_task
def send_pending_mail(older_than_minutes: int = 5) -> int:
    """Queue again any outbox mail still unsent (the broker was down at commit)."""
    cutoff = timezone.now() - timedelta(minutes=older_than_minutes)
    pending = list(
        Outbox.objects.filter(sent_at__isnull=True, created_at__lte=cutoff).values_list(
            "pk", flat=True
        )
    )
    for outbox_pk in pending:
        send_order_mail.delay(outbox_pk)
    return len(pending)


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


@shared_task(autoretry_for=(OSError, TicketingBusy), retry_backoff=True, max_retries=8)
def send_waiting_list_offer(entry_pk: int) -> bool:
    """Tell a person their places are kept for them; a second run sends nothing."""
    return waiting_list_offer_send(entry_pk=entry_pk)
