"""Fifty buyers at once for the last five places: exactly five tickets are sold.

The buyers are threads with their own database connections, released together. The
same run with the quota locking switched off oversells, which shows the test can see
the race it guards against.
"""

import threading
from decimal import Decimal

import pytest
from django.db import connection, connections
from django.utils import timezone

from tests.factories import (
    ConferenceFactory,
    QuotaFactory,
    TicketTypeFactory,
    UserFactory,
    VerifiedUserFactory,
    VoucherFactory,
)
from tests.ticketing.conftest import INVOICE, attendee, create_paid_intent
from ticketing.exceptions import TicketingError
from ticketing.models import Order, OrderPosition, Payment, Refund
from ticketing.services import (
    Item,
    order_place,
    payment_confirm,
    payment_start,
    refund_create,
)

BUYERS = 50
PLACES = 5

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="SQLite serialises every writer, so it cannot show or need row locks; "
        "run with DATABASE_URL=postgres://…",
    ),
]


def rush(ticket_type, buyers) -> tuple[int, list[str]]:
    """All buyers try to buy one ticket at the same instant; returns tickets sold."""
    start = threading.Barrier(len(buyers))
    outcomes: list[str] = []

    def buy(user):
        try:
            start.wait()
            order_place(
                buyer=user,
                conference=ticket_type.conference,
                items=[Item(ticket_type_id=ticket_type.pk, quantity=1)],
                invoice_address=INVOICE,
                attendees=[attendee(user.pk)],
                payment_method="card",
                now=timezone.now(),
            )
            outcomes.append("sold")
        except TicketingError as error:
            outcomes.append(error.code)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=buy, args=(user,)) for user in buyers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    sold = OrderPosition.objects.filter(ticket_type=ticket_type).count()
    return sold, outcomes


def last_places():
    conference = ConferenceFactory()
    ticket_type = TicketTypeFactory(conference=conference, price=Decimal("1220"))
    QuotaFactory(conference=conference, capacity=PLACES, ticket_types=[ticket_type])
    return ticket_type


@pytest.fixture
def buyers():
    return [VerifiedUserFactory() for _ in range(BUYERS)]


def test_locked_quotas_sell_exactly_the_last_places(buyers):
    ticket_type = last_places()

    sold, outcomes = rush(ticket_type, buyers)

    assert sold == PLACES
    assert outcomes.count("sold") == PLACES
    assert outcomes.count("sold_out") == BUYERS - PLACES


def test_without_the_lock_the_same_rush_oversells(buyers, settings):
    settings.TICKETING_LOCK_QUOTAS = False
    # The race depends on thread timing; a few rounds make seeing it near certain.
    results = []
    for _round in range(5):
        sold, _outcomes = rush(last_places(), buyers)
        results.append(sold)
        if sold > PLACES:
            break

    assert max(results) > PLACES, results


def test_a_voucher_is_never_used_more_than_its_limit(buyers):
    ticket_type = last_places()
    QuotaFactory(conference=ticket_type.conference, capacity=100).ticket_types.add(
        ticket_type
    )
    ticket_type.quotas.filter(capacity=PLACES).delete()
    VoucherFactory(conference=ticket_type.conference, code="LAST3", max_uses=3)
    start = threading.Barrier(20)
    outcomes: list[str] = []

    def buy(user):
        try:
            start.wait()
            order_place(
                buyer=user,
                conference=ticket_type.conference,
                items=[Item(ticket_type_id=ticket_type.pk, quantity=1)],
                voucher_code="last3",
                invoice_address=INVOICE,
                attendees=[attendee(user.pk)],
                payment_method="card",
                now=timezone.now(),
            )
            outcomes.append("sold")
        except TicketingError as error:
            outcomes.append(error.code)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=buy, args=(user,)) for user in buyers[:20]]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert OrderPosition.objects.filter(voucher__code="LAST3").count() == 3
    assert outcomes.count("voucher_used_up") == 17


def test_two_staff_refunding_at_once_never_refund_more_than_paid(stripe_emulator):
    ticket_type = last_places()
    buyer = VerifiedUserFactory()
    order = order_place(
        buyer=buyer,
        conference=ticket_type.conference,
        items=[Item(ticket_type_id=ticket_type.pk, quantity=1)],
        invoice_address=INVOICE,
        attendees=[attendee(1)],
        payment_method="card",
    )
    payment = payment_start(order=order, success_url="x", cancel_url="y")
    payment_confirm(
        session_id=payment.provider_reference,
        amount_cents=146400,
        currency="eur",
        payment_intent=create_paid_intent(146400, order.code),
    )
    staff = [UserFactory(is_staff=True) for _ in range(4)]
    start = threading.Barrier(len(staff))
    outcomes: list[str] = []

    def refund(user):
        try:
            start.wait()
            refund_create(order=Order.objects.get(pk=order.pk), actor=user)
            outcomes.append("refunded")
        except TicketingError as error:
            outcomes.append(error.code)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=refund, args=(user,)) for user in staff]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert outcomes.count("refunded") == 1
    assert [r.amount for r in Refund.objects.filter(order=order)] == [
        Payment.objects.get(order=order).amount
    ]
    assert Order.objects.get(pk=order.pk).state == Order.State.REFUNDED
