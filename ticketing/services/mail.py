"""The buyer's e-mails: queued in the outbox with the change, rendered and sent once.

An outbox row is written in the same transaction as the business change it reports,
and sent after commit by a task; sending locks the row and stamps it, so a second run
(a retry, or the sweep of unsent mail) sends nothing. The same holds for the
waiting-list offer, stamped on its entry.
"""

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from .. import documents
from ..models import Order, Outbox, WaitingListEntry
from .locking import locked_atomic

MAIL_TEMPLATES = {
    Outbox.Kind.CONFIRMATION: "ticketing/email/confirmation",
    Outbox.Kind.BANK_TRANSFER: "ticketing/email/bank_transfer",
}


def outbox_queue(*, order: Order, kind: str) -> None:
    """Queue a mail once per order and kind; the task sends it after commit."""
    from ..tasks import send_order_mail

    outbox, created = Outbox.objects.get_or_create(order=order, kind=kind)
    if created:
        transaction.on_commit(lambda: send_order_mail.delay(outbox.pk))


def _render(template: str, context: dict) -> tuple[str, str]:
    """Subject (on one line) and body of a mail, in the active language."""
    subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
    return subject, render_to_string(f"{template}.txt", context)


def order_mail_message(outbox: Outbox) -> EmailMessage:
    """The mail of an outbox row, in the order's language, with its attachments."""
    order = outbox.order
    with translation.override(order.language):
        subject, body = _render(
            MAIL_TEMPLATES[outbox.kind],
            {"order": order, "positions": order.positions.all()},
        )
        message = EmailMessage(subject=subject, body=body, to=[order.buyer.email])
        for name, content, mimetype in documents.attachments_for(outbox):
            message.attach(name, content, mimetype)
    return message


def outbox_send(*, outbox_pk: int) -> bool:
    """Send one outbox mail; a second run finds it sent and does nothing."""
    with locked_atomic():
        outbox = (
            Outbox.objects.select_for_update()
            .select_related("order__conference", "order__buyer")
            .filter(pk=outbox_pk, sent_at__isnull=True)
            .first()
        )
        if outbox is None:
            return False
        order_mail_message(outbox).send()
        outbox.sent_at = timezone.now()
        outbox.save(update_fields=["sent_at"])
    return True


def waiting_list_offer_send(*, entry_pk: int) -> bool:
    """Tell a person their places are kept for them; a second run sends nothing."""
    with locked_atomic():
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
            subject, body = _render(
                "ticketing/email/waiting_list_offer",
                {"entry": entry, "base_url": settings.WAGTAILADMIN_BASE_URL},
            )
        EmailMessage(subject=subject, body=body, to=[entry.user.email]).send()
        entry.offer_mailed_at = timezone.now()
        entry.save(update_fields=["offer_mailed_at"])
    return True
