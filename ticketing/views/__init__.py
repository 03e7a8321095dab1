"""The delegate's and the door staff's pages, one module per concern. Thin: rules
live in services and selectors."""

from .check_in import check_in
from .checkout import details, review, tickets
from .groups import group_request
from .orders import (
    invoice_download,
    order_detail,
    order_list,
    order_paid,
    order_pay,
    order_payment_cancelled,
    pro_forma_download,
    ticket_download,
)
from .waiting_list import waiting_list, waiting_list_cancel, waiting_list_join

__all__ = [
    "check_in",
    "details",
    "group_request",
    "invoice_download",
    "order_detail",
    "order_list",
    "order_paid",
    "order_pay",
    "order_payment_cancelled",
    "pro_forma_download",
    "review",
    "ticket_download",
    "tickets",
    "waiting_list",
    "waiting_list_cancel",
    "waiting_list_join",
]
