"""A day of sales, and the three places staff read money from agree to the cent.

Card and transfer payments, partial and full refunds made in the admin and on
Stripe's dashboard: the sales dashboard, the daily books report and the invoices
and credit notes issued must all say that the same amount was received.
"""

import re
from decimal import Decimal

import pytest

from tests.accounts.fixtures import fresh_cache, totp_now  # noqa: F401 (fixture)
from tests.ticketing.conftest import create_paid_intent
from tests.ticketing.test_refund_books import refunded_on_dashboard
from tests.ticketing.test_roles import member_of, sign_in
from ticketing.models import Invoice, Order, Payment, Refund
from ticketing.services import Item, payment_confirm, payment_start

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

ORDERS = "/admin/ticketing/orders/"
BOOKS = "/admin/ticketing/books/"
SALES = "/admin/ticketing/sales/"


def shown(page: str, testid: str) -> Decimal:
    """The amount shown in the element marked with this data-testid, to the cent.

    Read whatever the admin's language (``10 248,00 €`` or ``€10,248.00``).
    """
    match = re.search(rf'data-testid="{testid}">([^<]*)<', page)
    assert match, f"{testid} is not on the page"
    digits = re.sub(r"\D", "", match.group(1))
    return Decimal(digits) / 100


@pytest.fixture
def cashier(client, settings):
    settings.TICKETING_REFUND_LIMIT = Decimal("100000")
    user = member_of("Ticketing staff", "cashier@aivp.example")
    sign_in(client, user)
    return user


@pytest.fixture
def by_card(place, regular, venue, stripe_emulator):
    def pay(quantity: int) -> Order:
        order = place(Item(ticket_type_id=regular.pk, quantity=quantity))
        payment = payment_start(order=order, success_url="x", cancel_url="y")
        cents = int(order.total * 100)
        payment_confirm(
            session_id=payment.provider_reference,
            amount_cents=cents,
            currency="eur",
            payment_intent=create_paid_intent(cents, order.code),
        )
        order.refresh_from_db()
        assert order.state == Order.State.PAID
        return order

    return pay


def test_a_demo_day_agrees_to_the_cent(
    client,
    cashier,
    place,
    regular,
    by_card,
    post_event,
    django_capture_on_commit_callbacks,
):
    # Regular costs 1 464.00 EUR including VAT.
    two_by_card = by_card(2)  # 2 928.00, then one ticket refunded in the admin
    one_by_card = by_card(1)  # 1 464.00, refunded in full in the admin
    partly_on_stripe = by_card(2)  # 2 928.00, 1 000.00 refunded on Stripe
    fully_on_stripe = by_card(1)  # 1 464.00, refunded in full on Stripe
    transfer = place(
        Item(ticket_type_id=regular.pk, quantity=1), payment_method="bank_transfer"
    )
    unpaid = place(
        Item(ticket_type_id=regular.pk, quantity=1), payment_method="bank_transfer"
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(f"{ORDERS}{transfer.pk}/mark-paid/").status_code == 302
        first_ticket = two_by_card.positions.first()
        assert (
            client.post(
                f"{ORDERS}{two_by_card.pk}/refund/",
                {"positions": [first_ticket.pk], "reason": "Visa refused"},
            ).status_code
            == 302
        )
        assert (
            client.post(
                f"{ORDERS}{one_by_card.pk}/refund/", {"reason": "Cancelled"}
            ).status_code
            == 302
        )
        post_event(refunded_on_dashboard(partly_on_stripe, 100000))
        post_event(refunded_on_dashboard(fully_on_stripe, 146400))

    paid = Decimal("2928.00") + 1464 + 2928 + 1464 + 1464
    refunded = Decimal("1464.00") + 1464 + 1000 + 1464
    received = paid - refunded
    assert received == Decimal("4856.00")
    # The records: every payment invoiced, every refund credited.
    assert Payment.objects.filter(state=Payment.State.CONFIRMED).count() == 5
    assert sum(r.amount for r in Refund.objects.all()) == refunded
    invoices = Invoice.objects.filter(kind=Invoice.Kind.INVOICE)
    notes = Invoice.objects.filter(kind=Invoice.Kind.CREDIT_NOTE)
    assert sum(i.amount for i in invoices) == paid
    assert sum(n.amount for n in notes) == refunded
    assert not invoices.filter(order=unpaid).exists()

    books = client.get(BOOKS).content.decode()
    sales = client.get(SALES).content.decode()

    assert shown(books, "payments") == Decimal("10248.00")
    assert shown(books, "refunds") == Decimal("5392.00")
    assert shown(books, "received") == Decimal("4856.00")
    assert shown(books, "invoices") == Decimal("10248.00")
    assert shown(books, "credit-notes") == Decimal("5392.00")
    assert shown(books, "invoiced") == Decimal("4856.00")
    assert 'data-testid="books-agree"' in books
    assert shown(sales, "received") == Decimal("4856.00")


def test_an_order_whose_books_disagree_is_listed(client, cashier, by_card):
    order = by_card(1)
    # A refund written without its credit note (as an old bug did).
    Refund.objects.create(
        order=order,
        payment=order.payments.get(),
        amount=Decimal("100.00"),
        reason="Goodwill",
    )

    books = client.get(BOOKS).content.decode()

    assert 'data-testid="disagreements"' in books
    assert order.code in books
    assert shown(books, "received") == Decimal("1364.00")
    assert shown(books, "invoiced") == Decimal("1464.00")


def test_door_staff_do_not_see_the_books(client):
    door = member_of("Door staff", "door@aivp.example")
    sign_in(client, door)

    assert client.get(BOOKS).status_code in (302, 403)
