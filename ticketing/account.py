"""Ticketing in a person's account: the "My orders" panel and privacy rules."""

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.panels import AccountPanel
from accounts.privacy import KeptRows, PrivacyContributor
from core.audit import audit_entries_about, audit_export

from .models import (
    ATTENDEE_FIELDS,
    INVOICE_FIELDS,
    GroupRequest,
    Order,
    OrderPosition,
    Payment,
    WaitingListEntry,
)
from .selectors import orders_of_buyer
from .services import order_expire, waiting_list_cancel

RECENT_ORDERS = 5


def orders_panel_context(request) -> dict:
    return {"orders": orders_of_buyer(user=request.user)[:RECENT_ORDERS]}


def privacy_export(user) -> dict:
    """The person's orders with their tickets and history, and their waiting lists."""
    orders = list(
        Order.objects.filter(buyer=user).prefetch_related("positions__ticket_type")
    )
    history: dict[str, list] = {}
    for entry in audit_entries_about(Order, [order.pk for order in orders]).order_by(
        "at", "pk"
    ):
        history.setdefault(entry.object_id, []).append(entry)
    return {
        "orders": [
            {
                "code": order.code,
                "conference": order.conference_id,
                "state": order.state,
                "created_at": order.created_at.isoformat(),
                "total": str(order.total),
                **{name: getattr(order, name) for name in INVOICE_FIELDS},
                "tickets": [
                    {
                        "ticket_type": position.ticket_type.local_name,
                        **{name: getattr(position, name) for name in ATTENDEE_FIELDS},
                    }
                    for position in order.positions.all()
                ],
                "history": audit_export(history.get(str(order.pk), [])),
            }
            for order in orders
        ],
        "waiting_list": [
            {
                "ticket_type": entry.ticket_type.local_name,
                "quantity": entry.quantity,
                "state": entry.state,
                "joined_at": entry.created_at.isoformat(),
            }
            for entry in WaitingListEntry.objects.filter(user=user).select_related(
                "ticket_type"
            )
        ],
        "group_requests": [
            {
                "conference": request.conference_id,
                "places": request.places,
                "organisation": request.organisation,
                "message": request.message,
                "state": request.state,
                "requested_at": request.created_at.isoformat(),
            }
            for request in GroupRequest.objects.filter(buyer=user)
        ],
    }


def _never_paid(user):
    """Holds that ended (expired, or released by staff) without any payment."""
    return Order.objects.filter(
        buyer=user, state__in=[Order.State.EXPIRED, Order.State.CANCELLED]
    ).exclude(payments__state=Payment.State.CONFIRMED)


# What accounting keeps of a paid, refunded or cancelled order's people.
KEPT_ATTENDEE_FIELDS = ("attendee_name", "attendee_email", "organisation", "badge_name")


def privacy_kept(user) -> list[KeptRows]:
    """Orders that were paid keep their invoice address and their attendees' names."""
    kept_orders = Order.objects.filter(buyer=user).exclude(pk__in=_never_paid(user))
    return [
        KeptRows(rows=kept_orders, fields=INVOICE_FIELDS),
        KeptRows(
            rows=OrderPosition.objects.filter(order__in=kept_orders),
            fields=KEPT_ATTENDEE_FIELDS,
        ),
    ]


def privacy_erase(user) -> list[str]:
    """Release unpaid holds and forget them; keep what accounting needs, nothing more.

    Orders never paid (holds that ended, including the ones released here) lose the
    invoice address and every attendee detail; paid, refunded and cancelled orders
    keep them, as the law requires, but not health-related needs. The person leaves
    every waiting list they were on; an offer they held passes to the next in line;
    their group booking requests are deleted.
    """
    for order in Order.objects.filter(buyer=user, state=Order.State.PENDING):
        # The person is leaving: their hold ends now, whatever was left of it.
        order_expire(order=order, now=max(timezone.now(), order.expires_at))
    never_paid = _never_paid(user)
    OrderPosition.objects.filter(order__in=never_paid).update(
        **dict.fromkeys(ATTENDEE_FIELDS, "")
    )
    never_paid.update(**dict.fromkeys(INVOICE_FIELDS, ""))
    OrderPosition.objects.filter(order__buyer=user).update(
        dietary_needs="", access_needs=""
    )
    GroupRequest.objects.filter(buyer=user).delete()
    for entry in WaitingListEntry.objects.filter(
        user=user, state__in=WaitingListEntry.LIVE_STATES
    ):
        waiting_list_cancel(entry=entry, actor=None)
    if Order.objects.filter(buyer=user).exclude(pk__in=never_paid).exists():
        return [
            _(
                "Your paid, refunded or cancelled orders and their invoices are kept "
                "for ten years, as French accounting law requires."
            )
        ]
    return []


def orders_panel() -> AccountPanel:
    return AccountPanel(
        key="orders",
        title=gettext_lazy("My orders"),
        template_name="ticketing/account/orders_panel.html",
        get_context=orders_panel_context,
        order=40,
    )


def privacy_contributor() -> PrivacyContributor:
    return PrivacyContributor(
        key="ticketing", export=privacy_export, erase=privacy_erase, kept=privacy_kept
    )
