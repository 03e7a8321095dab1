"""Paid places go through ticketing's checkout, and the order decides the place."""

from decimal import Decimal

import pytest
from django.core import mail
from django.utils import timezone

from core.models import OutboxMessage
from courses.models import Enrolment
from courses.services import enrolment_request, enrolment_withdraw
from courses.services.fees import order_state_changed
from tests.factories import AffiliationFactory, UserFactory, VerifiedUserFactory
from tests.ticketing.conftest import INVOICE, _configure
from tests.ticketing.stripe_fakes import FakeStripe
from ticketing.models import Conference, Invoice, Order
from ticketing.services import order_expire, order_mark_paid, refund_create

from .fixtures import paid_promotion

pytestmark = pytest.mark.django_db

State = Enrolment.State


@pytest.fixture
def promotion(course):
    return paid_promotion(course["course"], capacity=1)


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


def accepted(promotion, user=None) -> Enrolment:
    user = user or VerifiedUserFactory(first_name="Ana", last_name="Ruiz")
    enrolment = enrolment_request(promotion=promotion, user=user)
    assert enrolment.state == State.ACCEPTED
    return enrolment


def pay_by_transfer(client, enrolment, **extra):
    client.force_login(enrolment.learner)
    return client.post(
        f"/en/learning/enrolments/{enrolment.pk}/pay/",
        {**INVOICE, "payment_method": "bank_transfer", **extra},
    )


def test_enrolling_in_a_paid_promotion_leads_to_its_payment_page(client, promotion):
    learner = VerifiedUserFactory()
    client.force_login(learner)

    response = client.post(
        f"/en/learning/promotions/{promotion.pk}/enrol/", {"confirm": "on"}
    )

    enrolment = Enrolment.objects.get(learner=learner)
    assert enrolment.state == State.ACCEPTED
    assert response["Location"] == f"/en/learning/enrolments/{enrolment.pk}/pay/"
    page = client.get(response["Location"]).content.decode()
    # The non-member rate with 20 % VAT: 300.00 + 60.00.
    assert "€360.00" in page and "€60.00" in page
    # Looking at the price writes nothing: the sale is made when the order is.
    assert not Conference.objects.filter(sold_for="courses.promotion").exists()


def test_a_member_pays_the_member_rate(client, promotion):
    member = AffiliationFactory().user
    enrolment = accepted(promotion, member)

    pay_by_transfer(client, enrolment)

    order = Order.objects.get(buyer=member)
    assert order.total == Decimal("120.00")
    assert order.positions.get().ticket_type.members_only


def test_a_transfer_holds_the_place_until_staff_mark_it_paid(client, promotion, staff):
    enrolment = accepted(promotion)

    response = pay_by_transfer(client, enrolment)

    order = Order.objects.get(buyer=enrolment.learner)
    assert response["Location"] == f"/en/tickets/orders/{order.code}/"
    assert order.state == Order.State.PENDING
    assert order.conference == promotion.__class__.objects.get(pk=promotion.pk).sale
    enrolment.refresh_from_db()
    assert enrolment.state == State.ACCEPTED and enrolment.order == order
    # The mail asks for the transfer, and promises no admission ticket.
    transfer = OutboxMessage.objects.get(source="ticketing.order.bank_transfer")
    assert "ticket" not in transfer.body.lower()

    order_mark_paid(order=order, actor=staff)

    enrolment.refresh_from_db()
    assert enrolment.state == State.ENROLLED
    assert Invoice.objects.filter(order=order, kind=Invoice.Kind.INVOICE).exists()
    enrolled_mails = OutboxMessage.objects.filter(source="courses.enrolment_enrolled")
    assert [m.to for m in enrolled_mails] == [[enrolment.learner.email]]


def test_coming_back_to_pay_returns_to_the_same_order(client, promotion):
    enrolment = accepted(promotion)
    pay_by_transfer(client, enrolment)
    order = Order.objects.get()

    again = client.get(f"/en/learning/enrolments/{enrolment.pk}/pay/")

    assert again["Location"] == f"/en/tickets/orders/{order.code}/"
    assert Order.objects.count() == 1


def test_an_expired_order_leaves_the_place_held_and_can_be_paid_again(
    client, promotion
):
    enrolment = accepted(promotion)
    pay_by_transfer(client, enrolment)
    first = Order.objects.get()
    first.expires_at = timezone.now() - timezone.timedelta(minutes=1)
    first.save()
    order_expire(order=first)

    pay_by_transfer(client, enrolment)

    enrolment.refresh_from_db()
    assert enrolment.state == State.ACCEPTED
    assert Order.objects.count() == 2
    assert enrolment.order != first and enrolment.order.state == Order.State.PENDING


def test_card_payment_goes_to_stripe_checkout(client, promotion, fake_stripe):
    enrolment = accepted(promotion)

    response = pay_by_transfer(client, enrolment, payment_method="card")

    assert response.status_code == 302
    assert response["Location"].startswith(fake_stripe.url)
    # The payment page may send its form on to Stripe's checkout.
    page = client.get(f"/en/learning/enrolments/{enrolment.pk}/pay/")
    assert page.status_code == 302  # an order is open: its page takes over


def test_a_refund_withdraws_the_learner_and_frees_the_place(client, promotion, staff):
    enrolment = accepted(promotion)
    pay_by_transfer(client, enrolment)
    order = order_mark_paid(order=Order.objects.get(), actor=staff)
    waiting = enrolment_request(promotion=promotion, user=VerifiedUserFactory())
    assert waiting.state == State.WAITLISTED

    refund_create(order=order, actor=staff, reason="Cannot attend")

    order.refresh_from_db()
    enrolment.refresh_from_db()
    waiting.refresh_from_db()
    assert order.state == Order.State.REFUNDED
    assert enrolment.state == State.WITHDRAWN
    assert waiting.state == State.ACCEPTED  # the place is theirs, to pay for


def test_money_for_a_place_given_up_is_flagged_for_refund(client, promotion, staff):
    enrolment = accepted(promotion)
    pay_by_transfer(client, enrolment)
    enrolment_withdraw(enrolment=enrolment, actor=enrolment.learner)

    order = order_mark_paid(order=Order.objects.get(), actor=staff)

    order.refresh_from_db()
    enrolment.refresh_from_db()
    assert enrolment.state == State.WITHDRAWN
    assert order.needs_attention
    assert str(enrolment.pk) in order.attention_reason


def test_nobody_pays_for_someone_elses_place(client, promotion):
    enrolment = accepted(promotion)
    client.force_login(VerifiedUserFactory())

    response = client.post(
        f"/en/learning/enrolments/{enrolment.pk}/pay/",
        {**INVOICE, "payment_method": "bank_transfer"},
    )

    assert response.status_code == 404
    assert not Order.objects.exists()


def test_a_missing_invoice_address_is_asked_again_keeping_what_was_typed(
    client, promotion
):
    enrolment = accepted(promotion)

    response = pay_by_transfer(client, enrolment, invoice_address="")

    assert response.status_code == 400
    assert "Marie Lefèvre" in response.content.decode()
    assert not Order.objects.exists()


def test_the_sale_has_no_public_ticket_page(client, promotion):
    enrolment = accepted(promotion)
    pay_by_transfer(client, enrolment)
    promotion.refresh_from_db()

    assert client.get(f"/en/tickets/{promotion.sale.slug}/").status_code == 404


def test_orders_of_other_sales_do_not_touch_enrolments(promotion):
    enrolment = accepted(promotion)
    other = Order(conference_id=0, buyer=enrolment.learner)

    order_state_changed(order=other, from_state="pending", to_state="paid", actor=None)

    enrolment.refresh_from_db()
    assert enrolment.state == State.ACCEPTED
    assert not mail.outbox
