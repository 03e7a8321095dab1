"""Refunds: staff give money back, late payments are returned, Stripe reports its own.

Card refunds call Stripe while the order is locked, so two refunds can never add up to
more than was paid; every refund issues a credit note.

Locking order, the same everywhere so two transactions never wait on each other in a
circle: payment, then order, then quotas (by id), then the voucher.
"""

import logging
from collections.abc import Sequence
from datetime import datetime, timedelta
from decimal import Decimal

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.money import format_money

from .. import gateway, pricing
from ..exceptions import TicketingError
from ..models import Invoice, Order, OrderPosition, Payment, Refund
from ..permissions import may_refund, refund_limit
from .history import order_flag, order_log, order_set_state
from .invoices import invoice_issue
from .locking import locked_atomic
from .waitinglist import offer_after_commit

logger = logging.getLogger(__name__)


def refundable(order: Order) -> Decimal:
    """Money confirmed on the order and not yet given back."""
    paid = sum(
        (p.amount for p in order.payments.filter(state=Payment.State.CONFIRMED)),
        Decimal(0),
    )
    refunded = sum((r.amount for r in order.refunds.all()), Decimal(0))
    return paid - refunded


def _payments_left(order: Order) -> list[tuple[Payment, Decimal]]:
    """Confirmed payments with money not yet given back, newest first."""
    payments = (
        order.payments.filter(state=Payment.State.CONFIRMED)
        .prefetch_related("refunds")
        .order_by("-confirmed_at", "-pk")
    )
    left = []
    for payment in payments:
        remaining = payment.amount - sum(
            (r.amount for r in payment.refunds.all()), Decimal(0)
        )
        if remaining > 0:
            left.append((payment, remaining))
    return left


def refund_allocate(*, order: Order, amount: Decimal) -> list[tuple[Payment, Decimal]]:
    """Split a refund over the payments that still hold money, newest first.

    No payment is ever asked for more than it has left (its amount minus its
    refunds), so a duplicate payment already given back is never refunded again.
    """
    parts = []
    for payment, remaining in _payments_left(order):
        if amount <= 0:
            break
        part = min(amount, remaining)
        parts.append((payment, part))
        amount -= part
    if amount > 0:
        raise TicketingError(_("Nothing is left to refund."), code="amount")
    return parts


def refund_create(
    *,
    order: Order,
    actor,
    positions: Sequence[OrderPosition] = (),
    amount: Decimal | None = None,
    reason: str = "",
    now: datetime | None = None,
    within_limit: bool = False,
) -> list[Refund]:
    """Give money back and cancel the given tickets; they return to the quotas.

    With ``within_limit``, the refunds on the order may add up to the refund limit
    unless the actor may refund any amount; counted under the order's lock, so two
    refunds at once cannot pass the limit together.

    The amount defaults to the price of the tickets cancelled, or everything left when
    no ticket is named. It is taken from the payments that still hold money (one
    refund per payment); card payments are refunded through Stripe while the order is
    locked, so two refunds can never add up to more than was paid.
    """
    now = now or timezone.now()
    with locked_atomic():
        order = Order.objects.select_for_update().get(pk=order.pk)
        if order.state != Order.State.PAID and not order.needs_attention:
            raise TicketingError(_("Only paid orders can be refunded."), code="state")
        position_ids = {position.pk for position in positions}
        to_cancel = list(
            order.positions.filter(pk__in=position_ids, cancelled_at__isnull=True)
        )
        if len(to_cancel) != len(position_ids):
            raise TicketingError(
                _("Some of these tickets are not in this order or are cancelled."),
                code="positions",
            )
        left = refundable(order)
        if amount is None:
            amount = (
                sum((p.price for p in to_cancel), Decimal(0)) if to_cancel else left
            )
        amount = pricing.to_cents(Decimal(amount))
        if amount <= 0:
            raise TicketingError(_("Nothing is left to refund."), code="amount")
        if amount > left:
            raise TicketingError(
                _("At most %(amount)s can still be refunded.")
                % {"amount": format_money(left, order.conference.currency)},
                code="amount",
            )
        if within_limit:
            _check_limit(order=order, actor=actor, amount=amount)
        # Counted before this refund, so a retry after a failure sends Stripe the
        # same idempotency keys and gets back the refunds it already made.
        attempt = order.refunds.count() + 1
        refunds = []
        for payment, part in refund_allocate(order=order, amount=amount):
            reference = ""
            if payment.method == Order.PaymentMethod.CARD:
                reference = _stripe_refund(
                    order=order, payment=payment, amount=part, attempt=attempt
                )
            refund = Refund(
                order=order,
                payment=payment,
                amount=part,
                provider_reference=reference,
                reason=reason,
                created_by=actor if actor and actor.is_authenticated else None,
            )
            refund.full_clean()
            refund.save()
            refunds.append(refund)
        refund_record_consequences(
            order=order,
            refunds=refunds,
            to_cancel=to_cancel,
            actor=actor,
            action="refunded",
            now=now,
        )
    return refunds


def _check_limit(*, order: Order, actor, amount: Decimal) -> None:
    already = sum((r.amount for r in order.refunds.all()), Decimal(0))
    if not may_refund(user=actor, already_refunded=already, amount=amount):
        raise TicketingError(
            _(
                "Refunds on one order may add up to %(limit)s. Ask an administrator "
                "to refund more."
            )
            % {"limit": format_money(refund_limit(), order.conference.currency)},
            code="limit",
        )


def refund_record_consequences(
    *,
    order: Order,
    refunds: Sequence[Refund],
    to_cancel: Sequence[OrderPosition] = (),
    actor=None,
    action: str,
    now: datetime,
    flag_if_tickets_left: str = "",
) -> None:
    """What every refund brings, made in the admin or on Stripe's dashboard.

    Runs inside the locked transaction that saved the refunds: the tickets named are
    cancelled, each refund gets its credit note, the history records it, an order
    with nothing left becomes refunded, and the places freed are offered to the
    waiting list once the change is saved. When money came back but tickets are
    still valid and no one chose which to cancel, ``flag_if_tickets_left`` asks staff.
    """
    for position in to_cancel:
        position.cancelled_at = now
        position.save(update_fields=["cancelled_at"])
    if to_cancel:
        refunds[0].positions.set(to_cancel)
    credit_notes = [
        invoice_issue(
            order=order,
            kind=Invoice.Kind.CREDIT_NOTE,
            refund=refund,
            amount=refund.amount,
        )
        for refund in refunds
    ]
    order_log(
        order=order,
        actor=actor,
        action=action,
        amount=sum((refund.amount for refund in refunds), Decimal(0)),
        tickets=",".join(str(p.pk) for p in to_cancel),
        reference=",".join(
            r.provider_reference for r in refunds if r.provider_reference
        ),
        credit_note=",".join(note.number for note in credit_notes),
    )
    remaining = order.positions.filter(cancelled_at__isnull=True)
    if order.state == Order.State.PAID and (
        not remaining.exists() or refundable(order) <= 0
    ):
        remaining.update(cancelled_at=now)
        order_set_state(
            order=order,
            to_state=Order.State.REFUNDED,
            action="fully_refunded",
            actor=actor,
        )
    elif order.state == Order.State.PAID and flag_if_tickets_left:
        order_flag(order=order, reason=flag_if_tickets_left)
    offer_after_commit(
        order.positions.filter(cancelled_at=now).values_list(
            "ticket_type_id", flat=True
        )
    )


def _stripe_refund(
    *, order: Order, payment: Payment, amount: Decimal, attempt: int
) -> str:
    """Refund a card payment on Stripe; returns the Stripe refund id."""
    try:
        return gateway.refund_create(
            payment_intent=payment.payment_intent,
            amount_cents=pricing.stripe_amount(amount),
            idempotency_key=f"refund-{order.code}-{attempt}-{payment.pk}",
        )
    except gateway.GatewayError as error:
        logger.exception("Stripe refund failed for order %s", order.code)
        raise TicketingError(
            _("Stripe refused the refund: %(error)s") % {"error": error},
            code="stripe",
        ) from error


def refund_unplaceable_payment(*, payment_id: int) -> Refund | None:
    """Give back a payment that arrived when its places were gone, or twice."""
    payment = Payment.objects.get(pk=payment_id)
    try:
        with locked_atomic():
            order = Order.objects.select_for_update().get(pk=payment.order_id)
            if payment.refunds.exists():
                return None
            reference = ""
            if payment.method == Order.PaymentMethod.CARD and payment.payment_intent:
                reference = gateway.refund_create(
                    payment_intent=payment.payment_intent,
                    amount_cents=pricing.stripe_amount(payment.amount),
                    idempotency_key=f"late-refund-{payment.pk}",
                )
            refund = Refund.objects.create(
                order=order,
                payment=payment,
                amount=payment.amount,
                provider_reference=reference,
                reason="Payment arrived when the places were no longer available.",
            )
            order_log(
                order=order, action="late_payment_refunded", amount=payment.amount
            )
    except gateway.GatewayError:
        # The order stays flagged: staff refund it by hand.
        logger.exception("Automatic refund failed for payment %s", payment_id)
        return None
    return refund


def refunds_due_sweep(*, older_than: timedelta = timedelta(minutes=5)) -> int:
    """Refund the payments marked as owing a refund whose task never ran."""
    cutoff = timezone.now() - older_than
    due = Payment.objects.filter(
        refund_due_at__lte=cutoff, refunds__isnull=True
    ).values_list("pk", flat=True)
    return sum(
        refund_unplaceable_payment(payment_id=pk) is not None for pk in list(due)
    )


def refund_record_external(
    *, payment_intent: str, amount_refunded_cents: int, refund_ids: Sequence[str]
) -> None:
    """Stripe reports a refund (perhaps made on its dashboard): record what is new."""
    with locked_atomic():
        payment = (
            Payment.objects.filter(payment_intent=payment_intent)
            .select_related("order")
            .first()
        )
        if payment is None:
            return
        order = Order.objects.select_for_update().get(pk=payment.order_id)
        recorded = sum((r.amount for r in payment.refunds.all()), Decimal(0))
        reported = Decimal(amount_refunded_cents) / 100
        if reported <= recorded:
            return
        known = set(
            payment.refunds.exclude(provider_reference="").values_list(
                "provider_reference", flat=True
            )
        )
        new_ids = [rid for rid in refund_ids if rid not in known]
        try:
            with transaction.atomic():
                refund = Refund.objects.create(
                    order=order,
                    payment=payment,
                    amount=reported - recorded,
                    provider_reference=new_ids[0] if len(new_ids) == 1 else "",
                    reason="Refunded outside the site (reported by Stripe).",
                )
        except IntegrityError:
            return
        refund_record_consequences(
            order=order,
            refunds=[refund],
            action="refund_reported",
            now=timezone.now(),
            flag_if_tickets_left="Partly refunded on Stripe: "
            "choose the tickets to cancel.",
        )
