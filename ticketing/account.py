"""Ticketing in a person's account: the "My orders" panel and privacy rules."""

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.panels import AccountPanel
from accounts.privacy import PrivacyContributor

from .models import Order, OrderPosition
from .selectors import orders_of_buyer
from .services import order_expire

RECENT_ORDERS = 5


def orders_panel_context(request) -> dict:
    return {"orders": orders_of_buyer(user=request.user)[:RECENT_ORDERS]}


def privacy_export(user) -> list[dict]:
    orders = Order.objects.filter(buyer=user).prefetch_related("positions__ticket_type")
    return [
        {
            "code": order.code,
            "conference": order.conference_id,
            "state": order.state,
            "created_at": order.created_at.isoformat(),
            "total": str(order.total),
            "tickets": [
                {
                    "ticket_type": position.ticket_type.name,
                    "attendee_name": position.attendee_name,
                    "attendee_email": position.attendee_email,
                    "organisation": position.organisation,
                    "badge_name": position.badge_name,
                    "dietary_needs": position.dietary_needs,
                    "access_needs": position.access_needs,
                }
                for position in order.positions.all()
            ],
        }
        for order in orders
    ]


def privacy_erase(user) -> list[str]:
    """Release unpaid holds, forget health-related needs, keep what accounting needs."""
    for order in Order.objects.filter(buyer=user, state=Order.State.PENDING):
        # The person is leaving: their hold ends now, whatever was left of it.
        order_expire(order=order, now=max(timezone.now(), order.expires_at))
    OrderPosition.objects.filter(order__buyer=user).update(
        dietary_needs="", access_needs=""
    )
    if Order.objects.filter(buyer=user).exclude(state=Order.State.PENDING).exists():
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
        key="ticketing", export=privacy_export, erase=privacy_erase
    )
