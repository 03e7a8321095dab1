"""Every write that moves money or places: each function owns its transaction.

One module per concern, as pretix's ``base/services``; callers import from here:

    locking        locked_atomic (lock timeout -> TicketingBusy), lock_quotas
    capacity       places counted again once the quotas are locked
    history        order state changes written to the audit log
    orders         order_place, order_expire
    holds          limits on unpaid places, group requests, staff release
    payments       payment_start, payment_confirm, order_mark_paid…
    refunds        refund_create (spread over payments), late and external refunds
    stripe_events  stripe_event_receive, stripe_event_apply, stripe_events_due
    checkin        position_check_in
    waitinglist    join, offer, accept, expire
    invoices       gap-free invoice numbers
    mail           the buyer's mails, written to the site's outbox (core)

Locking order, the same everywhere so two transactions never wait on each other in a
circle: the buyer (placing only), payment, then order, then quotas (by id), then
the voucher.
"""

from .checkin import CheckInResult, position_check_in
from .holds import (
    HoldLimits,
    check_hold_limits,
    group_request_create,
    group_request_decide,
    hold_limits,
    open_places,
    order_release,
)
from .invoices import invoice_issue
from .locking import lock_quotas, locked_atomic
from .mail import OrderMail, outbox_queue, waiting_list_offer_queue
from .orders import (
    Item,
    PlacedLine,
    order_expire,
    order_place,
    orders_expire_overdue,
)
from .payments import (
    Confirmation,
    order_mark_paid,
    payment_confirm,
    payment_fail,
    payment_processing,
    payment_start,
)
from .refunds import (
    refund_allocate,
    refund_create,
    refund_record_consequences,
    refund_record_external,
    refund_unplaceable_payment,
    refundable,
    refunds_due_sweep,
)
from .stripe_events import (
    STRIPE_HANDLERS,
    StripeRetryLater,
    stripe_event_apply,
    stripe_event_receive,
    stripe_events_due,
)
from .waitinglist import (
    waiting_list_cancel,
    waiting_list_expire_offers,
    waiting_list_join,
    waiting_list_offer_next,
    waiting_list_sweep,
)

__all__ = [
    "STRIPE_HANDLERS",
    "CheckInResult",
    "Confirmation",
    "HoldLimits",
    "Item",
    "OrderMail",
    "PlacedLine",
    "StripeRetryLater",
    "check_hold_limits",
    "group_request_create",
    "group_request_decide",
    "hold_limits",
    "invoice_issue",
    "open_places",
    "order_release",
    "lock_quotas",
    "locked_atomic",
    "order_expire",
    "order_mark_paid",
    "order_place",
    "orders_expire_overdue",
    "outbox_queue",
    "payment_confirm",
    "payment_fail",
    "payment_processing",
    "payment_start",
    "position_check_in",
    "refund_allocate",
    "refund_create",
    "refund_record_consequences",
    "refund_record_external",
    "refund_unplaceable_payment",
    "refundable",
    "refunds_due_sweep",
    "stripe_event_apply",
    "stripe_event_receive",
    "stripe_events_due",
    "waiting_list_cancel",
    "waiting_list_expire_offers",
    "waiting_list_join",
    "waiting_list_offer_next",
    "waiting_list_offer_queue",
    "waiting_list_sweep",
]
