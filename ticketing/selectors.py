"""Reads that carry a business rule: who may buy what, and how many places are left."""

from collections.abc import Iterable
from datetime import datetime

from django.db.models import Count, Q, QuerySet, Sum
from django.utils import timezone

from accounts.selectors import user_is_member
from core.audit import audit_trail

from . import pricing
from .models import (
    Conference,
    Order,
    OrderPosition,
    Payment,
    Quota,
    TicketType,
    Voucher,
    WaitingListEntry,
)


def buyer_may_buy(*, user, ticket_type: TicketType, on: datetime) -> bool:
    """Whether this person may buy this ticket type at this moment (rates aside).

    Members-only types need member rights on the day of purchase (in the site's
    time zone), as the accounts module defines them.
    """
    if user is None or not user.is_authenticated:
        return False
    if not ticket_type.members_only:
        return True
    return user_is_member(user=user, on=timezone.localdate(on))


def _holding_positions(*, on: datetime, exclude_order: Order | None = None):
    """Tickets that occupy a place: paid, or pending and still held at ``on``."""
    positions = OrderPosition.objects.filter(cancelled_at__isnull=True).filter(
        Q(order__state=Order.State.PAID)
        | Q(order__state=Order.State.PENDING, order__expires_at__gt=on)
    )
    if exclude_order is not None:
        positions = positions.exclude(order=exclude_order)
    return positions


def live_offers(*, on: datetime, exclude_user=None) -> QuerySet[WaitingListEntry]:
    """Waiting-list offers still open at ``on``: their places are kept for them."""
    offers = WaitingListEntry.objects.filter(
        state=WaitingListEntry.State.OFFERED, offer_expires_at__gt=on
    )
    if exclude_user is not None:
        offers = offers.exclude(user=exclude_user)
    return offers


def places_left(
    *,
    quotas: Iterable[Quota],
    on: datetime,
    exclude_order: Order | None = None,
    for_user=None,
) -> dict[int, int]:
    """Places left per quota (by id): the one home of the "places left" rule.

    Counted from ticket rows (never from a counter): a place is taken by a ticket that
    is paid, or pending and still held at ``on``, and kept by a live waiting-list offer
    except for the person it is offered to (``for_user``). Two queries, however many
    quotas, so the ticket page, the order service and the sales dashboard can all
    afford to ask.
    """
    quotas = list(quotas)
    ids = [quota.pk for quota in quotas]
    taken = dict(
        _holding_positions(on=on, exclude_order=exclude_order)
        .filter(ticket_type__quotas__in=ids)
        .order_by()
        .values_list("ticket_type__quotas")
        .annotate(count=Count("pk"))
    )
    offered = dict(
        live_offers(on=on, exclude_user=for_user)
        .filter(ticket_type__quotas__in=ids)
        .order_by()
        .values_list("ticket_type__quotas")
        .annotate(total=Sum("quantity"))
    )
    return {
        quota.pk: max(
            quota.capacity - taken.get(quota.pk, 0) - (offered.get(quota.pk) or 0), 0
        )
        for quota in quotas
    }


def quota_available(
    *,
    quota: Quota,
    on: datetime,
    exclude_order: Order | None = None,
    for_user=None,
) -> int:
    """Places left in one quota (see ``places_left``)."""
    return places_left(
        quotas=[quota], on=on, exclude_order=exclude_order, for_user=for_user
    )[quota.pk]


def voucher_uses(
    *, voucher: Voucher, on: datetime, exclude_order: Order | None = None
) -> int:
    """Tickets bought or held with a voucher; each ticket is one use."""
    return (
        _holding_positions(on=on, exclude_order=exclude_order)
        .filter(voucher=voucher)
        .count()
    )


def voucher_applies_to(*, voucher: Voucher, ticket_type: TicketType) -> bool:
    allowed = {tt.pk for tt in voucher.ticket_types.all()}
    return not allowed or ticket_type.pk in allowed


def voucher_find(*, conference: Conference, code: str) -> Voucher | None:
    code = (code or "").strip()
    if not code:
        return None
    return (
        Voucher.objects.filter(conference=conference, code__iexact=code)
        .prefetch_related("ticket_types")
        .first()
    )


def ticket_types_on_sale(
    *, conference: Conference, user, on: datetime, voucher: Voucher | None = None
) -> list[TicketType]:
    """What the ticket page offers this person: in their window, allowed, unlocked.

    A visitor who is not signed in sees the rates open to everyone, with their prices;
    signing in (asked for before the attendees' details) may reveal members' rates.
    """
    if not conference.sales_are_open(on):
        return []
    visitor = user is None or not user.is_authenticated
    types = (
        conference.ticket_types.annotate(quota_count=Count("quotas"))
        .filter(quota_count__gt=0)
        .order_by("sort_order", "pk")
    )
    offered = []
    for ticket_type in types:
        if not ticket_type.is_available(on):
            continue
        if visitor:
            if ticket_type.members_only:
                continue
        elif not buyer_may_buy(user=user, ticket_type=ticket_type, on=on):
            continue
        if ticket_type.requires_voucher and not (
            voucher and voucher_applies_to(voucher=voucher, ticket_type=ticket_type)
        ):
            continue
        offered.append(ticket_type)
    return offered


def ticket_type_available(
    *, ticket_type: TicketType, on: datetime, for_user=None
) -> int:
    """Places left for a ticket type (for this person): the smallest of its quotas."""
    left = places_left(quotas=ticket_type.quotas.all(), on=on, for_user=for_user)
    return min(left.values(), default=0)


def ticket_type_price(
    *, ticket_type: TicketType, voucher: Voucher | None = None
) -> pricing.LinePrice:
    """The price of one ticket of this type, with the voucher's discount if it applies.

    The one place a line is priced: the ticket page, the review page and the order
    service all show or charge this, so the buyer pays what they were shown.
    """
    discount = None
    if voucher is not None and voucher_applies_to(
        voucher=voucher, ticket_type=ticket_type
    ):
        discount = pricing.Discount(kind=voucher.kind, value=voucher.value)
    return pricing.line_price(
        price_excl_vat=ticket_type.price,
        vat_rate=ticket_type.conference.vat_rate,
        discount=discount,
    )


def waiting_list_of_user(*, user) -> QuerySet[WaitingListEntry]:
    return (
        WaitingListEntry.objects.filter(user=user)
        .select_related("ticket_type", "conference")
        .order_by("-created_at", "-pk")
    )


def waiting_list_head(*, ticket_type: TicketType) -> WaitingListEntry | None:
    """The first person still waiting for this ticket type, in order of arrival."""
    return (
        WaitingListEntry.objects.filter(
            ticket_type=ticket_type, state=WaitingListEntry.State.WAITING
        )
        .order_by("created_at", "pk")
        .first()
    )


def orders_of_buyer(*, user) -> QuerySet[Order]:
    return (
        Order.objects.filter(buyer=user)
        .select_related("conference")
        .annotate(ticket_count=Count("positions"))
        .order_by("-created_at")
    )


def order_of_buyer(*, user, code: str) -> Order | None:
    """The buyer's own order, or None: nobody else's order exists for them."""
    return (
        Order.objects.filter(buyer=user, code=code)
        .select_related("conference")
        .prefetch_related("positions__ticket_type", "payments", "refunds", "invoices")
        .first()
    )


def sales_summary(*, conference: Conference, on: datetime) -> dict:
    """Figures for the sales dashboard, in a constant number of queries."""
    from django.db.models.functions import TruncDate

    live = Q(positions__cancelled_at__isnull=True)
    paid = live & Q(positions__order__state=Order.State.PAID)
    held = (
        live
        & Q(positions__order__state=Order.State.PENDING)
        & Q(positions__order__expires_at__gt=on)
    )
    types = list(
        conference.ticket_types.annotate(
            sold=Count("positions", filter=paid),
            held=Count("positions", filter=held),
            revenue_excl_vat=Sum("positions__price_excl_vat", filter=paid),
            revenue=Sum("positions__price", filter=paid),
        ).order_by("sort_order", "pk")
    )
    quotas = list(conference.quotas.all())
    left = places_left(quotas=quotas, on=on)
    for quota in quotas:
        quota.left = left[quota.pk]
    daily_rows = (
        OrderPosition.objects.filter(
            order__conference=conference,
            order__state=Order.State.PAID,
            cancelled_at__isnull=True,
        )
        .annotate(day=TruncDate("order__paid_at"))
        .values("day", "ticket_type__name")
        .annotate(sold=Count("pk"))
        .order_by("day", "ticket_type__name")
    )
    daily: dict = {}
    for row in daily_rows:
        daily.setdefault(row["day"], {})[row["ticket_type__name"]] = row["sold"]
    busiest = max((sum(day.values()) for day in daily.values()), default=0)
    refunded = conference.orders.aggregate(total=Sum("refunds__amount"))["total"] or 0
    received = (
        Payment.objects.filter(
            order__conference=conference, state=Payment.State.CONFIRMED
        ).aggregate(total=Sum("amount"))["total"]
        or 0
    )
    return {
        "types": types,
        "quotas": quotas,
        "daily": [
            {
                "day": day,
                "by_type": sorted(by_type.items()),
                "total": sum(by_type.values()),
                "percent": round(100 * sum(by_type.values()) / busiest),
            }
            for day, by_type in sorted(daily.items())
        ],
        "sold": sum(t.sold for t in types),
        "revenue": sum((t.revenue or 0 for t in types), 0),
        "revenue_excl_vat": sum((t.revenue_excl_vat or 0 for t in types), 0),
        "refunded": refunded,
        "received": received - refunded,
    }


def order_history(*, order: Order) -> QuerySet:
    """What happened to an order, oldest first, from the project's audit log."""
    return audit_trail(order).select_related("actor").order_by("at", "pk")
