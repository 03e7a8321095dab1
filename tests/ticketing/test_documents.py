"""The confirmation e-mail, its PDF tickets and invoice, and invoice numbering."""

import io
import threading

import pytest
from django.db import connection, connections, transaction
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar
from pypdf import PdfReader

from core.models import OutboxMessage
from core.tasks import send_outbox_message, sweep_outbox
from tests.factories import UserFactory
from ticketing.documents import invoice_pdf
from ticketing.models import Invoice, Order
from ticketing.services import Item, invoice_issue, order_mark_paid, refund_create

pytestmark = pytest.mark.django_db


def pdf_text(content: bytes) -> str:
    """The PDF's text with line breaks folded to spaces (titles wrap)."""
    reader = PdfReader(io.BytesIO(content))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


@pytest.fixture
def staff(db):
    return UserFactory(is_staff=True)


@pytest.fixture
def paid(place, regular, venue, staff, django_capture_on_commit_callbacks, mailoutbox):
    order = place(
        Item(ticket_type_id=regular.pk, quantity=2),
        payment_method="bank_transfer",
    )
    order.language = "en"
    order.save()
    with django_capture_on_commit_callbacks(execute=True):
        order = order_mark_paid(order=order, actor=staff)
    return order


def test_the_confirmation_carries_a_ticket_per_attendee_an_invoice_and_an_ics(
    paid, mailoutbox
):
    [message] = mailoutbox
    names = [name for name, _content, _type in message.attachments]
    year = timezone.localtime().year

    assert names == [
        f"ticket-{paid.code}-1.pdf",
        f"ticket-{paid.code}-2.pdf",
        f"invoice-F{year}-00001.pdf",
        f"{paid.conference.slug}.ics",
    ]
    first, second = (pdf_text(content) for _n, content, _t in message.attachments[:2])
    assert "Delegate 0" in first and "Delegate 1" in second
    for text in (first, second):
        assert paid.conference.name in text
        assert paid.code in text
        assert "Le Havre" in text
    invoice = pdf_text(message.attachments[2][1])
    assert f"F{year}-00001" in invoice
    assert "€2,928.00" in invoice and "€488.00" in invoice
    assert "FR12345678901" in invoice
    calendar = Calendar.from_ical(message.attachments[3][1])
    [event] = calendar.walk("VEVENT")
    assert str(event["SUMMARY"]) == paid.conference.name


def test_sending_twice_sends_one_email(paid, mailoutbox):
    row = OutboxMessage.objects.get(
        idempotency_key=f"ticketing.order.{paid.pk}.confirmation"
    )

    assert row.state == OutboxMessage.State.SENT
    assert row.source == "ticketing.order.confirmation"
    assert send_outbox_message(row.pk) == "skipped"
    assert len(mailoutbox) == 1
    assert mailoutbox[0].extra_headers["Message-ID"] == row.message_id


def test_the_pdfs_are_rendered_once_and_kept_with_the_row(paid, mailoutbox):
    row = OutboxMessage.objects.get(source="ticketing.order.confirmation")
    stored = [(a.filename, bytes(a.content)) for a in row.attachments.all()]

    assert row.rendered_at is not None
    assert stored == [(name, content) for name, content, _t in _bytes(mailoutbox[0])]


def _bytes(message):
    return [
        (name, content.encode() if isinstance(content, str) else content, mimetype)
        for name, content, mimetype in message.attachments
    ]


def test_invoice_numbers_follow_each_other_and_a_rollback_leaves_no_gap(
    place, regular, venue
):
    orders = [place(Item(ticket_type_id=regular.pk, quantity=1)) for _ in range(3)]
    first = invoice_issue(order=orders[0])
    with pytest.raises(RuntimeError), transaction.atomic():
        invoice_issue(order=orders[1])
        raise RuntimeError("the payment transaction failed")
    second = invoice_issue(order=orders[1])
    third = invoice_issue(order=orders[2])

    assert [first.sequence, second.sequence, third.sequence] == [1, 2, 3]
    assert invoice_issue(order=orders[0]) == first  # one invoice per order


def test_a_refund_issues_a_credit_note_with_its_own_number(paid, staff):
    [refund] = refund_create(
        order=paid, actor=staff, positions=[paid.positions.first()]
    )

    note = Invoice.objects.get(kind=Invoice.Kind.CREDIT_NOTE)
    assert note.refund == refund
    assert note.number.startswith("AV") and note.sequence == 2
    assert note.amount == refund.amount


def test_invoices_carry_the_mentions_french_law_requires(paid, staff, settings):
    settings.TICKETING_SELLER = {
        **settings.TICKETING_SELLER,
        "siren": "123 456 789",
        "vat_number": "FR12123456789",
    }
    paid.language = "en"
    paid.save(update_fields=["language"])
    invoice = paid.invoices.get(kind=Invoice.Kind.INVOICE)
    refund_create(order=paid, actor=staff, positions=[paid.positions.first()])
    note = Invoice.objects.get(kind=Invoice.Kind.CREDIT_NOTE)

    text = pdf_text(invoice_pdf(invoice))
    credit = pdf_text(invoice_pdf(note))

    for mention in ("Association loi 1901", "123 456 789", "FR12123456789", "Le Havre"):
        assert mention in text
        assert mention in credit
    assert f"Corrects invoice {invoice.number}" in credit.replace("\n", " ")


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="SQLite serialises writers"
)
def test_concurrent_invoices_get_distinct_consecutive_numbers(place, regular, venue):
    orders = [place(Item(ticket_type_id=regular.pk, quantity=1)) for _ in range(10)]
    start = threading.Barrier(len(orders))

    def issue(order):
        start.wait()
        with transaction.atomic():
            invoice_issue(order=order)
        connections.close_all()

    threads = [threading.Thread(target=issue, args=(order,)) for order in orders]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(Invoice.objects.values_list("sequence", flat=True)) == list(
        range(1, 11)
    )


class TestDownloads:
    def test_the_buyer_downloads_tickets_and_invoice(self, client, paid):
        client.force_login(paid.buyer)
        position = paid.positions.first()
        invoice = paid.invoices.get()

        ticket = client.get(
            reverse(
                "ticketing:ticket_download",
                kwargs={"code": paid.code, "pk": position.pk},
            )
        )
        bill = client.get(
            reverse(
                "ticketing:invoice_download",
                kwargs={"code": paid.code, "number": invoice.number},
            )
        )

        assert ticket["Content-Type"] == "application/pdf"
        assert position.attendee_name in pdf_text(ticket.content)
        assert invoice.number in pdf_text(bill.content)

    def test_another_person_gets_404_for_every_document(self, client, paid):
        client.force_login(UserFactory())
        position = paid.positions.first()
        invoice = paid.invoices.get()

        for url in (
            reverse(
                "ticketing:ticket_download",
                kwargs={"code": paid.code, "pk": position.pk},
            ),
            reverse(
                "ticketing:invoice_download",
                kwargs={"code": paid.code, "number": invoice.number},
            ),
        ):
            assert client.get(url).status_code == 404

    def test_an_unpaid_orders_ticket_is_not_issued(self, client, place, regular, venue):
        order = place(Item(ticket_type_id=regular.pk, quantity=1))
        client.force_login(order.buyer)

        response = client.get(
            reverse(
                "ticketing:ticket_download",
                kwargs={"code": order.code, "pk": order.positions.get().pk},
            )
        )

        assert response.status_code == 404
        assert Order.objects.get(pk=order.pk).state == Order.State.PENDING


def test_mail_whose_task_was_lost_is_sent_by_the_sweeper(
    place, regular, venue, mailoutbox
):
    from datetime import timedelta

    order = place(
        Item(ticket_type_id=regular.pk, quantity=1), payment_method="bank_transfer"
    )
    # The order committed but its mail task never reached the broker.
    row = OutboxMessage.objects.get(source="ticketing.order.bank_transfer")
    OutboxMessage.objects.filter(pk=row.pk).update(
        next_attempt_at=timezone.now() - timedelta(minutes=10)
    )
    assert mailoutbox == []

    assert sweep_outbox() == 1
    assert sweep_outbox() == 0
    assert [order.code in m.subject for m in mailoutbox] == [True]
    assert [a[0] for a in mailoutbox[0].attachments] == [f"pro-forma-{order.code}.pdf"]
