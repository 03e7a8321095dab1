"""A paid event: the place is held, paid through ticketing's checkout, and the
order decides it."""

import datetime
from decimal import Decimal

import pytest
from django.core import mail
from django.utils import timezone

from core.models import OutboxMessage
from events.fees import order_state_changed, release_unpaid
from events.models import Registrant
from events.services import registrant_cancel, registrant_register
from tests.factories import AffiliationFactory, UserFactory, VerifiedUserFactory
from tests.ticketing.conftest import INVOICE, _configure
from tests.ticketing.stripe_fakes import FakeStripe
from ticketing.models import Conference, Order
from ticketing.services import order_expire, order_mark_paid, refund_create

pytestmark = pytest.mark.django_db

State = Registrant.State


@pytest.fixture
def paid(registration):
    """One place at 100 € excl. VAT, 40 € for members, 20 % VAT."""
    registration.capacity = 1
    registration.price = Decimal("100.00")
    registration.member_price = Decimal("40.00")
    registration.save()
    return registration


@pytest.fixture
def staff(db):
    return UserFactory(
        email="sales@aivp.example", is_staff=True, is_superuser=True, mfa=True
    )


@pytest.fixture
def fake_stripe(settings):
    fake = FakeStripe()
    _configure(settings, fake)
    yield fake
    fake.stop()


def register(client, registration, user=None):
    user = user or VerifiedUserFactory(first_name="Ana", last_name="Ruiz")
    client.force_login(user)
    response = client.post(
        f"/en/events/{registration.pk}/register/", {"organisation": "Port of Vigo"}
    )
    return user, response


def pay_by_transfer(client, registrant, **extra):
    client.force_login(registrant.user)
    return client.post(
        f"/en/events/registrants/{registrant.pk}/pay/",
        {**INVOICE, "payment_method": "bank_transfer", **extra},
    )


def test_registering_holds_a_place_and_leads_to_its_payment(client, paid, webinar):
    user, response = register(client, paid)

    registrant = Registrant.objects.get(user=user)
    assert registrant.state == State.PENDING
    assert response["Location"] == f"/en/events/registrants/{registrant.pk}/pay/"
    page = client.get(response["Location"]).content.decode()
    # The non-member price with 20 % VAT: 100.00 + 20.00.
    assert "€120.00" in page and "€20.00" in page
    # The held place is a place: the next person waits.
    _, _response = register(client, paid)
    assert Registrant.objects.exclude(user=user).get().state == State.WAITLISTED
    # The mail says how to pay; the join link waits for the payment.
    held = OutboxMessage.objects.get(source="events.payment_due")
    assert f"/en/events/registrants/{registrant.pk}/pay/" in held.body
    event_page = client.get(webinar.url)
    assert "meet.example" not in event_page.content.decode()


def test_the_event_page_shows_the_prices_and_the_member_rate(client, paid, webinar):
    page = client.get(webinar.url).content.decode()  # in French
    assert "120,00" in page and "48,00" in page
    assert "TVA comprise" in page

    member = AffiliationFactory().user
    _, response = register(client, paid, member)
    registrant = Registrant.objects.get(user=member)
    assert "€48.00" in client.get(response["Location"]).content.decode()
    assert registrant.state == State.PENDING


def test_free_for_members_registers_them_at_once(client, paid):
    paid.member_price = Decimal("0")
    paid.save()
    member = AffiliationFactory().user

    register(client, paid, member)

    assert Registrant.objects.get(user=member).state == State.REGISTERED
    assert not Order.objects.exists()


def test_a_transfer_holds_the_place_until_staff_mark_it_paid(client, paid, staff):
    user, _response = register(client, paid)
    registrant = Registrant.objects.get(user=user)

    response = pay_by_transfer(client, registrant)

    order = Order.objects.get()
    assert response["Location"] == f"/en/tickets/orders/{order.code}/"
    assert order.conference.sold_for == "events.registration"
    assert order.total == Decimal("120.00")
    # An hour later the place is still held: the transfer's days count now.
    assert release_unpaid(timezone.now() + datetime.timedelta(hours=2)) == 0
    mail.outbox.clear()

    order_mark_paid(order=order, actor=staff)

    registrant.refresh_from_db()
    assert registrant.state == State.REGISTERED
    confirmation = OutboxMessage.objects.get(source="events.confirmation")
    assert confirmation.attachments.count() == 1  # the calendar file
    page = client.get(paid.event.url).content.decode()
    assert "meet.example/aivp-quays" in page


def test_coming_back_to_pay_returns_to_the_same_order(client, paid):
    user, _response = register(client, paid)
    registrant = Registrant.objects.get(user=user)
    pay_by_transfer(client, registrant)
    order = Order.objects.get()

    again = client.get(f"/en/events/registrants/{registrant.pk}/pay/")

    assert again["Location"] == f"/en/tickets/orders/{order.code}/"


def test_card_payment_goes_to_stripe_checkout(client, paid, fake_stripe):
    user, _response = register(client, paid)
    registrant = Registrant.objects.get(user=user)

    response = pay_by_transfer(client, registrant, payment_method="card")

    assert response.status_code == 302
    assert response["Location"].startswith(fake_stripe.url)


def test_an_unpaid_hold_ends_and_the_waiting_list_gets_the_place(client, paid):
    user, _response = register(client, paid)
    waiting_user, _response = register(client, paid)
    registrant = Registrant.objects.get(user=user)

    # Within the hour, nothing moves.
    assert release_unpaid(timezone.now() + datetime.timedelta(minutes=30)) == 0
    assert release_unpaid(timezone.now() + datetime.timedelta(minutes=61)) == 1

    registrant.refresh_from_db()
    waiting = Registrant.objects.get(user=waiting_user)
    assert registrant.state == State.CANCELLED
    # Offered, held two days for its payment, with a mail saying so.
    assert waiting.state == State.PENDING
    assert waiting.held_until > timezone.now() + datetime.timedelta(days=1)
    offered = OutboxMessage.objects.filter(source="events.payment_due").latest("pk")
    assert offered.to == [waiting_user.email]


def test_an_expired_card_order_frees_the_place(client, paid, fake_stripe):
    user, _response = register(client, paid)
    waiting_user, _response = register(client, paid)
    registrant = Registrant.objects.get(user=user)
    pay_by_transfer(client, registrant, payment_method="card")
    order = Order.objects.get()

    order_expire(order=order, now=order.expires_at + datetime.timedelta(seconds=1))

    registrant.refresh_from_db()
    assert registrant.state == State.CANCELLED
    assert Registrant.objects.get(user=waiting_user).state == State.PENDING


def test_a_refund_cancels_the_place_and_serves_the_waiting_list(client, paid, staff):
    user, _response = register(client, paid)
    registrant = Registrant.objects.get(user=user)
    pay_by_transfer(client, registrant)
    order = order_mark_paid(order=Order.objects.get(), actor=staff)
    waiting_user, _response = register(client, paid)

    refund_create(order=order, actor=staff, reason="Cannot attend")

    registrant.refresh_from_db()
    assert Order.objects.get(pk=order.pk).state == Order.State.REFUNDED
    assert registrant.state == State.CANCELLED
    assert Registrant.objects.get(user=waiting_user).state == State.PENDING


def test_cancelling_a_paid_place_flags_the_order_for_its_refund(
    client, paid, staff, django_capture_on_commit_callbacks
):
    user, _response = register(client, paid)
    registrant = Registrant.objects.get(user=user)
    pay_by_transfer(client, registrant)
    order = order_mark_paid(order=Order.objects.get(), actor=staff)
    registrant.refresh_from_db()

    with django_capture_on_commit_callbacks(execute=True):
        registrant_cancel(registrant=registrant, actor=user)

    order.refresh_from_db()
    assert order.needs_attention
    assert str(registrant.pk) in order.attention_reason


def test_cancelling_a_held_place_ends_its_unpaid_order(
    client, paid, django_capture_on_commit_callbacks
):
    user, _response = register(client, paid)
    registrant = Registrant.objects.get(user=user)
    pay_by_transfer(client, registrant)
    registrant.refresh_from_db()

    with django_capture_on_commit_callbacks(execute=True):
        registrant_cancel(registrant=registrant, actor=user)

    assert Order.objects.get().state == Order.State.CANCELLED


def test_money_for_a_place_given_up_is_flagged_for_refund(client, paid, staff):
    user, _response = register(client, paid)
    registrant = Registrant.objects.get(user=user)
    pay_by_transfer(client, registrant)
    release_unpaid(timezone.now() + datetime.timedelta(days=60))
    order = Order.objects.get()
    registrant.refresh_from_db()
    assert registrant.state == State.CANCELLED

    order_mark_paid(order=order, actor=staff)

    order.refresh_from_db()
    assert order.needs_attention


def test_nobody_pays_for_someone_elses_place(client, paid):
    user, _response = register(client, paid)
    registrant = Registrant.objects.get(user=user)
    client.force_login(VerifiedUserFactory())

    response = client.post(
        f"/en/events/registrants/{registrant.pk}/pay/",
        {**INVOICE, "payment_method": "bank_transfer"},
    )

    assert response.status_code == 404
    assert not Order.objects.exists()


def test_a_missing_invoice_address_is_asked_again_keeping_what_was_typed(client, paid):
    user, _response = register(client, paid)
    registrant = Registrant.objects.get(user=user)

    response = pay_by_transfer(client, registrant, invoice_address="")

    assert response.status_code == 400
    assert "Marie Lefèvre" in response.content.decode()
    assert not Order.objects.exists()


def test_the_payment_page_is_in_french_on_fr(client, paid):
    user, _response = register(client, paid)
    registrant = Registrant.objects.get(user=user)

    page = client.get(f"/fr/events/registrants/{registrant.pk}/pay/")

    text = page.content.decode()
    assert "Payer votre place" in text and "Go to payment" not in text


def test_the_sale_has_no_public_ticket_page(client, paid):
    user, _response = register(client, paid)
    pay_by_transfer(client, Registrant.objects.get(user=user))
    sale = Conference.objects.get(sold_for="events.registration")

    assert client.get(f"/en/tickets/{sale.slug}/").status_code == 404


def test_orders_of_other_sales_do_not_touch_registrants(paid):
    user = VerifiedUserFactory()
    registrant = registrant_register(registration=paid, user=user, language="en")
    other = Order(conference_id=0, buyer=user)

    order_state_changed(order=other, from_state="pending", to_state="paid", actor=None)

    registrant.refresh_from_db()
    assert registrant.state == State.PENDING


def test_my_account_leads_to_the_payment_of_a_held_place(client, paid):
    user, _response = register(client, paid)
    registrant = Registrant.objects.get(user=user)

    page = client.get("/en/account/").content.decode()

    assert "Awaiting payment" in page
    assert f"/en/events/registrants/{registrant.pk}/pay/" in page
