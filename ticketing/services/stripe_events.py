"""Stripe webhook events: each one acted on once, in the transaction that stores it.

The handlers call the payment and refund services, which take their own locks
(payment, then order, then quotas) inside this transaction; a lock timeout anywhere
becomes ``TicketingBusy`` and the webhook answers 503 so Stripe delivers again.
"""

import logging

from django.db import IntegrityError, transaction
from django.db.models import Q

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


def _event_fields(obj: dict) -> dict:
    """What an event is about, as far as its object says (session, charge…)."""
    metadata = obj.get("metadata") or {}
    amount = obj.get("amount_total", obj.get("amount_refunded", obj.get("amount")))
    intent = obj.get("payment_intent") or ""
    if obj.get("object") == "payment_intent":
        intent = obj.get("id") or ""
    return {
        "object_id": str(obj.get("id") or "")[:255],
        "payment_intent": str(intent)[:255],
        "order_code": str(
            metadata.get("order") or obj.get("client_reference_id") or ""
        )[:32],
        "amount_cents": amount if isinstance(amount, int) else None,
        "currency": str(obj.get("currency") or "").upper()[:3],
    }


def _is_ours(fields: dict) -> bool:
    """The event names one of our orders or payments: it must not vanish."""
    if fields["order_code"]:
        return True
    references = Q()
    if fields["object_id"]:
        references |= Q(provider_reference=fields["object_id"])
    if fields["payment_intent"]:
        references |= Q(payment_intent=fields["payment_intent"])
    return bool(references) and Payment.objects.filter(references).exists()


def stripe_event_handle(*, event: dict) -> bool:
    """Act on a verified Stripe event once; returns False for a repeat delivery.

    The event id is stored in the same transaction as its effect: if handling fails
    for a passing reason (a lock, a payment not known yet), neither is kept and
    Stripe's next delivery tries again; if it succeeded, a repeat (even a concurrent
    one, which waits on the unique index) finds the id and stops. An event about one
    of our orders that cannot be applied is kept flagged for staff, with what Stripe
    sent; one about objects that are not ours is only logged.
    """
    handler = STRIPE_HANDLERS.get(event.get("type", ""))
    obj = (event.get("data") or {}).get("object") or {}
    fields = _event_fields(obj)
    with locked_atomic():
        try:
            with transaction.atomic():
                stored = StripeEvent.objects.create(
                    event_id=event["id"], type=event.get("type", ""), **fields
                )
        except IntegrityError:
            return False
        if handler is None:
            return True
        try:
            with transaction.atomic():
                handler(obj)
        except (StripeRetryLater, TicketingBusy):
            raise
        except TicketingError as error:
            if not _is_ours(fields):
                # Another integration on the account: nothing of ours to do.
                logger.info("Stripe event %s ignored: %s", event["id"], error)
                return True
            logger.error("Stripe event %s flagged: %s", event["id"], error)
            stored.flagged = True
            stored.flag_reason = f"{error.message} [{error.code}]"
            stored.payload = obj
            stored.save(update_fields=["flagged", "flag_reason", "payload"])
    return True
