"""Amounts of money as people read them: the active language's format, the currency.

    format_money(Decimal("1234.5"), "EUR")   # fr: "1 234,50 €", en: "€1,234.50"

Amounts stay Decimal everywhere else; this is the one place they become text.
"""

from decimal import Decimal

from babel.numbers import format_currency
from django.conf import settings
from django.utils.translation import get_language, to_locale

DEFAULT_CURRENCY = "EUR"


def format_money(
    amount: Decimal | int | str | None,
    currency: str | None = None,
    *,
    language: str | None = None,
) -> str:
    """The amount in the currency, formatted for the language (default: active)."""
    if amount is None or amount == "":
        return ""
    locale = to_locale(language or get_language() or settings.LANGUAGE_CODE)
    return format_currency(
        Decimal(str(amount)), (currency or DEFAULT_CURRENCY).upper(), locale=locale
    )
