"""The books of a conference: money in and out and documents issued, day by day.

Every day lists the payments received, the refunds given, the invoices and the credit
notes issued. Over an order, what was received less what was given back must equal
what was invoiced less what was credited; an order where they differ is listed for
staff (a refund with no credit note, a payment with no invoice). A duplicate payment
given back is neither invoiced nor credited, so it balances.
"""

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.db.models import Count, Sum
from django.db.models.functions import TruncDate

from .models import Conference, Invoice, Order, Payment, Refund

ZERO = Decimal("0.00")
COLUMNS = ("payments", "refunds", "invoices", "credit_notes")


@dataclass
class BooksDay:
    day: date
    payments: Decimal = ZERO
    refunds: Decimal = ZERO
    invoices: Decimal = ZERO
    credit_notes: Decimal = ZERO
    counts: dict = field(default_factory=dict)

    @property
    def received(self) -> Decimal:
        return self.payments - self.refunds

    @property
    def invoiced(self) -> Decimal:
        return self.invoices - self.credit_notes


@dataclass
class OrderBooks:
    order: Order
    payments: Decimal = ZERO
    refunds: Decimal = ZERO
    invoices: Decimal = ZERO
    credit_notes: Decimal = ZERO

    @property
    def received(self) -> Decimal:
        return self.payments - self.refunds

    @property
    def invoiced(self) -> Decimal:
        return self.invoices - self.credit_notes


def _sources(conference: Conference) -> dict:
    """Each column's rows and the date that places them in a day."""
    return {
        "payments": (
            Payment.objects.filter(
                order__conference=conference, state=Payment.State.CONFIRMED
            ),
            "confirmed_at",
        ),
        "refunds": (Refund.objects.filter(order__conference=conference), "created_at"),
        "invoices": (
            Invoice.objects.filter(
                order__conference=conference, kind=Invoice.Kind.INVOICE
            ),
            "issued_at",
        ),
        "credit_notes": (
            Invoice.objects.filter(
                order__conference=conference, kind=Invoice.Kind.CREDIT_NOTE
            ),
            "issued_at",
        ),
    }


def books_days(*, conference: Conference) -> list[BooksDay]:
    """One row per day with any money or document, oldest first (four queries)."""
    days: dict[date, BooksDay] = {}
    for column, (rows, when) in _sources(conference).items():
        per_day = (
            rows.annotate(day=TruncDate(when))
            .values("day")
            .annotate(total=Sum("amount"), count=Count("pk"))
            .order_by()
        )
        for row in per_day:
            books_day = days.setdefault(row["day"], BooksDay(day=row["day"]))
            setattr(books_day, column, row["total"])
            books_day.counts[column] = row["count"]
    return [days[day] for day in sorted(days)]


def books_totals(days: list[BooksDay]) -> dict[str, Decimal]:
    totals = {
        column: sum((getattr(day, column) for day in days), ZERO) for column in COLUMNS
    }
    totals["received"] = totals["payments"] - totals["refunds"]
    totals["invoiced"] = totals["invoices"] - totals["credit_notes"]
    return totals


def books_disagreements(*, conference: Conference) -> list[OrderBooks]:
    """Orders whose money and documents tell different stories (five queries)."""
    per_order: dict[int, dict[str, Decimal]] = {}
    for column, (rows, _when) in _sources(conference).items():
        for row in rows.values("order").annotate(total=Sum("amount")).order_by():
            per_order.setdefault(row["order"], {})[column] = row["total"]
    wrong = {
        pk: sums
        for pk, sums in per_order.items()
        if sums.get("payments", ZERO) - sums.get("refunds", ZERO)
        != sums.get("invoices", ZERO) - sums.get("credit_notes", ZERO)
    }
    orders = Order.objects.filter(pk__in=wrong).select_related("buyer")
    return [OrderBooks(order=order, **wrong[order.pk]) for order in orders]
