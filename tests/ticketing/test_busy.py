"""A lock held too long answers "busy, try again", never an error page.

Another transaction (a thread with its own connection) holds the row a service needs:
the order while the delegate starts a card payment or staff mark a transfer paid, the
ticket while the door staff scan it. Each page answers "busy" and changes nothing;
once the lock is released the same request succeeds.
"""

import threading
from contextlib import contextmanager

import pytest
from django.contrib.messages import get_messages
from django.db import connection, connections, transaction
from django.test import Client
from django.utils import translation

from tests.factories import UserFactory
from ticketing.exceptions import TicketingBusy
from ticketing.models import Order, OrderPosition, Payment
from ticketing.services import Item, order_mark_paid

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="SQLite locks the whole database, not rows; "
        "run with DATABASE_URL=postgres://…",
    ),
]


@contextmanager
def row_locked(model, pk):
    """Hold ``SELECT … FOR UPDATE`` on one row from another connection."""
    locked, release = threading.Event(), threading.Event()

    def hold():
        try:
            with transaction.atomic():
                model.objects.select_for_update().get(pk=pk)
                locked.set()
                release.wait(10)
        finally:
            connections.close_all()

    holder = threading.Thread(target=hold)
    holder.start()
    assert locked.wait(10), "the lock was not taken"
    try:
        yield
    finally:
        release.set()
        holder.join()


@pytest.fixture(autouse=True)
def short_lock_timeout(settings):
    settings.LOCK_TIMEOUT = "200ms"


@pytest.fixture
def staff(db):
    return UserFactory(
        email="desk@aivp.example", is_staff=True, is_superuser=True, mfa=True
    )


def says_busy(response) -> bool:
    """Whether the page's messages include "busy", in the language of the request."""
    with translation.override(response.wsgi_request.LANGUAGE_CODE):
        busy = str(TicketingBusy.default_message)
    return busy in [str(message) for message in get_messages(response.wsgi_request)]


def test_starting_a_card_payment_answers_busy_then_works(
    place, regular, venue, buyer, fake_stripe
):
    order = place(Item(ticket_type_id=regular.pk, quantity=1))
    delegate = Client()
    delegate.force_login(buyer)
    pay_url = f"/en/tickets/orders/{order.code}/pay/"

    with row_locked(Order, order.pk):
        response = delegate.post(pay_url)

    assert response.status_code == 302
    assert response["Location"].endswith(f"/orders/{order.code}/")
    assert says_busy(response)
    assert not Payment.objects.filter(order=order).exists()

    response = delegate.post(pay_url)

    payment = Payment.objects.get(order=order)
    assert response.status_code == 302
    assert response["Location"] == payment.checkout_url


def test_marking_a_transfer_paid_answers_busy_then_works(place, regular, venue, staff):
    order = place(
        Item(ticket_type_id=regular.pk, quantity=1), payment_method="bank_transfer"
    )
    desk = Client()
    desk.force_login(staff)
    mark_paid_url = f"/admin/ticketing/orders/{order.pk}/mark-paid/"

    with row_locked(Order, order.pk):
        response = desk.post(mark_paid_url)

    assert response.status_code == 302
    assert says_busy(response)
    order.refresh_from_db()
    assert order.state == Order.State.PENDING
    assert not order.payments.filter(state=Payment.State.CONFIRMED).exists()

    response = desk.post(mark_paid_url)

    assert response.status_code == 302
    order.refresh_from_db()
    assert order.state == Order.State.PAID


def test_checking_in_answers_busy_then_admits(place, regular, venue, staff, homes):
    order = place(
        Item(ticket_type_id=regular.pk, quantity=1), payment_method="bank_transfer"
    )
    order_mark_paid(order=order, actor=staff)
    ticket = order.positions.get()
    desk = Client()
    desk.force_login(staff)

    with row_locked(OrderPosition, ticket.pk):
        response = desk.post("/en/tickets/check-in/", {"secret": ticket.secret})

    assert response.status_code == 503
    html = response.content.decode()
    assert "check-in__result--busy" in html
    assert "scan the ticket again" in html
    ticket.refresh_from_db()
    assert ticket.checked_in_at is None

    response = desk.post("/en/tickets/check-in/", {"secret": ticket.secret})

    assert response.status_code == 200
    assert "check-in__result--ok" in response.content.decode()
    ticket.refresh_from_db()
    assert ticket.checked_in_at is not None
