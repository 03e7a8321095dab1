"""Who may do what in ticketing: the permissions the screens check, in one place.

The roles ("Ticketing staff", "Door staff") get them in
ticketing/migrations/0004_roles.py; docs/roles.md says what each role can do.
"""

from decimal import Decimal

from django.conf import settings

VIEW_ORDERS = "ticketing.view_order"  # order screens, exports, sales dashboard
CHANGE_ORDERS = "ticketing.change_order"  # mark a transfer paid, refund
REFUND_ANY_AMOUNT = "ticketing.refund_any_amount"  # refunds above the limit
CHECK_IN = "ticketing.check_in"  # the door's check-in desk


def refund_limit() -> Decimal:
    """Refunds on an order may add up to this (in its currency) without a manager."""
    return Decimal(settings.TICKETING_REFUND_LIMIT)


def may_refund(*, user, already_refunded: Decimal, amount: Decimal) -> bool:
    """Whether the user may give this amount back on an order.

    The limit counts what the order already had back, so a large refund cannot be
    split into small ones.
    """
    return already_refunded + amount <= refund_limit() or user.has_perm(
        REFUND_ANY_AMOUNT
    )
