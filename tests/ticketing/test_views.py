"""The delegate's checkout, as a browser drives it, and "my orders"."""

from decimal import Decimal

import pytest
from django.core import mail
from django.urls import reverse

from tests.factories import VerifiedUserFactory
from tests.ticketing.conftest import INVOICE, attendee
from ticketing.models import Order, OrderPosition
from ticketing.services import Item

pytestmark = pytest.mark.django_db


@pytest.fixture
def signed_in(client, buyer):
    client.force_login(buyer)
    return client


def url(name, **kwargs):
    return reverse(f"ticketing:{name}", kwargs=kwargs)


def choose(client, conference, regular, quantity=2, voucher=""):
    return client.post(
        url("tickets", slug=conference.slug),
        {f"quantity_{regular.pk}": quantity, "voucher": voucher, "choose": "1"},
    )


def fill_details(client, conference, quantity=2, method="card"):
    data = {
        "attendee-TOTAL_FORMS": quantity,
        "attendee-INITIAL_FORMS": quantity,
        "invoice-payment_method": method,
    }
    for n in range(quantity):
        for key, value in attendee(n).items():
            data[f"attendee-{n}-{key}"] = value
    for key, value in INVOICE.items():
        data[f"invoice-{key}"] = value
    return client.post(url("details", slug=conference.slug), data)


def review_post(regular, quantity=2, price="1464.00", **extra):
    data = {
        "ticket_type": str(regular.pk),
        "quantity": str(quantity),
        "unit_price": price,
        "accept_terms": "on",
    }
    data.update(extra)
    return data


def test_anonymous_visitors_are_sent_to_sign_in_before_the_details(
    client, conference, venue
):
    response = client.get(url("details", slug=conference.slug))

    assert response.status_code == 302
    assert "login" in response["Location"]


def test_the_ticket_page_shows_prices_with_and_without_vat(
    signed_in, conference, regular, venue
):
    response = signed_in.get(url("tickets", slug=conference.slug))

    html = response.content.decode()
    assert response.status_code == 200
    assert "Regular" in html
    assert "€1,220.00" in html and "€1,464.00" in html


def test_a_delegate_checks_out_and_pays_by_card(
    signed_in,
    conference,
    regular,
    venue,
    fake_stripe,
    django_capture_on_commit_callbacks,
):
    assert choose(signed_in, conference, regular)["Location"] == url(
        "details", slug=conference.slug
    )
    assert fill_details(signed_in, conference)["Location"] == url(
        "review", slug=conference.slug
    )
    review = signed_in.get(url("review", slug=conference.slug))
    assert "€2,928.00" in review.content.decode()

    response = signed_in.post(url("review", slug=conference.slug), review_post(regular))

    order = Order.objects.get()
    payment = order.payments.get()
    assert response.status_code == 302
    assert response["Location"] == payment.checkout_url
    [sent] = fake_stripe.checkout_requests()
    assert sent["line_items[0][price_data][unit_amount]"] == "292800"
    assert [p.attendee_name for p in order.positions.all()] == [
        "Delegate 0",
        "Delegate 1",
    ]

    # Back from Stripe's page: the success page confirms without waiting for Stripe.
    fake_stripe.pay(payment.provider_reference)
    with django_capture_on_commit_callbacks(execute=True):
        back = signed_in.get(
            url("order_paid", code=order.code),
            {"session_id": payment.provider_reference},
            follow=True,
        )

    order.refresh_from_db()
    assert order.state == Order.State.PAID
    assert 'data-testid="order-state"' in back.content.decode()
    assert len(mail.outbox) == 1


def test_a_tampered_price_is_refused_and_nothing_typed_is_lost(
    signed_in, conference, regular, venue, fake_stripe
):
    choose(signed_in, conference, regular)
    fill_details(signed_in, conference)

    response = signed_in.post(
        url("review", slug=conference.slug), review_post(regular, price="1.00")
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert "1464" in html
    assert "Delegate 1" in html  # the attendees are still there
    assert not Order.objects.exists()
    assert fake_stripe.checkout_requests() == []


@pytest.mark.parametrize(
    "tamper",
    [
        {"quantity": "3"},
        {"ticket_type": "999999"},
        {"voucher": "FREE100"},
    ],
)
def test_tampered_quantities_ids_or_vouchers_are_refused(
    signed_in, conference, regular, venue, tamper
):
    choose(signed_in, conference, regular)
    fill_details(signed_in, conference)

    response = signed_in.post(
        url("review", slug=conference.slug), {**review_post(regular), **tamper}
    )

    assert response.status_code == 200
    assert b'class="message message--error"' in response.content
    assert not OrderPosition.objects.exists()


def test_missing_attendee_details_are_shown_again_with_errors(
    signed_in, conference, regular, venue
):
    choose(signed_in, conference, regular, quantity=1)
    response = signed_in.post(
        url("details", slug=conference.slug),
        {
            "attendee-TOTAL_FORMS": 1,
            "attendee-INITIAL_FORMS": 1,
            "attendee-0-attendee_name": "Ana Gómez",
            "attendee-0-attendee_email": "not an address",
            "invoice-invoice_name": "Ana Gómez",
            "invoice-payment_method": "card",
        },
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert "Ana Gómez" in html
    assert "errorlist" in html


def test_a_bank_transfer_checkout_ends_on_the_order_page(
    signed_in, conference, regular, venue, django_capture_on_commit_callbacks
):
    choose(signed_in, conference, regular, quantity=1)
    fill_details(signed_in, conference, quantity=1, method="bank_transfer")

    with django_capture_on_commit_callbacks(execute=True):
        response = signed_in.post(
            url("review", slug=conference.slug), review_post(regular, quantity=1)
        )

    order = Order.objects.get()
    assert response["Location"] == url("order_detail", code=order.code)
    assert order.payment_method == "bank_transfer"
    assert len(mail.outbox) == 1
    page = signed_in.get(response["Location"]).content.decode()
    assert order.code in page and "FR76 3000 4000" in page


class TestOwnership:
    @pytest.fixture
    def others_order(self, place, regular, venue):
        return place(
            Item(ticket_type_id=regular.pk, quantity=1), buyer=VerifiedUserFactory()
        )

    @pytest.mark.parametrize(
        ("name", "method"),
        [
            ("order_detail", "get"),
            ("order_paid", "get"),
            ("order_payment_cancelled", "get"),
            ("order_pay", "post"),
        ],
    )
    def test_another_persons_order_does_not_exist(
        self, signed_in, others_order, name, method
    ):
        response = getattr(signed_in, method)(url(name, code=others_order.code))

        assert response.status_code == 404

    def test_my_orders_lists_only_mine(
        self, signed_in, place, regular, venue, others_order
    ):
        mine = place(Item(ticket_type_id=regular.pk, quantity=1))

        html = signed_in.get(url("order_list")).content.decode()

        assert mine.code in html
        assert others_order.code not in html


@pytest.mark.parametrize("orders", [1, 8])
def test_my_orders_query_count_does_not_grow(
    signed_in, place, regular, venue, orders, django_assert_max_num_queries
):
    for _n in range(orders):
        place(Item(ticket_type_id=regular.pk, quantity=1))

    signed_in.get(url("order_list"))  # the site-wide parts are remembered
    # The site's header and footer take most of these; orders add none.
    with django_assert_max_num_queries(12):
        response = signed_in.get(url("order_list"))
    assert response.content.decode().count("badge--pending") == orders


@pytest.mark.parametrize("language", ["fr", "en", "es"])
def test_pages_are_served_in_each_language(
    signed_in, conference, regular, venue, language
):
    response = signed_in.get(f"/{language}/tickets/{conference.slug}/")

    assert response.status_code == 200
    assert f'lang="{language}"' in response.content.decode()


def test_voucher_price_is_shown_and_charged(
    signed_in, conference, regular, venue, fake_stripe
):
    from tests.factories import VoucherFactory

    VoucherFactory(conference=conference, code="CITY25", value=Decimal(25))
    page = signed_in.get(url("tickets", slug=conference.slug), {"voucher": "city25"})
    assert "€1,098.00" in page.content.decode()
    choose(signed_in, conference, regular, quantity=1, voucher="city25")
    fill_details(signed_in, conference, quantity=1)

    signed_in.post(
        url("review", slug=conference.slug),
        review_post(regular, quantity=1, price="1098.00", voucher="city25"),
    )

    assert Order.objects.get().total == Decimal("1098.00")
    [sent] = fake_stripe.checkout_requests()
    assert sent["line_items[0][price_data][unit_amount]"] == "109800"


def test_a_delegate_signs_in_and_comes_back_to_the_tickets(client, conference, venue):
    delegate = VerifiedUserFactory(email="delegate@port.example")
    target = url("tickets", slug=conference.slug)
    login = f"/en/accounts/login/?next={target}"
    assert login in client.get(target).content.decode()  # the page's sign-in link

    response = client.post(
        login,
        {"login": delegate.email, "password": "correct horse battery staple"},
    )

    assert response.status_code == 302
    assert response["Location"] == target
    assert client.get(target).status_code == 200
