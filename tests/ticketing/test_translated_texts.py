"""Conference and ticket type texts in the reader's language, else in French."""

import io
from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone, translation
from pypdf import PdfReader

from core.i18n_fields import column, localized
from tests.factories import QuotaFactory, TicketTypeFactory, UserFactory
from ticketing.documents import invoice_pdf, ticket_pdf
from ticketing.models import Invoice, WaitingListEntry
from ticketing.services import (
    Item,
    group_request_create,
    group_request_decide,
    order_mark_paid,
)
from ticketing.services.mail import waiting_list_offer_message

pytestmark = pytest.mark.django_db


def pdf_text(content: bytes) -> str:
    reader = PdfReader(io.BytesIO(content))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


@pytest.fixture
def conference(conference):
    conference.name = "Conférence mondiale des villes portuaires"
    conference.name_en = "World Conference of Port Cities"
    conference.name_es = "Conferencia mundial de ciudades portuarias"
    conference.terms = "Les billets sont nominatifs."
    conference.terms_es = "Las entradas son nominativas."
    conference.save()
    return conference


@pytest.fixture
def regular(conference):
    return TicketTypeFactory(
        conference=conference,
        name="Tarif normal",
        name_en="Regular rate",
        name_es="Tarifa general",
        description="Trois jours de conférence.",
        description_en="Three days of conference.",
        description_es="Tres días de conferencia.",
        price=Decimal("1220.00"),
    )


@pytest.fixture
def member(conference):
    """Translated into Spanish only: English readers get the French name."""
    return TicketTypeFactory(
        conference=conference,
        name="Tarif membre",
        name_es="Tarifa miembro",
        price=Decimal("940.00"),
        sort_order=1,
    )


@pytest.fixture
def venue(conference, regular, member):
    return QuotaFactory(
        conference=conference, capacity=100, ticket_types=[regular, member]
    )


@pytest.fixture
def order(place, regular, venue):
    return place(
        Item(ticket_type_id=regular.pk, quantity=1), payment_method="bank_transfer"
    )


@pytest.fixture
def staff(db):
    return UserFactory(is_staff=True)


def test_localized_reads_the_language_column_and_falls_back_to_french(regular, member):
    assert column("name", "fr") == "name" and column("name", "es-ar") == "name_es"
    assert localized(regular, "name", "es") == "Tarifa general"
    assert localized(regular, "name", "fr") == "Tarif normal"
    assert localized(member, "name", "en") == "Tarif membre"  # left blank
    assert localized(member, "name", "de") == "Tarif membre"  # no such column
    with translation.override("es"):
        assert member.local_name == "Tarifa miembro"
        assert regular.local_description == "Tres días de conferencia."


@pytest.mark.parametrize(
    ("language", "shown", "hidden"),
    [
        ("fr", ["Tarif normal", "Tarif membre", "Trois jours"], ["Regular rate"]),
        ("es", ["Tarifa general", "Tarifa miembro", "Tres días"], ["Tarif normal"]),
        ("en", ["Regular rate", "Tarif membre", "Three days"], ["Tarif normal"]),
    ],
)
def test_the_ticket_page_names_tickets_in_the_visitors_language(
    client, buyer, conference, venue, language, shown, hidden
):
    client.force_login(buyer)

    html = client.get(f"/{language}/tickets/{conference.slug}/").content.decode()

    assert localized(conference, "name", language) in html
    assert all(text in html for text in shown)
    assert not any(text in html for text in hidden)


@pytest.mark.parametrize(
    ("language", "name"), [("fr", "Tarif normal"), ("es", "Tarifa general")]
)
def test_the_order_page_names_tickets_in_the_visitors_language(
    client, buyer, order, language, name
):
    client.force_login(buyer)

    html = client.get(f"/{language}/tickets/orders/{order.code}/").content.decode()

    assert name in html
    assert "Regular rate" not in html


def test_the_ticket_and_the_invoice_of_a_french_order_are_in_french(
    order, staff, django_capture_on_commit_callbacks
):
    order.language = "fr"
    order.save()
    with django_capture_on_commit_callbacks(execute=True):
        order = order_mark_paid(order=order, actor=staff)

    ticket = pdf_text(ticket_pdf(order.positions.get()))
    invoice = pdf_text(invoice_pdf(order.invoices.get(kind=Invoice.Kind.INVOICE)))

    assert "Tarif normal" in ticket and "Conférence mondiale" in ticket
    assert "Regular rate" not in ticket
    assert "Tarif normal" in invoice and "Regular rate" not in invoice


def test_an_issued_invoice_keeps_the_ticket_name_it_was_issued_with(
    order, regular, staff, django_capture_on_commit_callbacks
):
    order.language = "es"
    order.save()
    with django_capture_on_commit_callbacks(execute=True):
        order = order_mark_paid(order=order, actor=staff)
    invoice = order.invoices.get(kind=Invoice.Kind.INVOICE)
    regular.name_es = "Tarifa completa"
    regular.save()

    with translation.override("fr"):
        text = pdf_text(invoice_pdf(invoice))

    assert invoice.language == "es"
    assert "Tarifa general" in text and "Tarifa completa" not in text
    assert "Factura" in text  # still in the language it was issued in


def test_the_confirmation_of_a_spanish_order_is_in_spanish(
    order, staff, mailoutbox, django_capture_on_commit_callbacks
):
    order.language = "es"
    order.save()
    with django_capture_on_commit_callbacks(execute=True):
        order_mark_paid(order=order, actor=staff)

    [message] = mailoutbox
    assert "Conferencia mundial de ciudades portuarias" in message.subject
    assert "Tarifa general" in message.body
    assert "Tarif normal" not in message.body


def test_a_waiting_list_offer_to_a_spanish_speaker_is_in_spanish(
    conference, member, venue
):
    user = UserFactory(email="espera@puerto.example", language="es")
    entry = WaitingListEntry.objects.create(
        conference=conference,
        ticket_type=member,
        user=user,
        quantity=1,
        state=WaitingListEntry.State.OFFERED,
        offered_at=timezone.now(),
        offer_expires_at=timezone.now() + timedelta(days=1),
    )

    message = waiting_list_offer_message(entry)

    assert "Tarifa miembro" in message.subject
    assert "Tarifa miembro" in message.body
    assert "Conferencia mundial de ciudades portuarias" in message.body


def test_editors_write_each_language_in_its_own_group(client, regular):
    client.force_login(UserFactory(is_staff=True, is_superuser=True, mfa=True))
    edit = f"/admin/ticketing/ticket-types/edit/{regular.pk}/"

    html = client.get(edit).content.decode()
    data = {
        "conference": regular.conference_id,
        "name": "Tarif normal",
        "name_en": "Regular rate",
        "name_es": "Tarifa ordinaria",
        "description": "",
        "description_en": "",
        "description_es": "",
        "price": "1220.00",
        "available_from": "",
        "available_until": "",
        "min_per_order": "1",
        "max_per_order": "10",
        "sort_order": "0",
    }
    response = client.post(edit, data)

    assert all(f'name="{field}"' in html for field in ("name", "name_en", "name_es"))
    # The admin speaks French here: one heading per language, labelled fields.
    assert "data-panel-heading-text>Espagnol<" in html
    assert "Nom (espagnol)" in html
    assert response.status_code == 302
    regular.refresh_from_db()
    assert regular.name_es == "Tarifa ordinaria" and regular.description_en == ""


def test_a_group_booking_answer_to_a_spanish_speaker_is_in_spanish(
    conference, staff, settings, mailoutbox, django_capture_on_commit_callbacks
):
    settings.TICKETING_OPEN_PLACES_PER_BUYER = 10
    buyer = UserFactory(email="grupo@puerto.example", language="es")
    request = group_request_create(
        buyer=buyer,
        conference=conference,
        places=30,
        organisation="Puerto de Valencia",
        message="Nuestra delegación",
    )
    with django_capture_on_commit_callbacks(execute=True):
        group_request_decide(request=request, actor=staff, approve=True)

    [message] = [m for m in mailoutbox if m.to == ["grupo@puerto.example"]]
    text = message.subject + message.body
    assert "Conferencia mundial de ciudades portuarias" in text
    assert "Conférence mondiale" not in text
