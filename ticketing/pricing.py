"""Ticket prices, discounts and VAT: pure functions on Decimal, no database.

Each ticket is priced on its own line. The discounted price excluding VAT is rounded to
the cent once, then the VAT of that rounded price is rounded to the cent once; the price
including VAT is their sum. Order totals are sums of those stored lines, so a total, its
VAT and its lines always agree to the cent, and an invoice can print each line as is.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
HUNDRED = Decimal(100)

PERCENT = "percent"
FIXED = "fixed"
SET_PRICE = "set_price"
DISCOUNT_KINDS = (PERCENT, FIXED, SET_PRICE)


def to_cents(amount: Decimal) -> Decimal:
    """Round an amount to the cent, halves away from zero (commercial rounding)."""
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def stripe_amount(amount: Decimal) -> int:
    """An amount in euros as Stripe's integer number of cents."""
    cents = to_cents(amount) * 100
    if cents != cents.to_integral_value():  # pragma: no cover - to_cents prevents it
        raise ValueError(f"{amount} is not a whole number of cents")
    return int(cents)


@dataclass(frozen=True)
class Discount:
    kind: str
    value: Decimal

    def __post_init__(self) -> None:
        if self.kind not in DISCOUNT_KINDS:
            raise ValueError(f"unknown discount kind {self.kind!r}")
        if self.value < 0:
            raise ValueError("a discount value cannot be negative")
        if self.kind == PERCENT and self.value > HUNDRED:
            raise ValueError("a percentage cannot exceed 100")


@dataclass(frozen=True)
class LinePrice:
    list_price_excl_vat: Decimal
    price_excl_vat: Decimal
    vat_rate: Decimal
    vat: Decimal
    price: Decimal

    @property
    def discount(self) -> Decimal:
        return self.list_price_excl_vat - self.price_excl_vat


@dataclass(frozen=True)
class Totals:
    excl_vat: Decimal
    vat: Decimal
    total: Decimal
    discount: Decimal


def discounted_price(price_excl_vat: Decimal, discount: Discount | None) -> Decimal:
    """The price excluding VAT after a discount, exact (not yet rounded), never < 0."""
    if discount is None:
        return price_excl_vat
    if discount.kind == PERCENT:
        result = price_excl_vat * (HUNDRED - discount.value) / HUNDRED
    elif discount.kind == FIXED:
        result = price_excl_vat - discount.value
    else:  # SET_PRICE: the voucher names the price, whatever the list price.
        result = discount.value
    return max(result, ZERO)


def line_price(
    *, price_excl_vat: Decimal, vat_rate: Decimal, discount: Discount | None = None
) -> LinePrice:
    """Price one ticket: discount, round to the cent, then VAT on the rounded price."""
    if price_excl_vat < 0:
        raise ValueError("a price cannot be negative")
    if not ZERO <= vat_rate <= HUNDRED:
        raise ValueError("a VAT rate is a percentage between 0 and 100")
    excl = to_cents(discounted_price(price_excl_vat, discount))
    vat = to_cents(excl * vat_rate / HUNDRED)
    return LinePrice(
        list_price_excl_vat=to_cents(price_excl_vat),
        price_excl_vat=excl,
        vat_rate=vat_rate,
        vat=vat,
        price=excl + vat,
    )


def incl_vat(*, price_excl_vat: Decimal, vat_rate: Decimal) -> Decimal:
    """The price a buyer sees for a ticket type, VAT included."""
    return line_price(price_excl_vat=price_excl_vat, vat_rate=vat_rate).price


def totals(lines: Iterable[LinePrice]) -> Totals:
    lines = list(lines)
    excl = sum((line.price_excl_vat for line in lines), ZERO)
    vat = sum((line.vat for line in lines), ZERO)
    discount = sum((line.discount for line in lines), ZERO)
    return Totals(excl_vat=excl, vat=vat, total=excl + vat, discount=discount)
