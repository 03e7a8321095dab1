"""Amounts of money read as each language writes them, in the record's currency."""

from decimal import Decimal
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import translation
from wagtail.users.models import UserProfile

from core.money import format_money
from tests.factories import UserFactory
from ticketing.services import Item, order_mark_paid

# Babel (CLDR) output, written out: French groups thousands with a narrow no-break
# space (U+202F) and puts a no-break space (U+00A0) before the symbol.
EXPECTED_1234_50 = {
    "fr": "1\u202f234,50\u00a0€",
    "en": "€1,234.50",
    "es": "1.234,50\u00a0€",
}


@pytest.mark.parametrize(("language", "expected"), EXPECTED_1234_50.items())
def test_format_money_follows_the_active_language(language, expected):
    with translation.override(language):
        assert format_money(Decimal("1234.5"), "EUR") == expected


def test_format_money_takes_the_record_currency_and_an_explicit_language():
    assert format_money(Decimal("1234.5"), "usd", language="en") == "$1,234.50"
    assert format_money(Decimal("-5"), "EUR", language="fr") == "-5,00\u00a0€"
    assert format_money(None, "EUR") == ""


@pytest.fixture
def staff(db):
    return UserFactory(
        email="sales@aivp.example", is_staff=True, is_superuser=True, mfa=True
    )


@pytest.fixture
def two_paid_tickets(place, regular, venue, staff):
    """2 × 1220.00 + 20 % VAT: 2928.00 of revenue."""
    order = place(
        Item(ticket_type_id=regular.pk, quantity=2), payment_method="bank_transfer"
    )
    return order_mark_paid(order=order, actor=staff)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "revenue"),
    [
        ("fr", "2\u202f928,00\u00a0€"),
        ("en", "€2,928.00"),
        ("es", "2.928,00\u00a0€"),
    ],
)
def test_the_sales_dashboard_shows_revenue_in_the_staff_language(
    client, staff, two_paid_tickets, language, revenue
):
    profile = UserProfile.get_for_user(staff)
    profile.preferred_language = language
    profile.save()
    client.force_login(staff)

    html = client.get("/admin/ticketing/sales/").content.decode()

    assert f"<strong>{revenue}</strong>" in html


def test_no_template_writes_the_euro_sign_by_hand():
    root = Path(settings.BASE_DIR)
    offenders = [
        f"{path.relative_to(root)}:{number}"
        for pattern in ("*.html", "*.txt")
        for path in root.rglob(pattern)
        if ".venv" not in path.parts
        and "node_modules" not in path.parts
        and "templates" in path.parts
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "€" in line
    ]
    assert offenders == [], "use {{ amount|money:currency }} instead"


@pytest.mark.django_db
def test_the_order_screen_shows_its_totals_as_money(client, staff, two_paid_tickets):
    profile = UserProfile.get_for_user(staff)
    profile.preferred_language = "fr"
    profile.save()
    client.force_login(staff)

    html = client.get(
        f"/admin/ticketing/orders/inspect/{two_paid_tickets.pk}/"
    ).content.decode()

    assert "2\u202f928,00\u00a0€" in html  # total including VAT
    assert "488,00\u00a0€" in html  # VAT
    assert "2928.00" not in html
