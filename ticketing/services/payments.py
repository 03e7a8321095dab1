"""Payments: open a Stripe Checkout Session, confirm or fail it, mark a transfer paid.

Confirmed money turns a pending order into a paid one, or (when its places were
released and sold meanwhile) flags the order and gives the money back.

Locking order, the same everywhere so two transactions never wait on each other in a
circle: payment, then order, then quotas (by id), then the voucher.
"""

from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .. import gateway, pricing
from ..exceptions import TicketingError
from ..models import Order, Payment
from .capacity import check_capacity
from .history import order_flag, order_log, order_set_state
from .invoices import invoice_issue
from .locking import locked_atomic
from .mail import OrderMail, outbox_queue
from .waitinglist import offer_after_commit


@dataclass(frozen=True)
class Confirmation:
    order: Order
    changed: bool
    refund_payment_id: int | None = None


def payment_start(
    *,
    order: Order,
    success_url: str,
    cancel_url: str,
    now: datetime | None = None,
    locale: str = "auto",
) -> Payment:
    """Open a Stripe Checkout Session for a pending card order, for the server's total.

    The session closes when the hold ends (Stripe accepts no less than 30 minutes
    ahead): a payment that still arrives later goes through the late-payment check.
    """
    now = now or timezone.now()
    with locked_atomic():
        # Two clicks on "pay" queue here and share one Checkout Session.
        order = (
            Order.objects.select_for_update(of=("self",))
            .select_related("conference", "buyer")
            .get(pk=order.pk)
        )
        return _payment_start_locked(
            order=order,
            success_url=success_url,
            cancel_url=cancel_url,
            now=now,
            locale=locale,
        )


def _payment_start_locked(
    *, order: Order, success_url: str, cancel_url: str, now: datetime, locale: str
) -> Payment:
    if order.payment_method != Order.PaymentMethod.CARD:
        raise TicketingError(_("This order is paid by bank transfer."), code="method")
    if not order.is_held(now) or order.state != Order.State.PENDING:
        raise TicketingError(
            _("This order can no longer be paid; its tickets were released."),
            code="not_payable",
        )
    open_payment = order.payments.filter(
        state=Payment.State.CREATED, method=Order.PaymentMethod.CARD
    ).exclude(checkout_url="")
    if payment := open_payment.first():
        return payment
    payment = Payment.objects.create(
        order=order, method=Order.PaymentMethod.CARD, amount=order.total
    )
    expires_at = max(order.expires_at, now + timedelta(minutes=30, seconds=30))
    session = gateway.checkout_session_create(
        order_code=order.code,
        description=f"{order.conference.local_name} · {order.code}",
        amount_cents=pricing.stripe_amount(order.total),
        currency=order.conference.currency,
        customer_email=order.buyer.email,
        expires_at=expires_at,
        success_url=success_url,
        cancel_url=cancel_url,
        idempotency_key=f"checkout-{payment.pk}",
        locale=locale,
    )
    payment.provider_reference = session.id
    payment.checkout_url = session.url
    payment.save(update_fields=["provider_reference", "checkout_url"])
    order_log(
        order=order, action="payment_started", payment=payment.pk, session=session.id
    )
    return payment


def _refund_after_commit(payment: Payment) -> None:
    """Card money that cannot buy its places goes back, once the flag is saved.

    The payment is marked as owing a refund in the same transaction, so the refund
    happens even if the task is lost (broker down): ``refunds_due_sweep`` finds it.
    """
    from ..tasks import refund_late_payment

    if payment.method == Order.PaymentMethod.CARD:
        payment.refund_due_at = timezone.now()
        payment.save(update_fields=["refund_due_at"])
        transaction.on_commit(lambda: refund_late_payment.delay(payment.pk))


def confirm_locked(
    *, payment: Payment, order: Order, now: datetime, actor=None
) -> Confirmation:
    """Turn confirmed money into a paid order, or flag it to be refunded.

    The caller holds the payment's and the order's locks; the quotas are locked here
    only when the hold has passed and the places must be counted again.
    """
    payment.state = Payment.State.CONFIRMED
    payment.confirmed_at = now
    payment.save()
    order_log(
        order=order,
        actor=actor,
        action="payment_confirmed",
        payment=payment.pk,
        amount=payment.amount,
    )
    if order.state == Order.State.PENDING and order.expires_at > now:
        pass  # the normal case: the places are still held for this order
    elif order.state in (Order.State.PENDING, Order.State.EXPIRED):
        counts = Counter(
            position.ticket_type
            for position in order.positions.filter(
                cancelled_at__isnull=True
            ).select_related("ticket_type")
        )
        try:
            with transaction.atomic():
                check_capacity(counts=counts, on=now, exclude_order=order)
        except TicketingError:
            if order.state == Order.State.PENDING:
                order_set_state(
                    order=order, to_state=Order.State.EXPIRED, action="expired"
                )
            order_flag(
                order=order,
                reason="Paid after its hold expired and the places were gone; "
                "the payment is refunded.",
                payment=payment.pk,
            )
            _refund_after_commit(payment)
            return Confirmation(order=order, changed=True, refund_payment_id=payment.pk)
        order_log(order=order, action="late_payment_accepted", payment=payment.pk)
    else:
        order_flag(
            order=order,
            reason=f"A payment arrived for an order that is {order.state}; "
            "it is refunded.",
            payment=payment.pk,
        )
        _refund_after_commit(payment)
        return Confirmation(order=order, changed=True, refund_payment_id=payment.pk)
    order.paid_at = now
    order_set_state(
        order=order,
        to_state=Order.State.PAID,
        action="paid",
        actor=actor,
        method=payment.method,
    )
    invoice = invoice_issue(order=order)
    order_log(order=order, action="invoice_issued", number=invoice.number)
    outbox_queue(order=order, kind=OrderMail.CONFIRMATION)
    return Confirmation(order=order, changed=True)


def payment_confirm(
    *,
    session_id: str,
    amount_cents: int,
    currency: str,
    payment_intent: str = "",
    now: datetime | None = None,
) -> Confirmation:
    """Record that Stripe took the money for a Checkout Session; safe to call twice.

    Called by the webhook and by the success page with what Stripe reported. Only the
    first call changes anything; an amount or currency that differs from what we asked
    for is never accepted as payment.
    """
    now = now or timezone.now()
    with locked_atomic():
        payment = (
            Payment.objects.select_for_update()
            .filter(provider_reference=session_id)
            .first()
        )
        if payment is None:
            raise TicketingError(_("Unknown payment."), code="unknown_payment")
        order = Order.objects.select_for_update().get(pk=payment.order_id)
        if payment.state == Payment.State.CONFIRMED:
            return Confirmation(order=order, changed=False)
        if payment_intent:
            payment.payment_intent = payment_intent
        expected = pricing.stripe_amount(payment.amount)
        if amount_cents != expected or currency.upper() != (order.conference.currency):
            payment.save(update_fields=["payment_intent"])
            order_flag(
                order=order,
                reason=f"Stripe reported {amount_cents} {currency} for a payment "
                f"of {expected} {order.conference.currency}; not confirmed.",
                payment=payment.pk,
            )
            return Confirmation(order=order, changed=True)
        return confirm_locked(payment=payment, order=order, now=now)


def payment_processing(*, session_id: str) -> None:
    """The buyer completed Checkout with a delayed method; wait for the outcome."""
    with locked_atomic():
        payment = (
            Payment.objects.select_for_update()
            .filter(provider_reference=session_id)
            .first()
        )
        if payment is None or payment.state != Payment.State.CREATED:
            return
        payment.state = Payment.State.PROCESSING
        payment.save(update_fields=["state"])
        order_log(order=payment.order, action="payment_processing", payment=payment.pk)


def payment_fail(*, session_id: str, reason: str) -> None:
    """A Checkout Session failed or expired: the payment ends, the hold runs out."""
    with locked_atomic():
        payment = (
            Payment.objects.select_for_update()
            .filter(provider_reference=session_id)
            .first()
        )
        if payment is None or payment.state not in (
            Payment.State.CREATED,
            Payment.State.PROCESSING,
        ):
            return
        order = Order.objects.select_for_update().get(pk=payment.order_id)
        payment.state = (
            Payment.State.FAILED if reason == "failed" else Payment.State.CANCELLED
        )
        payment.save(update_fields=["state"])
        order_log(order=order, action=f"payment_{reason}", payment=payment.pk)
        if order.state == Order.State.PENDING and reason == "expired":
            # The session is gone, so nothing can pay this order any more.
            order.expires_at = min(order.expires_at, timezone.now())
            order_set_state(order=order, to_state=Order.State.EXPIRED, action="expired")
            offer_after_commit(order.positions.values_list("ticket_type_id", flat=True))


def order_mark_paid(*, order: Order, actor, now: datetime | None = None) -> Order:
    """Staff saw the bank transfer arrive: the order is paid (or flagged if late)."""
    now = now or timezone.now()
    with locked_atomic():
        # Payment before order, as everywhere else.
        payment = (
            Payment.objects.select_for_update()
            .filter(order_id=order.pk, method=Order.PaymentMethod.BANK_TRANSFER)
            .exclude(state=Payment.State.CONFIRMED)
            .order_by("pk")
            .first()
        )
        order = Order.objects.select_for_update().get(pk=order.pk)
        if order.payment_method != Order.PaymentMethod.BANK_TRANSFER:
            raise TicketingError(
                _("Only bank transfer orders are marked paid by hand."), code="method"
            )
        if order.state == Order.State.PAID:
            return order
        if order.state not in (Order.State.PENDING, Order.State.EXPIRED):
            raise TicketingError(
                _("A %(state)s order cannot be marked paid.")
                % {"state": order.get_state_display()},
                code="state",
            )
        payment = payment or Payment.objects.create(
            order=order, method=Order.PaymentMethod.BANK_TRANSFER, amount=order.total
        )
        result = confirm_locked(payment=payment, order=order, now=now, actor=actor)
    if result.refund_payment_id:
        # The flag and the payment are saved; staff refund the transfer by hand.
        raise TicketingError(
            _(
                "The places of this order were sold to others after it expired; "
                "it is flagged: refund the transfer."
            ),
            code="late",
        )
    return result.order
