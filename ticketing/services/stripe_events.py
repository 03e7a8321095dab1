"""Stripe webhook events: stored at once, each one applied once, by a task.

The webhook stores the verified event (``stripe_event_receive``) and answers Stripe
in a few milliseconds, as Stripe asks; the task queued at the commit applies it
(``stripe_event_apply``). The handlers call the payment and refund services, which
take their own locks (payment, then order, then quotas) inside the transaction that
marks the event applied, so an event is applied once and only once. An event that
cannot be applied yet (a lock busy, a refund of a payment not confirmed yet: events
arrive in any order) waits, and ``stripe_events_due`` hands it to the sweep again
with a growing delay; after ``GIVE_UP_AFTER`` it is flagged for staff, as is an
event about one of our orders that cannot be applied at all.
"""

import logging
from datetime import datetime, timedelta

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..exceptions import TicketingBusy, TicketingError
from ..models import Order, Payment, StripeEvent
from .locking import locked_atomic
from .payments import payment_confirm, payment_fail, payment_processing
from .refunds import refund_record_external

logger = logging.getLogger(__name__)


# The sweep leaves a new event this long to the task queued at the commit.
SWEEP_GRACE = timedelta(seconds=60)
# An event that cannot be applied yet waits 30 s, then twice as long each time, at
# most an hour; after three days (as long as Stripe itself retries) staff are told.
RETRY_BASE_SECONDS = 30
RETRY_MAX_SECONDS = 3600
GIVE_UP_AFTER = timedelta(days=3)


class StripeRetryLater(TicketingError):
    """An event refers to a payment we do not know yet: apply it again later."""


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
            # any order, so this one is applied again after the payment.
            raise StripeRetryLater(
                _("The payment this refund is for is not confirmed yet."),
                code="payment_not_confirmed",
            )
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


def stripe_event_receive(*, event: dict) -> StripeEvent | None:
    """Store a verified event once and queue it; None for a repeat delivery.

    A concurrent repeat waits on the unique index and finds the id. An event of a
    type we do not act on is stored already applied, without its object.
    """
    from ..tasks import apply_stripe_event

    handled = event.get("type", "") in STRIPE_HANDLERS
    obj = (event.get("data") or {}).get("object") or {}
    now = timezone.now()
    try:
        with transaction.atomic():
            stored = StripeEvent.objects.create(
                event_id=event["id"],
                type=event.get("type", ""),
                payload=obj if handled else None,
                processed_at=None if handled else now,
                next_attempt_at=now + SWEEP_GRACE if handled else None,
                **_event_fields(obj),
            )
    except IntegrityError:
        return None
    if handled:
        transaction.on_commit(lambda: apply_stripe_event.delay(stored.pk))
    return stored


def _retry_delay(attempts: int) -> timedelta:
    return timedelta(
        seconds=min(RETRY_BASE_SECONDS * 2 ** max(attempts - 1, 0), RETRY_MAX_SECONDS)
    )


def _flag(stored: StripeEvent, reason: str) -> None:
    logger.error("Stripe event %s flagged: %s", stored.event_id, reason)
    stored.flagged = True
    stored.flag_reason = reason


def stripe_event_apply(*, event_pk: int, now: datetime | None = None) -> str:
    """Apply a stored event if it still waits; returns what happened.

    ``"applied"``, ``"flagged"`` (ours, but it cannot be applied: kept with its
    object for staff), ``"waiting"`` (a lock busy or a payment not known yet: the
    sweep tries again), or ``"skipped"`` (applied already, or being applied by
    another worker right now).
    """
    now = now or timezone.now()
    with locked_atomic():
        stored = (
            StripeEvent.objects.select_for_update(skip_locked=True)
            .filter(pk=event_pk, processed_at__isnull=True)
            .first()
        )
        if stored is None:
            return "skipped"
        obj = stored.payload or {}
        stored.attempts += 1
        outcome = "applied"
        retry_reason = ""
        try:
            with transaction.atomic():
                STRIPE_HANDLERS[stored.type](obj)
        except (StripeRetryLater, TicketingBusy) as error:
            retry_reason = f"{error.message} [{error.code}]"
        except TicketingError as error:
            if _is_ours(_event_fields(obj)):
                _flag(stored, f"{error.message} [{error.code}]")
                outcome = "flagged"
            else:
                # Another integration on the account: nothing of ours to do.
                logger.info("Stripe event %s ignored: %s", stored.event_id, error)
        except Exception as error:
            # A fault of ours (a bug, a database error): tried again with the same
            # delays, and staff told after three days, not every minute forever.
            logger.exception("Stripe event %s failed", stored.event_id)
            retry_reason = f"{type(error).__name__}: {error}"[:1000]
        if retry_reason:
            stored.last_error = retry_reason
            if now - stored.received_at < GIVE_UP_AFTER:
                stored.next_attempt_at = now + _retry_delay(stored.attempts)
                stored.save(update_fields=["attempts", "last_error", "next_attempt_at"])
                return "waiting"
            _flag(
                stored, f"Not applied after {stored.attempts} attempts: {retry_reason}"
            )
            outcome = "flagged"
        stored.processed_at = now
        stored.next_attempt_at = None
        if not stored.flagged:
            stored.payload = None  # applied: what Stripe sent is not kept
        stored.save()
    return outcome


def stripe_events_due(*, now: datetime | None = None) -> list[int]:
    """The events waiting to be applied whose next attempt is due."""
    now = now or timezone.now()
    return list(
        StripeEvent.objects.filter(processed_at__isnull=True, next_attempt_at__lte=now)
        .order_by("received_at", "pk")
        .values_list("pk", flat=True)[:500]
    )
