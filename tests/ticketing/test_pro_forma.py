"""The pro-forma invoice a bank-transfer buyer pays from: mailed and downloadable."""

import io

import pytest
from django.urls import reverse
from django.utils import formats, timezone
from pypdf import PdfReader

from tests.factories import VerifiedUserFactory
from ticketing.models import Invoice, InvoiceCounter
from ticketing.services import Item

pytestmark = pytest.mark.django_db

BANK = "AIVP · IBAN FR76 3000 4000 0500 0012 3456 789 · BIC BNPAFRPPXXX"


def pdf_text(content: bytes) -> str:
    reader = PdfReader(io.BytesIO(content))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


@pytest.fixture
def transfer(conference, place, regular, venue, django_capture_on_commit_callbacks):
    conference.bank_details = BANK
    conference.save()
    with django_capture_on_commit_callbacks() as callbacks:
        order = place(
            Item(ticket_type_id=regular.pk, quantity=2), payment_method="bank_transfer"
        )
    order.language = "en"
    order.save()
    for callback in callbacks:
        callback()
    return order


def test_the_bank_transfer_mail_carries_the_pro_forma_invoice(transfer, mailoutbox):
    [message] = mailoutbox
    [(name, content, mimetype)] = message.attachments
    assert name == f"pro-forma-{transfer.code}.pdf"
    assert mimetype == "application/pdf"
    text = pdf_text(content)
    assert "Pro-forma invoice" in text
    assert "This is not an invoice" in text
    assert transfer.code in text
    assert "FR76 3000 4000 0500 0012 3456 789" in text
    due = formats.date_format(timezone.localtime(transfer.expires_at), "DATE_FORMAT")
    assert f"Due date: {due}" in text
    assert "€2,928.00" in text
    # No invoice number was taken.
    assert not Invoice.objects.exists()
    assert not InvoiceCounter.objects.filter(last_number__gt=0).exists()


def test_the_owner_downloads_it_and_nobody_else(client, buyer, transfer):
    url = reverse("ticketing:pro_forma_download", kwargs={"code": transfer.code})
    client.force_login(buyer)
    detail = client.get(
        reverse("ticketing:order_detail", kwargs={"code": transfer.code})
    )
    assert url in detail.text
    response = client.get(url)
    assert response.status_code == 200
    assert "Pro-forma invoice" in pdf_text(response.content)

    client.force_login(VerifiedUserFactory())
    assert client.get(url).status_code == 404
