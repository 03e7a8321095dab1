"""The ticketing staff's panel on the admin home (core/admin_home.py).

Today's sales and the sale so far against capacity (with a chart of tickets sold,
day by day), then the queues staff work through: bank transfers to match, orders
and Stripe events that need a look, the waiting list and group bookings. Each row
links to its listing, filtered the same way, and shows only to those who may open
it. Read-only, in the same number of queries whatever the number of orders.
"""

import datetime
from datetime import timedelta

from django.db.models import Count, Q, Sum
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.admin_home import ATTENTION, OVERDUE, Row, WorkPanel, work_panel
from core.money import format_money

from .models import Conference, GroupRequest, Order, StripeEvent, WaitingListEntry
from .permissions import VIEW_ORDERS
from .selectors import sales_summary

# The chart shows at most this many days, the last ones.
CHART_DAYS = 400


class SalesPanel(WorkPanel):
    """The work panel, with the chart of tickets sold against capacity."""

    template_name = "ticketing/admin/home_panel.html"

    class Media:
        js = [
            "core/vendor/chartjs/chart.umd.js",
            "ticketing/admin/sales_chart.js",
        ]


def conference_on_sale(now: datetime.datetime) -> Conference | None:
    """The conference under way or coming next (its own tickets, not a course's
    places); once every one is over, the latest."""
    own = Conference.objects.filter(sold_for="")
    return (
        own.filter(ends_at__gte=now).order_by("starts_at", "pk").first()
        or own.order_by("-starts_at", "-pk").first()
    )


def _listing(url_name: str, **filters) -> str:
    url = reverse(url_name)
    return f"{url}?{urlencode(filters)}" if filters else url


@work_panel(
    "ticketing_work",
    heading=gettext_lazy("Ticket sales and payments"),
    permission=VIEW_ORDERS,
    order=70,
    panel_class=SalesPanel,
)
def ticketing_panel(request):
    """Sales and queues; a fixed number of queries (about twelve)."""
    user, now = request.user, timezone.now()
    conference = conference_on_sale(now)
    counts = _order_counts(conference, now)
    rows, extra = [], {}
    if conference is not None:
        summary = sales_summary(conference=conference, on=now)
        rows += _sales_rows(conference, summary, counts)
        extra = {"chart": _chart(summary, now)}
    Method, State = Order.PaymentMethod, Order.State
    rows.append(
        Row(
            "transfers_awaited",
            _("Bank transfers awaited"),
            count=counts["transfers_awaited"],
            url=_listing(
                "ticketing_orders:index",
                state=State.PENDING,
                payment_method=Method.BANK_TRANSFER,
            ),
        )
    )
    if conference is not None:
        rows.append(
            Row(
                "transfers_overdue",
                _("Bank transfers not received by their due date"),
                count=counts["transfers_overdue"],
                url=_listing(
                    "ticketing_orders:index",
                    conference=conference.pk,
                    state=State.EXPIRED,
                    payment_method=Method.BANK_TRANSFER,
                ),
                tone=OVERDUE,
                note=conference.name,
            )
        )
    rows.append(
        Row(
            "orders_attention",
            _("Orders that need attention"),
            count=counts["attention"],
            url=_listing("ticketing_orders:index", needs_attention="true"),
            tone=ATTENTION,
        )
    )
    rows += _other_queues(user)
    return rows, extra


def _order_counts(conference: Conference | None, now) -> dict:
    """Every figure about orders, in one query."""
    Method, State = Order.PaymentMethod, Order.State
    transfer = Q(payment_method=Method.BANK_TRANSFER)
    this = Q(conference=conference) if conference else Q(pk__in=[])
    today = Q(paid_at__gte=_start_of_day(now)) & this
    return Order.objects.aggregate(
        transfers_awaited=Count("pk", filter=transfer & Q(state=State.PENDING)),
        transfers_overdue=Count("pk", filter=transfer & this & Q(state=State.EXPIRED)),
        attention=Count("pk", filter=Q(needs_attention=True)),
        paid_today=Count("pk", filter=today),
        amount_today=Sum("total", filter=today),
    )


def _start_of_day(now) -> datetime.datetime:
    local = timezone.localtime(now)
    return local.replace(hour=0, minute=0, second=0, microsecond=0)


def _sales_rows(conference, summary: dict, counts: dict) -> list[Row]:
    dashboard = _listing("ticketing_sales:index", conference=conference.pk)
    amount = format_money(counts["amount_today"] or 0, conference.currency)
    rows = [
        Row(
            "paid_today",
            _("Orders paid today"),
            count=counts["paid_today"],
            url=dashboard,
            note=amount,
        ),
        Row(
            "sold",
            _("Tickets sold so far"),
            count=summary["sold"],
            url=dashboard,
            note=conference.name,
        ),
    ]
    rows += [
        Row(
            f"quota-{quota.pk}",
            _("Places left: %(quota)s") % {"quota": quota.name},
            count=quota.left,
            url=dashboard,
            note=_("of %(capacity)s") % {"capacity": quota.capacity},
        )
        for quota in summary["quotas"]
    ]
    return rows


def _chart(summary: dict, now) -> dict | None:
    """Tickets sold so far, day by day, and the largest quota as the capacity."""
    per_day = {day["day"]: day["total"] for day in summary["daily"] if day["day"]}
    if not per_day:
        return None
    last = max(timezone.localdate(now), max(per_day))
    # From the day before the first sale (none sold yet), at most CHART_DAYS days.
    first = max(min(per_day) - timedelta(days=1), last - timedelta(days=CHART_DAYS - 1))
    sold = sum(total for day, total in per_day.items() if day < first)
    labels, cumulative = [], []
    for offset in range((last - first).days + 1):
        day = first + timedelta(days=offset)
        sold += per_day.get(day, 0)
        labels.append(date_format(day, "SHORT_DATE_FORMAT"))
        cumulative.append(sold)
    capacity = max((quota.capacity for quota in summary["quotas"]), default=None)
    return {
        "labels": labels,
        "sold": cumulative,
        "capacity": capacity,
        "names": {"sold": _("Tickets sold"), "capacity": _("Capacity")},
    }


def _other_queues(user) -> list[Row]:
    """Flagged Stripe events, the waiting list and group bookings: one query each,
    for those who may open their listing."""
    rows = []
    if user.has_perm("ticketing.view_stripeevent"):
        rows.append(
            Row(
                "stripe_flagged",
                _("Flagged Stripe events"),
                count=StripeEvent.objects.filter(flagged=True).count(),
                url=_listing("ticketing_stripe_events:index"),
                tone=ATTENTION,
            )
        )
    if user.has_perm("ticketing.view_waitinglistentry"):
        waiting = WaitingListEntry.State.WAITING
        rows.append(
            Row(
                "waiting_list",
                _("People on the waiting list"),
                count=WaitingListEntry.objects.filter(state=waiting).count(),
                url=_listing("ticketing_waiting_list:index", state=waiting),
            )
        )
    if user.has_perm("ticketing.view_grouprequest"):
        requested = GroupRequest.State.REQUESTED
        rows.append(
            Row(
                "group_requests",
                _("Group bookings to decide"),
                count=GroupRequest.objects.filter(state=requested).count(),
                url=_listing("ticketing_group_requests:index", state=requested),
            )
        )
    return rows
