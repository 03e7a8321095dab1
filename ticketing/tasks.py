"""Background work for ticketing: mail from the outbox, expiry of unpaid orders."""

import logging
from datetime import timedelta

from celery import shared_task
from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from .models import Order, Outbox, TicketType, WaitingListEntry
from .services import (
    orders_expire_overdue,
    refund_unplaceable_payment,
    waiting_list_offer_next,
)
from .services import waiting_list_sweep as sweep_waiting_lists

logger = logging.getLogger(__name__)

MAIL_TEMPLATES = {
    Outbox.Kind.CONFIRMATION: "ticketing/email/confirmation",
    Outbox.Kind.BANK_TRANSFER: "ticketing/email/bank_transfer",
}


def _attachments(outbox: Outbox) -> list[tuple[str, bytes, str]]:
    from . import documents

    return documents.attachments_for(outbox)


@shared_task(autoretry_for=(OSError,), retry_backoff=True, max_retries=8)
def send_order_mail(outbox_pk: int) -> bool:
    """Send one outbox mail; a second run finds it sent and does nothing."""
    with transaction.atomic():
        outbox = (
            Outbox.objects.select_for_update()
            .select_related("order__conference", "order__buyer")
            .filter(pk=outbox_pk, sent_at__isnull=True)
            .first()
        )
        if outbox is None:
            return False
        order: Order = outbox.order
        template = MAIL_TEMPLATES[outbox.kind]
        with translation.override(order.language):
            context = {"order": order, "positions": order.positions.all()}
            subject = " ".join(
                render_to_string(f"{template}_subject.txt", context).split()
            )
            body = render_to_string(f"{template}.txt", context)
            message = EmailMessage(subject=subject, body=body, to=[order.buyer.email])
            for name, content, mimetype in _attachments(outbox):
                message.attach(name, content, mimetype)
        message.send()
        outbox.sent_at = timezone.now()
        outbox.save(update_fields=["sent_at"])
    return True


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


@shared_task(autoretry_for=(OSError,), retry_backoff=True, max_retries=8)
def send_waiting_list_offer(entry_pk: int) -> bool:
    """Tell a person their places are kept for them; a second run sends nothing."""
    with transaction.atomic():
        entry = (
            WaitingListEntry.objects.select_for_update()
            .select_related("ticket_type", "conference", "user")
            .filter(
                pk=entry_pk,
                state=WaitingListEntry.State.OFFERED,
                offer_mailed_at__isnull=True,
            )
            .first()
        )
        if entry is None:
            return False
        language = getattr(entry.user, "language", "") or translation.get_language()
        with translation.override(language):
            context = {"entry": entry, "base_url": settings.WAGTAILADMIN_BASE_URL}
            subject = " ".join(
                render_to_string(
                    "ticketing/email/waiting_list_offer_subject.txt", context
                ).split()
            )
            body = render_to_string("ticketing/email/waiting_list_offer.txt", context)
        EmailMessage(subject=subject, body=body, to=[entry.user.email]).send()
        entry.offer_mailed_at = timezone.now()
        entry.save(update_fields=["offer_mailed_at"])
    return True
