"""Invoice numbering: gap-free numbers per year, taken under the year's counter lock.

Runs inside the transaction that pays or refunds the order (after the order's lock):
the counter row stays locked until that transaction ends, so numbers follow each
other without gaps; invoices are never deleted, so a number is never reused.

An invoice is a legal document: its language and each line's ticket name, in that
language, are fixed when it is issued (``Invoice.line_names``), so that an editor
renaming a ticket type later does not change invoices already issued.
"""

from django.utils import timezone

from core.i18n_fields import localized

from ..models import Invoice, InvoiceCounter, Order
from .locking import locked_atomic


def invoice_issue(
    *, order: Order, kind: str = Invoice.Kind.INVOICE, refund=None, amount=None
) -> Invoice:
    """Give the next number of the year; call inside the transaction that needs it.

    An order has one invoice: asking again returns it. Credit notes are numbered in the
    same sequence with their own prefix.
    """
    if kind == Invoice.Kind.INVOICE:
        existing = order.invoices.filter(kind=kind).first()
        if existing:
            return existing
    now = timezone.now()
    year = timezone.localtime(now).year
    with locked_atomic():
        InvoiceCounter.objects.get_or_create(year=year)
        counter = InvoiceCounter.objects.select_for_update().get(year=year)
        counter.last_number += 1
        counter.save(update_fields=["last_number"])
        prefix = "AV" if kind == Invoice.Kind.CREDIT_NOTE else "F"
        positions = (refund.positions if refund else order.positions).select_related(
            "ticket_type"
        )
        return Invoice.objects.create(
            order=order,
            kind=kind,
            year=year,
            sequence=counter.last_number,
            number=f"{prefix}{year}-{counter.last_number:05d}",
            refund=refund,
            amount=order.total if amount is None else amount,
            issued_at=now,
            language=order.language,
            line_names={
                str(position.pk): localized(
                    position.ticket_type, "name", order.language
                )
                for position in positions
            },
        )
