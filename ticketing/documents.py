"""The files a buyer receives: one PDF ticket per attendee, the invoice, an .ics.

Rendering only (invoice numbers are given by ``services.invoices``). PDFs are rendered
from templates by WeasyPrint; a ticket's QR code (segno) holds only its unguessable
secret, which the check-in desk looks up. Everything is written in the order's
language, conference and ticket names included (``local_name``); an invoice keeps
the language and ticket names it was issued with.
"""

import segno
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone, translation
from icalendar import Calendar
from icalendar import Event as CalendarEvent

from core.pdf import html_to_pdf

from .models import Conference, Invoice, Order, OrderPosition


def _pdf(template: str, context: dict, language: str) -> bytes:
    with translation.override(language):
        html = render_to_string(template, context)
    return html_to_pdf(html)


def qr_data_uri(secret: str) -> str:
    return segno.make(secret, error="m").svg_data_uri(scale=6, border=2)


def ticket_pdf(position: OrderPosition) -> bytes:
    order = position.order
    return _pdf(
        "ticketing/pdf/ticket.html",
        {
            "position": position,
            "order": order,
            "conference": order.conference,
            "qr": qr_data_uri(position.secret),
        },
        order.language,
    )


def _with_line_names(positions, issued: dict | None = None) -> list[OrderPosition]:
    """The positions, each with ``line_name``: as issued, else in the active language.

    Call it inside the language the document is written in.
    """
    lines = list(positions)
    for position in lines:
        position.line_name = (issued or {}).get(
            str(position.pk), position.ticket_type.local_name
        )
    return lines


def invoice_pdf(invoice: Invoice) -> bytes:
    order = invoice.order
    positions = order.positions.select_related("ticket_type")
    if invoice.refund_id:
        positions = invoice.refund.positions.select_related("ticket_type")
    language = invoice.language or order.language
    with translation.override(language):
        positions = _with_line_names(positions, invoice.line_names)
    return _pdf(
        "ticketing/pdf/invoice.html",
        {
            "invoice": invoice,
            "order": order,
            "conference": order.conference,
            "positions": positions,
            "seller": settings.TICKETING_SELLER,
            # A credit note names the invoice it corrects.
            "corrected": order.invoices.filter(kind=Invoice.Kind.INVOICE).first()
            if invoice.kind == Invoice.Kind.CREDIT_NOTE
            else None,
        },
        language,
    )


def pro_forma_pdf(order: Order) -> bytes:
    """The quote a bank-transfer buyer pays from; it takes no invoice number."""
    positions = (
        order.positions.filter(cancelled_at__isnull=True)
        .select_related("ticket_type")
        .order_by("pk")
    )
    with translation.override(order.language):
        positions = _with_line_names(positions)
    return _pdf(
        "ticketing/pdf/pro_forma.html",
        {
            "order": order,
            "conference": order.conference,
            "positions": positions,
            "issued_at": order.created_at,
        },
        order.language,
    )


def pro_forma_filename(order: Order) -> str:
    return f"pro-forma-{order.code}.pdf"


def conference_ics(conference: Conference) -> bytes:
    """The conference in a calendar, named in the active language."""
    calendar = Calendar()
    calendar.add("prodid", "-//AIVP//Ticketing//EN")
    calendar.add("version", "2.0")
    event = CalendarEvent()
    event.add("uid", f"conference-{conference.pk}@aivp.org")
    event.add("summary", conference.local_name)
    event.add("dtstart", conference.starts_at)
    event.add("dtend", conference.ends_at)
    event.add("dtstamp", timezone.now())
    if conference.local_venue:
        event.add("location", conference.local_venue)
    calendar.add_component(event)
    return calendar.to_ical()


def attachments_for(order: Order, kind: str) -> list[tuple[str, bytes, str]]:
    """Files attached to an order's mail: the pro-forma invoice for a transfer;
    tickets, invoice and calendar on payment."""
    if kind == "bank_transfer":
        return [(pro_forma_filename(order), pro_forma_pdf(order), "application/pdf")]
    if kind != "confirmation":
        return []
    if not order.conference.sells_tickets:
        invoice = order.invoices.filter(kind=Invoice.Kind.INVOICE).first()
        return (
            [(f"invoice-{invoice.number}.pdf", invoice_pdf(invoice), "application/pdf")]
            if invoice
            else []
        )
    files = [
        (f"ticket-{order.code}-{n}.pdf", ticket_pdf(position), "application/pdf")
        for n, position in enumerate(
            order.positions.filter(cancelled_at__isnull=True).select_related(
                "ticket_type", "order__conference"
            ),
            start=1,
        )
    ]
    invoice = order.invoices.filter(kind=Invoice.Kind.INVOICE).first()
    if invoice:
        files.append(
            (f"invoice-{invoice.number}.pdf", invoice_pdf(invoice), "application/pdf")
        )
    ics = conference_ics(order.conference)
    files.append((f"{order.conference.slug}.ics", ics, "text/calendar"))
    return files
