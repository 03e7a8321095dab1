"""Every write that moves money or places: each function owns its transaction.

Locking order, the same everywhere so two transactions never wait on each other in a
circle: payment, then order, then quotas (by id), then the voucher.
"""

import logging
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation

import stripe
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, OperationalError, connection, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.selectors import user_email_verified

from . import documents, gateway, pricing
from .exceptions import TicketingBusy, TicketingError
from .models import (
    Conference,
    Invoice,
    Order,
    OrderLogEntry,
    OrderPosition,
    Outbox,
    Payment,
    Quota,
    Refund,
    StripeEvent,
    TicketType,
    Voucher,
    WaitingListEntry,
    WaitingListLogEntry,
)
from .selectors import (
    buyer_may_buy,
    quota_available,
    ticket_type_available,
    voucher_applies_to,
    voucher_find,
    voucher_uses,
    waiting_list_head,
)

logger = logging.getLogger(__name__)

ATTENDEE_FIELDS = (
    "attendee_name",
    "attendee_email",
    "organisation",
    "badge_name",
    "dietary_needs",
    "access_needs",
)
INVOICE_FIELDS = (
    "invoice_name",
    "invoice_company",
    "invoice_address",
    "invoice_country",
    "invoice_vat_number",
)


@dataclass(frozen=True)
class Item:
    """A line of the buyer's choice as posted: a ticket type, a quantity, a price.

    ``unit_price`` is the price including VAT the buyer was shown; when given, it must
    equal the server's price or the order is refused.
    """

    ticket_type_id: int
    quantity: int
    unit_price: Decimal | None = None


@dataclass
class PlacedLine:
    ticket_type: TicketType
    price: pricing.LinePrice
    voucher: Voucher | None
    attendee: dict = field(default_factory=dict)


# --- Helpers ------------------------------------------------------------------------


def _log(
    *,
    order: Order,
    action: str,
    actor=None,
    from_state: str = "",
    to_state: str = "",
    **data,
) -> None:
    OrderLogEntry.objects.create(
        order=order,
        actor=actor if actor is not None and actor.is_authenticated else None,
        action=action,
        from_state=from_state,
        to_state=to_state,
        data={key: str(value) for key, value in data.items()},
    )


def _set_state(*, order: Order, to_state: str, action: str, actor=None, **data):
    from_state = order.state
    order.state = to_state
    order.full_clean()
    order.save()
    _log(
        order=order,
        action=action,
        actor=actor,
        from_state=from_state,
        to_state=to_state,
        **data,
    )


def _set_lock_timeout() -> None:
    """Give up on a lock after a few seconds instead of queueing forever."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL lock_timeout = %s", [settings.LOCK_TIMEOUT])


def _is_lock_timeout(error: OperationalError) -> bool:
    cause = getattr(error, "__cause__", None)
    return getattr(cause, "sqlstate", None) == "55P03" or "lock" in str(error).lower()


def _lock_quotas(quota_ids: Iterable[int]) -> list[Quota]:
    """Lock the quotas' rows in id order so concurrent buyers queue, not deadlock.

    ``TICKETING_LOCK_QUOTAS`` exists so that a test can switch the locking off and
    show the oversell it prevents; it is always on otherwise.
    """
    quotas = Quota.objects.filter(pk__in=sorted(set(quota_ids))).order_by("pk")
    if settings.TICKETING_LOCK_QUOTAS:
        quotas = quotas.select_for_update()
    return list(quotas)


def _check_capacity(
    *,
    counts: Counter,
    on: datetime,
    exclude_order: Order | None = None,
    for_user=None,
) -> None:
    """Refuse unless every quota has room for the tickets asked, counted after lock.

    ``counts`` maps a ticket type to a number of tickets; ``for_user`` is the buyer,
    whose own waiting-list offer does not count against them.
    """
    quota_ids = {
        quota_id
        for ticket_type in counts
        for quota_id in ticket_type.quotas.values_list("pk", flat=True)
    }
    for ticket_type in counts:
        if not ticket_type.quotas.exists():
            raise TicketingError(
                _("“%(name)s” is not on sale.") % {"name": ticket_type.name},
                code="not_on_sale",
            )
    for quota in _lock_quotas(quota_ids):
        type_ids = set(quota.ticket_types.values_list("pk", flat=True))
        wanted = sum(n for tt, n in counts.items() if tt.pk in type_ids)
        if not wanted:
            continue
        left = quota_available(
            quota=quota, on=on, exclude_order=exclude_order, for_user=for_user
        )
        if wanted > left:
            names = ", ".join(tt.name for tt in counts if tt.pk in type_ids)
            if left == 0:
                message = _("“%(names)s” is sold out.") % {"names": names}
            else:
                message = _(
                    "Only %(left)d place(s) left for “%(names)s”; please choose fewer."
                ) % {"left": left, "names": names}
            raise TicketingError(message, code="sold_out")


def _outbox(*, order: Order, kind: str) -> None:
    """Queue a mail once per order and kind; the task sends it after commit."""
    from .tasks import send_order_mail

    outbox, created = Outbox.objects.get_or_create(order=order, kind=kind)
    if created:
        transaction.on_commit(lambda: send_order_mail.delay(outbox.pk))


def _parse_price(value) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        raise TicketingError(
            _("The prices you sent are not valid."), code="tampered"
        ) from None


# --- Orders -------------------------------------------------------------------------


def order_place(
    *,
    buyer,
    conference: Conference,
    items: Sequence[Item],
    voucher_code: str = "",
    invoice_address: dict,
    attendees: Sequence[dict],
    payment_method: str,
    now: datetime | None = None,
) -> Order:
    """Place an order: recompute every price, hold the places, or refuse.

    The posted items must name ticket types of this conference on sale to this buyer,
    and any posted price must match the server's. Availability is counted again after
    the quota rows are locked, so the last places are never sold twice.
    """
    now = now or timezone.now()
    if buyer is None or not buyer.is_authenticated:
        raise TicketingError(_("Please sign in to buy tickets."), code="anonymous")
    if not user_email_verified(user=buyer):
        raise TicketingError(
            _("Confirm your e-mail address before buying tickets."), code="unverified"
        )
    if payment_method not in Order.PaymentMethod.values:
        raise TicketingError(_("Choose a payment method."), code="payment_method")
    if not conference.sales_are_open(now):
        raise TicketingError(
            _("Ticket sales for this conference are closed."), code="closed"
        )
    wanted = [item for item in items if item.quantity]
    if not wanted or any(item.quantity < 0 for item in wanted):
        raise TicketingError(_("Choose at least one ticket."), code="empty")
    if len({item.ticket_type_id for item in wanted}) != len(wanted):
        raise TicketingError(_("The tickets you sent are not valid."), code="tampered")
    total_quantity = sum(item.quantity for item in wanted)
    if len(attendees) != total_quantity:
        raise TicketingError(
            _("Enter one attendee for each ticket."), code="attendees_mismatch"
        )

    types_by_id = {
        tt.pk: tt
        for tt in conference.ticket_types.filter(
            pk__in=[item.ticket_type_id for item in wanted]
        ).prefetch_related("quotas")
    }
    voucher = voucher_find(conference=conference, code=voucher_code)
    if voucher_code.strip() and voucher is None:
        raise TicketingError(_("This voucher code does not exist."), code="voucher")
    if voucher is not None and not voucher.is_valid(now):
        raise TicketingError(_("This voucher is not valid now."), code="voucher")

    lines: list[PlacedLine] = []
    attendee_rows = iter(attendees)
    for item in wanted:
        ticket_type = types_by_id.get(item.ticket_type_id)
        if ticket_type is None:
            raise TicketingError(
                _("One of the tickets you chose is not offered."), code="tampered"
            )
        if not ticket_type.is_available(now):
            raise TicketingError(
                _("“%(name)s” is not on sale now.") % {"name": ticket_type.name},
                code="not_on_sale",
            )
        if not buyer_may_buy(user=buyer, ticket_type=ticket_type, on=now):
            raise TicketingError(
                _("“%(name)s” is reserved for members of the network.")
                % {"name": ticket_type.name},
                code="members_only",
            )
        applies = voucher is not None and voucher_applies_to(
            voucher=voucher, ticket_type=ticket_type
        )
        if ticket_type.requires_voucher and not applies:
            raise TicketingError(
                _("One of the tickets you chose is not offered."), code="tampered"
            )
        if not ticket_type.min_per_order <= item.quantity <= ticket_type.max_per_order:
            raise TicketingError(
                _("Choose between %(min)d and %(max)d “%(name)s” tickets per order.")
                % {
                    "min": ticket_type.min_per_order,
                    "max": ticket_type.max_per_order,
                    "name": ticket_type.name,
                },
                code="quantity",
            )
        discount = None
        if applies:
            discount = pricing.Discount(kind=voucher.kind, value=voucher.value)
        price = pricing.line_price(
            price_excl_vat=ticket_type.price,
            vat_rate=conference.vat_rate,
            discount=discount,
        )
        posted = _parse_price(item.unit_price)
        if posted is not None and posted != price.price:
            raise TicketingError(
                _(
                    "The price of “%(name)s” is %(price)s €, not what your browser "
                    "sent. Please review your order."
                )
                % {"name": ticket_type.name, "price": price.price},
                code="tampered",
            )
        for _n in range(item.quantity):
            lines.append(
                PlacedLine(
                    ticket_type=ticket_type,
                    price=price,
                    voucher=voucher if applies else None,
                    attendee=dict(next(attendee_rows)),
                )
            )
    if voucher is not None and not any(line.voucher for line in lines):
        raise TicketingError(
            _("This voucher does not apply to the tickets you chose."), code="voucher"
        )
    order_totals = pricing.totals(line.price for line in lines)

    if payment_method == Order.PaymentMethod.BANK_TRANSFER:
        expires_at = now + timedelta(days=conference.bank_transfer_days)
    else:
        expires_at = now + timedelta(minutes=settings.TICKETING_HOLD_MINUTES)

    order = Order(
        conference=conference,
        buyer=buyer,
        payment_method=payment_method,
        expires_at=expires_at,
        total_excl_vat=order_totals.excl_vat,
        total_vat=order_totals.vat,
        total=order_totals.total,
        voucher=voucher,
        **{name: (invoice_address.get(name) or "").strip() for name in INVOICE_FIELDS},
    )
    positions = [
        OrderPosition(
            ticket_type=line.ticket_type,
            voucher=line.voucher,
            price_excl_vat=line.price.price_excl_vat,
            vat_rate=line.price.vat_rate,
            vat=line.price.vat,
            price=line.price.price,
            **{
                name: (line.attendee.get(name) or "").strip()
                for name in ATTENDEE_FIELDS
            },
        )
        for line in lines
    ]
    try:
        order.full_clean(exclude=["code"])
        for position in positions:
            position.full_clean(exclude=["order", "secret"])
    except ValidationError as error:
        raise TicketingError(
            _("Some details are missing or not valid: %(fields)s")
            % {"fields": ", ".join(sorted(error.message_dict))},
            code="invalid",
        ) from error

    try:
        with transaction.atomic():
            _set_lock_timeout()
            bought = Counter(line.ticket_type for line in lines)
            _check_capacity(counts=bought, on=now, for_user=buyer)
            if voucher is not None:
                locked = Voucher.objects.all()
                if settings.TICKETING_LOCK_QUOTAS:
                    locked = locked.select_for_update()
                locked.get(pk=voucher.pk)
                needed = sum(1 for line in lines if line.voucher)
                if voucher_uses(voucher=voucher, on=now) + needed > voucher.max_uses:
                    raise TicketingError(
                        _("This voucher has been used up."), code="voucher_used_up"
                    )
            order.save()
            for position in positions:
                position.order = order
            OrderPosition.objects.bulk_create(positions)
            _waiting_list_accept(buyer=buyer, ticket_types=bought, now=now)
            _log(
                order=order,
                action="placed",
                actor=buyer,
                to_state=order.state,
                total=order.total,
                method=payment_method,
            )
            if order.total == 0:
                # Nothing to pay (a speaker's voucher): the order is paid at once.
                free = Payment.objects.create(
                    order=order, method=payment_method, amount=order.total
                )
                _confirm_locked(payment=free, order=order, now=now, actor=buyer)
            elif payment_method == Order.PaymentMethod.BANK_TRANSFER:
                Payment.objects.create(
                    order=order,
                    method=payment_method,
                    amount=order.total,
                )
                _outbox(order=order, kind=Outbox.Kind.BANK_TRANSFER)
    except OperationalError as error:
        if _is_lock_timeout(error):
            raise TicketingBusy() from error
        raise
    return order


def order_expire(*, order: Order, now: datetime | None = None, actor=None) -> bool:
    """Expire a pending order whose hold has passed; its places return to sale."""
    now = now or timezone.now()
    with transaction.atomic():
        _set_lock_timeout()
        order = Order.objects.select_for_update().get(pk=order.pk)
        if order.state != Order.State.PENDING or order.expires_at > now:
            return False
        _set_state(
            order=order, to_state=Order.State.EXPIRED, action="expired", actor=actor
        )
        order.payments.filter(
            state__in=[Payment.State.CREATED, Payment.State.PROCESSING]
        ).update(state=Payment.State.CANCELLED)
        _offer_after_commit(order.positions.values_list("ticket_type_id", flat=True))
    return True


def orders_expire_overdue(*, now: datetime | None = None) -> int:
    """Expire every pending order past its hold or due date."""
    now = now or timezone.now()
    overdue = Order.objects.filter(state=Order.State.PENDING, expires_at__lte=now).only(
        "pk"
    )
    return sum(order_expire(order=order, now=now) for order in overdue)


# --- Payments -----------------------------------------------------------------------


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
    with transaction.atomic():
        # Two clicks on "pay" queue here and share one Checkout Session.
        _set_lock_timeout()
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
        description=f"{order.conference.name} · {order.code}",
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
    _log(order=order, action="payment_started", payment=payment.pk, session=session.id)
    return payment


@dataclass(frozen=True)
class Confirmation:
    order: Order
    changed: bool
    refund_payment_id: int | None = None


def _flag(*, order: Order, reason: str, **data) -> None:
    order.needs_attention = True
    order.attention_reason = "\n".join(filter(None, [order.attention_reason, reason]))
    order.save(update_fields=["needs_attention", "attention_reason"])
    _log(order=order, action="flagged", reason=reason, **data)


def _refund_after_commit(payment: Payment) -> None:
    """Card money that cannot buy its places goes back, once the flag is saved."""
    from .tasks import refund_late_payment

    if payment.method == Order.PaymentMethod.CARD:
        transaction.on_commit(lambda: refund_late_payment.delay(payment.pk))


def _confirm_locked(
    *, payment: Payment, order: Order, now: datetime, actor=None
) -> Confirmation:
    """Turn confirmed money into a paid order, or flag it to be refunded."""
    payment.state = Payment.State.CONFIRMED
    payment.confirmed_at = now
    payment.full_clean()
    payment.save()
    _log(
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
                _check_capacity(counts=counts, on=now, exclude_order=order)
        except TicketingError:
            if order.state == Order.State.PENDING:
                _set_state(order=order, to_state=Order.State.EXPIRED, action="expired")
            _flag(
                order=order,
                reason="Paid after its hold expired and the places were gone; "
                "the payment is refunded.",
                payment=payment.pk,
            )
            _refund_after_commit(payment)
            return Confirmation(order=order, changed=True, refund_payment_id=payment.pk)
        _log(order=order, action="late_payment_accepted", payment=payment.pk)
    else:
        _flag(
            order=order,
            reason=f"A payment arrived for an order that is {order.state}; "
            "it is refunded.",
            payment=payment.pk,
        )
        _refund_after_commit(payment)
        return Confirmation(order=order, changed=True, refund_payment_id=payment.pk)
    order.paid_at = now
    _set_state(
        order=order,
        to_state=Order.State.PAID,
        action="paid",
        actor=actor,
        method=payment.method,
    )
    invoice = documents.invoice_issue(order=order)
    _log(order=order, action="invoice_issued", number=invoice.number)
    _outbox(order=order, kind=Outbox.Kind.CONFIRMATION)
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
    try:
        with transaction.atomic():
            _set_lock_timeout()
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
            if amount_cents != expected or currency.upper() != (
                order.conference.currency
            ):
                payment.save(update_fields=["payment_intent"])
                _flag(
                    order=order,
                    reason=f"Stripe reported {amount_cents} {currency} for a payment "
                    f"of {expected} {order.conference.currency}; not confirmed.",
                    payment=payment.pk,
                )
                return Confirmation(order=order, changed=True)
            result = _confirm_locked(payment=payment, order=order, now=now)
    except OperationalError as error:
        if _is_lock_timeout(error):
            raise TicketingBusy() from error
        raise
    return result


def payment_processing(*, session_id: str) -> None:
    """The buyer completed Checkout with a delayed method; wait for the outcome."""
    with transaction.atomic():
        payment = (
            Payment.objects.select_for_update()
            .filter(provider_reference=session_id)
            .first()
        )
        if payment is None or payment.state != Payment.State.CREATED:
            return
        payment.state = Payment.State.PROCESSING
        payment.save(update_fields=["state"])
        _log(order=payment.order, action="payment_processing", payment=payment.pk)


def payment_fail(*, session_id: str, reason: str) -> None:
    """A Checkout Session failed or expired: the payment ends, the hold runs out."""
    with transaction.atomic():
        _set_lock_timeout()
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
        _log(order=order, action=f"payment_{reason}", payment=payment.pk)
        if order.state == Order.State.PENDING and reason == "expired":
            # The session is gone, so nothing can pay this order any more.
            order.expires_at = min(order.expires_at, timezone.now())
            _set_state(order=order, to_state=Order.State.EXPIRED, action="expired")
            _offer_after_commit(
                order.positions.values_list("ticket_type_id", flat=True)
            )


def order_mark_paid(*, order: Order, actor, now: datetime | None = None) -> Order:
    """Staff saw the bank transfer arrive: the order is paid (or flagged if late)."""
    now = now or timezone.now()
    with transaction.atomic():
        _set_lock_timeout()
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
        payment = (
            order.payments.select_for_update()
            .filter(method=Order.PaymentMethod.BANK_TRANSFER)
            .exclude(state=Payment.State.CONFIRMED)
            .first()
        ) or Payment.objects.create(
            order=order, method=Order.PaymentMethod.BANK_TRANSFER, amount=order.total
        )
        result = _confirm_locked(payment=payment, order=order, now=now, actor=actor)
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


# --- Refunds ------------------------------------------------------------------------


def _refundable(order: Order) -> Decimal:
    paid = sum(
        (p.amount for p in order.payments.filter(state=Payment.State.CONFIRMED)),
        Decimal(0),
    )
    refunded = sum((r.amount for r in order.refunds.all()), Decimal(0))
    return paid - refunded


def refund_create(
    *,
    order: Order,
    actor,
    positions: Sequence[OrderPosition] = (),
    amount: Decimal | None = None,
    reason: str = "",
    now: datetime | None = None,
) -> Refund:
    """Give money back and cancel the given tickets; they return to the quotas.

    The amount defaults to the price of the tickets cancelled, or everything left when
    no ticket is named. Card payments are refunded through Stripe while the order is
    locked, so two refunds can never add up to more than was paid.
    """
    now = now or timezone.now()
    try:
        with transaction.atomic():
            _set_lock_timeout()
            order = Order.objects.select_for_update().get(pk=order.pk)
            if order.state != Order.State.PAID and not order.needs_attention:
                raise TicketingError(
                    _("Only paid orders can be refunded."), code="state"
                )
            position_ids = {position.pk for position in positions}
            to_cancel = list(
                order.positions.filter(pk__in=position_ids, cancelled_at__isnull=True)
            )
            if len(to_cancel) != len(position_ids):
                raise TicketingError(
                    _("Some of these tickets are not in this order or are cancelled."),
                    code="positions",
                )
            refundable = _refundable(order)
            if amount is None:
                amount = (
                    sum((p.price for p in to_cancel), Decimal(0))
                    if to_cancel
                    else refundable
                )
            amount = pricing.to_cents(Decimal(amount))
            if amount <= 0:
                raise TicketingError(_("Nothing is left to refund."), code="amount")
            if amount > refundable:
                raise TicketingError(
                    _("At most %(amount)s € can still be refunded.")
                    % {"amount": refundable},
                    code="amount",
                )
            payment = (
                order.payments.filter(state=Payment.State.CONFIRMED)
                .order_by("-confirmed_at")
                .first()
            )
            reference = ""
            if payment.method == Order.PaymentMethod.CARD:
                number = order.refunds.count() + 1
                try:
                    reference = gateway.refund_create(
                        payment_intent=payment.payment_intent,
                        amount_cents=pricing.stripe_amount(amount),
                        idempotency_key=f"refund-{order.code}-{number}",
                    )
                except stripe.StripeError as error:
                    logger.exception("Stripe refund failed for order %s", order.code)
                    raise TicketingError(
                        _("Stripe refused the refund: %(error)s") % {"error": error},
                        code="stripe",
                    ) from error
            refund = Refund(
                order=order,
                payment=payment,
                amount=amount,
                provider_reference=reference,
                reason=reason,
                created_by=actor if actor and actor.is_authenticated else None,
            )
            refund.full_clean()
            refund.save()
            for position in to_cancel:
                position.cancelled_at = now
                position.save(update_fields=["cancelled_at"])
            refund.positions.set(to_cancel)
            credit_note = documents.invoice_issue(
                order=order, kind=Invoice.Kind.CREDIT_NOTE, refund=refund, amount=amount
            )
            _log(
                order=order,
                actor=actor,
                action="refunded",
                amount=amount,
                tickets=",".join(str(p.pk) for p in to_cancel),
                reference=reference,
                credit_note=credit_note.number,
            )
            remaining = order.positions.filter(cancelled_at__isnull=True)
            if order.state == Order.State.PAID and (
                not remaining.exists() or _refundable(order) == 0
            ):
                remaining.update(cancelled_at=now)
                _set_state(
                    order=order,
                    to_state=Order.State.REFUNDED,
                    action="fully_refunded",
                    actor=actor,
                )
            _offer_after_commit(
                order.positions.filter(cancelled_at=now).values_list(
                    "ticket_type_id", flat=True
                )
            )
    except OperationalError as error:
        if _is_lock_timeout(error):
            raise TicketingBusy() from error
        raise
    return refund


def refund_unplaceable_payment(*, payment_id: int) -> Refund | None:
    """Give back a payment that arrived when its places were gone, or twice."""
    payment = Payment.objects.get(pk=payment_id)
    try:
        with transaction.atomic():
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
            _log(order=order, action="late_payment_refunded", amount=payment.amount)
    except stripe.StripeError:
        # The order stays flagged: staff refund it by hand.
        logger.exception("Automatic refund failed for payment %s", payment_id)
        return None
    return refund


def refund_record_external(
    *, payment_intent: str, amount_refunded_cents: int, refund_ids: Sequence[str]
) -> None:
    """Stripe reports a refund (perhaps made on its dashboard): record what is new."""
    with transaction.atomic():
        _set_lock_timeout()
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
                Refund.objects.create(
                    order=order,
                    payment=payment,
                    amount=reported - recorded,
                    provider_reference=new_ids[0] if len(new_ids) == 1 else "",
                    reason="Refunded outside the site (reported by Stripe).",
                )
        except IntegrityError:
            return
        _log(order=order, action="refund_reported", amount=reported - recorded)
        if order.state == Order.State.PAID and _refundable(order) <= 0:
            order.positions.filter(cancelled_at__isnull=True).update(
                cancelled_at=timezone.now()
            )
            _set_state(
                order=order, to_state=Order.State.REFUNDED, action="fully_refunded"
            )
        elif order.state == Order.State.PAID:
            _flag(
                order=order,
                reason="Partly refunded on Stripe: choose the tickets to cancel.",
            )


# --- Stripe webhooks ----------------------------------------------------------------


class StripeRetryLater(TicketingError):
    """An event refers to a payment we do not know yet: Stripe should deliver later."""


def _handle_session_completed(session: dict) -> None:
    if session.get("payment_status") in ("paid", "no_payment_required"):
        payment_confirm(
            session_id=session["id"],
            amount_cents=int(session.get("amount_total") or 0),
            currency=session.get("currency") or "",
            payment_intent=session.get("payment_intent") or "",
        )
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
    try:
        with transaction.atomic():
            _set_lock_timeout()
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
    except OperationalError as error:
        if _is_lock_timeout(error):
            raise TicketingBusy() from error
        raise
    return True


# --- Check-in -----------------------------------------------------------------------


@dataclass(frozen=True)
class CheckInResult:
    """What the desk shows: ``status`` is ok, already, unpaid, cancelled or unknown."""

    status: str
    position: OrderPosition | None = None
    previous: datetime | None = None

    @property
    def admitted(self) -> bool:
        return self.status == "ok"


def position_check_in(
    *, secret: str, actor, now: datetime | None = None
) -> CheckInResult:
    """Admit the holder of a ticket once; a second scan or a bad ticket is refused."""
    now = now or timezone.now()
    secret = (secret or "").strip()
    if not secret:
        return CheckInResult(status="unknown")
    with transaction.atomic():
        _set_lock_timeout()
        position = (
            OrderPosition.objects.select_for_update(of=("self",))
            .select_related("order", "ticket_type")
            .filter(secret=secret)
            .first()
        )
        if position is None:
            return CheckInResult(status="unknown")
        if position.cancelled_at is not None:
            return CheckInResult(status="cancelled", position=position)
        if position.order.state != Order.State.PAID:
            return CheckInResult(status="unpaid", position=position)
        if position.checked_in_at is not None:
            return CheckInResult(
                status="already", position=position, previous=position.checked_in_at
            )
        position.checked_in_at = now
        position.save(update_fields=["checked_in_at"])
        _log(
            order=position.order,
            actor=actor,
            action="checked_in",
            ticket=position.pk,
            attendee=position.attendee_name,
        )
    return CheckInResult(status="ok", position=position)


# --- Waiting list -------------------------------------------------------------------


def _waiting_list_set_state(
    *, entry: WaitingListEntry, to_state: str, actor=None
) -> None:
    from_state = entry.state
    entry.state = to_state
    entry.full_clean()
    entry.save()
    WaitingListLogEntry.objects.create(
        entry=entry,
        actor=actor if actor is not None and actor.is_authenticated else None,
        from_state=from_state,
        to_state=to_state,
    )


def _waiting_list_accept(*, buyer, ticket_types: Counter, now) -> None:
    """The buyer used their live offer: it is accepted and keeps no more places.

    ``ticket_types`` maps each ticket type bought to the number of tickets.
    """
    offers = WaitingListEntry.objects.select_for_update().filter(
        user=buyer,
        ticket_type__in=list(ticket_types),
        state=WaitingListEntry.State.OFFERED,
        offer_expires_at__gt=now,
    )
    for entry in offers:
        _waiting_list_set_state(
            entry=entry, to_state=WaitingListEntry.State.ACCEPTED, actor=buyer
        )
        if ticket_types[entry.ticket_type] < entry.quantity:
            # Fewer tickets bought than offered: the rest go to the next in line.
            _offer_after_commit([entry.ticket_type_id])


def _offer_after_commit(ticket_type_ids: Iterable[int]) -> None:
    """Places came back: offer them to the waiting list once the change is saved."""
    from .tasks import waiting_list_offer

    for ticket_type_id in sorted(set(ticket_type_ids)):
        transaction.on_commit(lambda pk=ticket_type_id: waiting_list_offer.delay(pk))


def waiting_list_join(
    *, user, ticket_type: TicketType, quantity: int, now: datetime | None = None
) -> WaitingListEntry:
    """Put a person on the waiting list of a sold-out ticket type."""
    now = now or timezone.now()
    if user is None or not user.is_authenticated:
        raise TicketingError(
            _("Please sign in to join the waiting list."), code="anonymous"
        )
    if not user_email_verified(user=user):
        raise TicketingError(
            _("Confirm your e-mail address before joining the waiting list."),
            code="unverified",
        )
    if not ticket_type.min_per_order <= quantity <= ticket_type.max_per_order:
        raise TicketingError(
            _("Choose between %(min)d and %(max)d “%(name)s” tickets per order.")
            % {
                "min": ticket_type.min_per_order,
                "max": ticket_type.max_per_order,
                "name": ticket_type.name,
            },
            code="quantity",
        )
    if ticket_type_available(ticket_type=ticket_type, on=now, for_user=user) > 0:
        raise TicketingError(
            _("“%(name)s” is not sold out: you can buy your tickets now.")
            % {"name": ticket_type.name},
            code="not_sold_out",
        )
    entry = WaitingListEntry(
        conference=ticket_type.conference,
        ticket_type=ticket_type,
        user=user,
        quantity=quantity,
        created_at=now,
    )
    try:
        with transaction.atomic():
            entry.full_clean(validate_constraints=False)
            entry.save()
            WaitingListLogEntry.objects.create(
                entry=entry, actor=user, to_state=entry.state
            )
    except IntegrityError as error:
        raise TicketingError(
            _("You are already on the waiting list for “%(name)s”.")
            % {"name": ticket_type.name},
            code="duplicate",
        ) from error
    return entry


def waiting_list_cancel(*, entry: WaitingListEntry, actor) -> WaitingListEntry:
    """The person leaves the waiting list, or gives up their offer."""
    with transaction.atomic():
        entry = WaitingListEntry.objects.select_for_update().get(pk=entry.pk)
        if entry.state not in WaitingListEntry.LIVE_STATES:
            raise TicketingError(
                _("This waiting list entry is no longer active."), code="state"
            )
        was_offered = entry.state == WaitingListEntry.State.OFFERED
        _waiting_list_set_state(
            entry=entry, to_state=WaitingListEntry.State.CANCELLED, actor=actor
        )
        if was_offered:
            _offer_after_commit([entry.ticket_type_id])
    return entry


def waiting_list_offer_next(
    *, ticket_type: TicketType, now: datetime | None = None
) -> WaitingListEntry | None:
    """Offer free places to the first person waiting, never skipping them.

    Runs under the same quota locks as ``order_place``. If the head of the line wants
    more places than are free, nobody is offered anything yet.
    """
    from .tasks import send_waiting_list_offer

    now = now or timezone.now()
    hours = settings.TICKETING_WAITING_LIST_OFFER_HOURS
    try:
        with transaction.atomic():
            _set_lock_timeout()
            _lock_quotas(ticket_type.quotas.values_list("pk", flat=True))
            head = waiting_list_head(ticket_type=ticket_type)
            if head is None:
                return None
            head = WaitingListEntry.objects.select_for_update().get(pk=head.pk)
            if head.state != WaitingListEntry.State.WAITING:
                return None
            conference = ticket_type.conference
            if (
                not ticket_type.quotas.exists()
                or not conference.sales_are_open(now)
                or not ticket_type.is_available(now)
            ):
                return None
            left = ticket_type_available(ticket_type=ticket_type, on=now)
            if left < head.quantity:
                return None
            head.offered_at = now
            head.offer_expires_at = now + timedelta(hours=hours)
            _waiting_list_set_state(entry=head, to_state=WaitingListEntry.State.OFFERED)
            transaction.on_commit(lambda: send_waiting_list_offer.delay(head.pk))
    except OperationalError as error:
        if _is_lock_timeout(error):
            raise TicketingBusy() from error
        raise
    return head


def waiting_list_expire_offers(*, now: datetime | None = None) -> int:
    """Close offers nobody used in time and pass the places to the next in line."""
    now = now or timezone.now()
    expired = 0
    stale = WaitingListEntry.objects.filter(
        state=WaitingListEntry.State.OFFERED, offer_expires_at__lte=now
    ).values_list("pk", flat=True)
    for pk in list(stale):
        with transaction.atomic():
            entry = WaitingListEntry.objects.select_for_update().get(pk=pk)
            if (
                entry.state != WaitingListEntry.State.OFFERED
                or entry.offer_expires_at > now
            ):
                continue
            _waiting_list_set_state(
                entry=entry, to_state=WaitingListEntry.State.EXPIRED
            )
            expired += 1
    return expired


def waiting_list_sweep(*, now: datetime | None = None) -> int:
    """Expire stale offers, then offer free places on every list with people waiting.

    Returns the number of new offers.
    """
    now = now or timezone.now()
    waiting_list_expire_offers(now=now)
    type_ids = (
        WaitingListEntry.objects.filter(state=WaitingListEntry.State.WAITING)
        .values_list("ticket_type_id", flat=True)
        .distinct()
    )
    offered = 0
    for ticket_type in TicketType.objects.filter(pk__in=list(type_ids)).order_by("pk"):
        while waiting_list_offer_next(ticket_type=ticket_type, now=now) is not None:
            offered += 1
    return offered
