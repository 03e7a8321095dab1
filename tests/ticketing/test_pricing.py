"""Prices, discounts and VAT add up to the cent, whatever the numbers."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ticketing import pricing

prices = st.decimals(min_value=0, max_value=100_000, places=2)
rates = st.decimals(min_value=0, max_value=100, places=2)
percentages = st.decimals(min_value=0, max_value=100, places=2)
discounts = st.one_of(
    st.none(),
    st.builds(pricing.Discount, kind=st.just(pricing.PERCENT), value=percentages),
    st.builds(pricing.Discount, kind=st.just(pricing.FIXED), value=prices),
    st.builds(pricing.Discount, kind=st.just(pricing.SET_PRICE), value=prices),
)


def is_cents(amount: Decimal) -> bool:
    return amount == amount.quantize(pricing.CENT)


@given(price=prices, rate=rates, discount=discounts)
def test_a_line_adds_up_to_the_cent_and_is_never_negative(price, rate, discount):
    line = pricing.line_price(price_excl_vat=price, vat_rate=rate, discount=discount)

    assert line.price == line.price_excl_vat + line.vat
    assert all(is_cents(x) for x in (line.price_excl_vat, line.vat, line.price))
    assert line.price_excl_vat >= 0 and line.vat >= 0
    # The VAT is the rate applied to the price actually charged, within half a cent.
    assert abs(line.vat - line.price_excl_vat * rate / 100) <= Decimal("0.005")


@given(price=prices, rate=rates, discount=discounts)
def test_a_discount_never_raises_the_price_except_a_set_price(price, rate, discount):
    line = pricing.line_price(price_excl_vat=price, vat_rate=rate, discount=discount)

    if discount is None or discount.kind != pricing.SET_PRICE:
        assert line.price_excl_vat <= price
        assert line.price_excl_vat + line.discount == price


@given(price=prices, rate=rates, value=prices)
def test_a_set_price_voucher_charges_exactly_that_price(price, rate, value):
    discount = pricing.Discount(kind=pricing.SET_PRICE, value=value)
    line = pricing.line_price(price_excl_vat=price, vat_rate=rate, discount=discount)

    assert line.price_excl_vat == value


@given(price=prices, rate=rates, extra=prices)
def test_a_fixed_discount_above_the_price_makes_it_free_not_negative(
    price, rate, extra
):
    discount = pricing.Discount(kind=pricing.FIXED, value=price + extra)
    line = pricing.line_price(price_excl_vat=price, vat_rate=rate, discount=discount)

    assert line.price == Decimal("0.00")
    assert line.discount == price


@given(
    lines=st.lists(st.tuples(prices, discounts), min_size=1, max_size=20),
    rate=rates,
)
def test_order_totals_are_the_sum_of_their_lines(lines, rate):
    priced = [
        pricing.line_price(price_excl_vat=p, vat_rate=rate, discount=d)
        for p, d in lines
    ]
    result = pricing.totals(priced)

    assert result.total == result.excl_vat + result.vat
    assert result.total == sum(line.price for line in priced)
    assert result.vat == sum(line.vat for line in priced)
    assert result.excl_vat + result.discount == sum(
        line.list_price_excl_vat for line in priced
    )
    assert result.total >= 0
    assert pricing.stripe_amount(result.total) == int(result.total * 100)


def test_french_vat_on_the_early_bird_rate():
    line = pricing.line_price(price_excl_vat=Decimal("940"), vat_rate=Decimal("20"))

    assert (line.price_excl_vat, line.vat, line.price) == (
        Decimal("940.00"),
        Decimal("188.00"),
        Decimal("1128.00"),
    )


def test_half_cents_round_up():
    line = pricing.line_price(price_excl_vat=Decimal("0.05"), vat_rate=Decimal("10"))

    assert line.vat == Decimal("0.01")  # 0.005 rounds half up


def test_percentages_over_100_and_unknown_kinds_are_refused():
    with pytest.raises(ValueError):
        pricing.Discount(kind=pricing.PERCENT, value=Decimal("101"))
    with pytest.raises(ValueError):
        pricing.Discount(kind="free-lunch", value=Decimal("1"))
