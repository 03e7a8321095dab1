"""Paid registration for the network's world conference.

Money is Decimal throughout; every amount that a buyer sees is stored per position, so
an order and its invoice keep telling the same story after prices change. The rules
that must never break (no negative price, a line's VAT adding up, one use of a Stripe
event, one invoice number per year) are database constraints.

One module per concern; every model is importable from ``ticketing.models``.
"""

from .catalogue import Conference, Quota, TicketType, Voucher
from .groups import GroupRequest
from .invoices import Invoice, InvoiceCounter
from .orders import (
    ATTENDEE_FIELDS,
    INVOICE_FIELDS,
    ORDER_CODE_ALPHABET,
    ORDER_CODE_LENGTH,
    Order,
    OrderPosition,
    new_order_code,
    new_ticket_secret,
)
from .payments import Payment, Refund, StripeEvent
from .waitinglist import WaitingListEntry

__all__ = [
    "ATTENDEE_FIELDS",
    "INVOICE_FIELDS",
    "ORDER_CODE_ALPHABET",
    "ORDER_CODE_LENGTH",
    "Conference",
    "GroupRequest",
    "Invoice",
    "InvoiceCounter",
    "Order",
    "OrderPosition",
    "Payment",
    "Quota",
    "Refund",
    "StripeEvent",
    "TicketType",
    "Voucher",
    "WaitingListEntry",
    "new_order_code",
    "new_ticket_secret",
]
