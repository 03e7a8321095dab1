"""Background work for ticketing: mail from the outbox, expiry of unpaid orders."""

import logging
from datetime import timedelta

from celery import shared_task
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from .models import Order, Outbox
from .services import orders_expire_overdue, refund_unplaceable_payment

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
