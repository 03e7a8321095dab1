"""Voucher codes cannot be found by trying: wrong codes are capped per person."""

from decimal import Decimal

import pytest
from django.test import Client
from django.urls import reverse

from tests.accounts.fixtures import fresh_cache
from tests.factories import VerifiedUserFactory, VoucherFactory
from ticketing.models import Order

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

__all__ = ["fresh_cache"]

LIMIT = 3
TOO_MANY = "Too many wrong voucher codes were tried."


@pytest.fixture(autouse=True)
def small_limit(settings):
    settings.TICKETING_VOUCHER_ATTEMPTS = LIMIT


@pytest.fixture
def speaker_code(conference, regular):
    return VoucherFactory(
        conference=conference, code="SPEAKER-FREE", kind="percent", value=Decimal(100)
    )


def try_code(client, conference, code, address="203.0.113.7"):
    page = reverse("ticketing:tickets", kwargs={"slug": conference.slug})
    return client.get(page, {"voucher": code}, REMOTE_ADDR=address).content.decode()


def test_after_too_many_wrong_codes_even_the_right_one_is_refused(
    client, buyer, conference, venue, speaker_code
):
    client.force_login(buyer)
    for n in range(LIMIT):
        html = try_code(client, conference, f"GUESS-{n}")
        assert "This voucher code does not exist." in html

    html = try_code(client, conference, "SPEAKER-FREE")

    assert TOO_MANY in html
    assert "€0.00" not in html


def test_the_limit_follows_the_account_and_the_address(
    buyer, conference, venue, speaker_code
):
    guesser = Client()
    guesser.force_login(buyer)
    for n in range(LIMIT):
        try_code(guesser, conference, f"GUESS-{n}")

    # The same account from elsewhere, and someone else from the same address.
    same_account = Client()
    same_account.force_login(buyer)
    same_address = Client()
    same_address.force_login(VerifiedUserFactory(email="colleague@port.example"))
    someone_else = Client()
    someone_else.force_login(VerifiedUserFactory(email="other@port.example"))

    assert TOO_MANY in try_code(
        same_account, conference, "SPEAKER-FREE", "198.51.100.1"
    )
    assert TOO_MANY in try_code(same_address, conference, "SPEAKER-FREE")
    assert TOO_MANY not in try_code(
        someone_else, conference, "SPEAKER-FREE", "198.51.100.2"
    )


def test_guessing_at_the_last_step_counts_too_and_places_nothing(
    client, buyer, conference, regular, venue, speaker_code
):
    from tests.ticketing.test_views import choose, fill_details, review_post

    client.force_login(buyer)
    choose(client, conference, regular, quantity=1)
    fill_details(client, conference, quantity=1, method="bank_transfer")
    review = reverse("ticketing:review", kwargs={"slug": conference.slug})
    for n in range(LIMIT):
        client.post(review, review_post(regular, quantity=1, voucher=f"GUESS-{n}"))

    response = client.post(
        review,
        review_post(regular, quantity=1, price="0.00", voucher="SPEAKER-FREE"),
        follow=True,
    )

    assert TOO_MANY in response.content.decode()
    assert not Order.objects.exists()


def test_short_codes_are_refused_when_staff_create_a_voucher(conference):
    from django.core.exceptions import ValidationError

    from ticketing.models import Voucher

    voucher = Voucher(
        conference=conference, code="FREE", kind="percent", value=100, max_uses=1
    )

    with pytest.raises(ValidationError) as error:
        voucher.full_clean()

    assert "at least 8 characters" in str(error.value.message_dict["code"])
    voucher.code = "SPEAKERS-2027"
    voucher.full_clean()
