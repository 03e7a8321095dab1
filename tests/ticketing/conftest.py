"""A conference on sale, and helpers to place orders the way the checkout does."""

from decimal import Decimal

import pytest
from django.utils import timezone

from tests.factories import (
    ConferenceFactory,
    QuotaFactory,
    TicketTypeFactory,
    UserFactory,
)
from ticketing.services import Item, order_place

INVOICE = {
    "invoice_name": "Marie Lefèvre",
    "invoice_company": "Port of Le Havre",
    "invoice_address": "Terre-plein de la Barre\n76600 Le Havre",
    "invoice_country": "France",
    "invoice_vat_number": "FR12345678901",
}


def attendee(n: int = 0) -> dict:
    return {
        "attendee_name": f"Delegate {n}",
        "attendee_email": f"delegate{n}@port.example",
        "organisation": "Port of Le Havre",
        "badge_name": f"D{n}",
        "dietary_needs": "",
        "access_needs": "",
    }


@pytest.fixture
def conference(db):
    return ConferenceFactory(vat_rate=Decimal("20.00"))


@pytest.fixture
def regular(conference):
    return TicketTypeFactory(
        conference=conference, name="Regular", price=Decimal("1220.00")
    )


@pytest.fixture
def venue(conference, regular):
    return QuotaFactory(conference=conference, capacity=100, ticket_types=[regular])


@pytest.fixture
def buyer(db):
    return UserFactory(email="buyer@port.example")


@pytest.fixture
def place(conference, buyer):
    """Place an order with sensible defaults; keyword arguments override them."""

    def place_order(*items, **overrides):
        items = items or (
            Item(ticket_type_id=overrides.pop("ticket_type").pk, quantity=1),
        )
        quantity = sum(item.quantity for item in items)
        arguments = {
            "buyer": buyer,
            "conference": conference,
            "items": list(items),
            "voucher_code": "",
            "invoice_address": INVOICE,
            "attendees": [attendee(n) for n in range(quantity)],
            "payment_method": "card",
            "now": timezone.now(),
        }
        arguments.update(overrides)
        return order_place(**arguments)

    return place_order
