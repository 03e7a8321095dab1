"""Stripe webhook events: each one acted on once, in the transaction that stores it.

The handlers call the payment and refund services, which take their own locks
(payment, then order, then quotas) inside this transaction; a lock timeout anywhere
becomes ``TicketingBusy`` and the webhook answers 503 so Stripe delivers again.
"""

import logging

from django.db import IntegrityError, transaction

from ..exceptions import TicketingBusy, TicketingError
from ..models import Order, Payment, StripeEvent
from .locking import locked_atomic
from .payments import payment_confirm, payment_fail, payment_processing
from .refunds import refund_record_external

logger = logging.getLogger(__name__)


class StripeRetryLater(TicketingError):
    """An event refers to a payment we do not know yet: Stripe should deliver later."""


def _handle_session_completed(session: dict) -> None:
    if session.get("payment_status") in ("paid", "no_payment_required"):
        _handle_session_async_succeeded(session)
    else:
        payment_processing(session_id=session["id"])


def _handle_session_async_succeeded(session: dict) -> None:
    payment_confirm(
        session_id=session["id"],
        amount_cents=int(session.get("amount_total") or 0),
        currency=session.get("currency") or "",
        payment_intent=session.get("payment_intent") or "",
    )


def _handle_charge_refunded(charge: dict) -> None:
    intent = charge.get("payment_intent") or ""
    if not Payment.objects.filter(payment_intent=intent).exists():
        code = (charge.get("metadata") or {}).get("order", "")
        if code and Order.objects.filter(code=code).exists():
            # Our order, but its payment is not confirmed here yet: events arrive in
            # any order, so let Stripe deliver this one again after the payment.
            raise StripeRetryLater(code="retry")
        return
    refunds = (charge.get("refunds") or {}).get("data") or []
    refund_record_external(
        payment_intent=intent,
        amount_refunded_cents=int(charge.get("amount_refunded") or 0),
        refund_ids=[refund["id"] for refund in refunds if "id" in refund],
    )


STRIPE_HANDLERS = {
    "checkout.session.completed": _handle_session_completed,
    "checkout.session.async_payment_succeeded": _handle_session_async_succeeded,
    "checkout.session.async_payment_failed": lambda session: payment_fail(
        session_id=session["id"], reason="failed"
    ),
    "checkout.session.expired": lambda session: payment_fail(
        session_id=session["id"], reason="expired"
    ),
    "charge.refunded": _handle_charge_refunded,
}


def stripe_event_handle(*, event: dict) -> bool:
    """Act on a verified Stripe event once; returns False for a repeat delivery.

    The event id is stored in the same transaction as its effect: if handling fails,
    neither is kept and Stripe's next delivery tries again; if it succeeded, a repeat
    (even a concurrent one, which waits on the unique index) finds the id and stops.
    """
    handler = STRIPE_HANDLERS.get(event.get("type", ""))
    with locked_atomic():
        try:
            with transaction.atomic():
                StripeEvent.objects.create(
                    event_id=event["id"], type=event.get("type", "")
                )
        except IntegrityError:
            return False
        if handler is not None:
            try:
                handler(event["data"]["object"])
            except (StripeRetryLater, TicketingBusy):
                raise
            except TicketingError as error:
                # Not ours (another integration on the account): nothing to do.
                logger.info("Stripe event %s ignored: %s", event["id"], error)
    return True
