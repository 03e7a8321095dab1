"""The buyer's e-mails, written to the site's one outbox with the change they report.

The row is recorded in the same transaction as the payment, the order or the offer,
once per order and kind (or per offer): its idempotency key is unique. Subject and
body are rendered then, in the order's language; the PDFs (tickets, invoice,
pro-forma) are rendered by ``order_mail_render`` at the first send attempt, outside
the payment's locks, and stored with the row (docs/mail.md).
"""

from django.conf import settings
from django.core.mail import EmailMessage
from django.db.models import TextChoices
from django.template.loader import render_to_string
from django.utils import translation

from core.outbox import outbox_queue as core_outbox_queue

from .. import documents
from ..models import Order, WaitingListEntry

# Names under which ticketing's renderers are registered (wagtail_hooks.py).
ORDER_MAIL_RENDERER = "ticketing.order_mail"
OFFER_MAIL_RENDERER = "ticketing.waiting_list_offer"


class OrderMail(TextChoices):
    """The mails an order sends, each at most once."""

    CONFIRMATION = "confirmation"
    BANK_TRANSFER = "bank_transfer"


MAIL_TEMPLATES = {
    OrderMail.CONFIRMATION: "ticketing/email/confirmation",
    OrderMail.BANK_TRANSFER: "ticketing/email/bank_transfer",
}


def order_mail_key(order_pk: int, kind: str) -> str:
    return f"ticketing.order.{order_pk}.{kind}"


def offer_mail_key(entry_pk: int) -> str:
    return f"ticketing.waitinglist.{entry_pk}.offer"


def _render(template: str, context: dict) -> tuple[str, str]:
    """Subject (on one line) and body of a mail, in the active language."""
    subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
    return subject, render_to_string(f"{template}.txt", context)


def order_mail_message(*, order: Order, kind: str, attachments: bool) -> EmailMessage:
    """The mail of an order, in the order's language, with or without its files."""
    with translation.override(order.language):
        subject, body = _render(
            MAIL_TEMPLATES[kind], {"order": order, "positions": order.positions.all()}
        )
        message = EmailMessage(subject=subject, body=body, to=[order.buyer.email])
        if attachments:
            for name, content, mimetype in documents.attachments_for(order, kind):
                message.attach(name, content, mimetype)
    return message


def outbox_queue(*, order: Order, kind: str) -> None:
    """Record the order's mail of this kind, once, in the current transaction."""
    core_outbox_queue(
        message=order_mail_message(order=order, kind=kind, attachments=False),
        source=f"ticketing.order.{kind}",
        key=order_mail_key(order.pk, kind),
        language=order.language,
        renderer=ORDER_MAIL_RENDERER,
        render_args={"order": order.pk, "kind": kind},
    )


def order_mail_render(*, order: int, kind: str) -> EmailMessage:
    """The whole mail with its PDFs, rendered at the first send attempt."""
    order = Order.objects.select_related("conference", "buyer").get(pk=order)
    return order_mail_message(order=order, kind=kind, attachments=True)


def waiting_list_offer_message(entry: WaitingListEntry) -> EmailMessage:
    language = getattr(entry.user, "language", "") or translation.get_language()
    with translation.override(language):
        subject, body = _render(
            "ticketing/email/waiting_list_offer",
            {"entry": entry, "base_url": settings.WAGTAILADMIN_BASE_URL},
        )
    return EmailMessage(subject=subject, body=body, to=[entry.user.email])


def waiting_list_offer_queue(*, entry: WaitingListEntry) -> None:
    """Record the offer's mail, once, in the transaction that makes the offer."""
    core_outbox_queue(
        message=waiting_list_offer_message(entry),
        source="ticketing.waitinglist.offer",
        key=offer_mail_key(entry.pk),
    )


def waiting_list_offer_render(*, entry: int) -> EmailMessage:
    """The offer's mail, for offers recorded before mails were whole outbox rows."""
    entry = WaitingListEntry.objects.select_related(
        "ticket_type", "conference", "user"
    ).get(pk=entry)
    return waiting_list_offer_message(entry)
