"""Placing orders and letting unpaid ones expire.

``order_place`` runs in three steps: validate what was posted (who buys, what, with
which voucher), price every line on the server, then persist under the locks.

Locking order, the same everywhere so two transactions never wait on each other in a
circle: the buyer (placing only), payment, then order, then quotas (by id), then the
voucher.
"""

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.selectors import user_email_verified
from core.money import format_money

from .. import pricing
from ..exceptions import TicketingError
from ..models import (
    ATTENDEE_FIELDS,
    INVOICE_FIELDS,
    Conference,
    Order,
    OrderPosition,
    Payment,
    TicketType,
    Voucher,
)
from ..selectors import (
    buyer_may_buy,
    ticket_type_price,
    voucher_applies_to,
    voucher_find,
    voucher_uses,
)
from .capacity import check_capacity, check_quantity
from .history import order_log, order_set_state
from .holds import check_hold_limits
from .locking import locked_atomic
from .mail import OrderMail, outbox_queue
from .payments import confirm_locked
from .waitinglist import offer_after_commit, waiting_list_accept


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


def _parse_price(value) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        raise TicketingError(
            _("The prices you sent are not valid."), code="tampered"
        ) from None


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
    wanted, voucher = _validate_request(
        buyer=buyer,
        conference=conference,
        items=items,
        voucher_code=voucher_code,
        attendees=attendees,
        payment_method=payment_method,
        now=now,
    )
    lines = _price_lines(
        buyer=buyer,
        conference=conference,
        wanted=wanted,
        voucher=voucher,
        attendees=attendees,
        now=now,
    )
    order, positions = _build_order(
        buyer=buyer,
        conference=conference,
        lines=lines,
        voucher=voucher,
        invoice_address=invoice_address,
        payment_method=payment_method,
        now=now,
    )
    _persist(order=order, positions=positions, lines=lines, buyer=buyer, now=now)
    return order


def _validate_request(
    *,
    buyer,
    conference: Conference,
    items: Sequence[Item],
    voucher_code: str,
    attendees: Sequence[dict],
    payment_method: str,
    now: datetime,
) -> tuple[list[Item], Voucher | None]:
    """Refuse what cannot be an order at all; returns the lines and the voucher."""
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
    if len(attendees) != sum(item.quantity for item in wanted):
        raise TicketingError(
            _("Enter one attendee for each ticket."), code="attendees_mismatch"
        )
    voucher = voucher_find(conference=conference, code=voucher_code)
    if voucher_code.strip() and voucher is None:
        raise TicketingError(_("This voucher code does not exist."), code="voucher")
    if voucher is not None and not voucher.is_valid(now):
        raise TicketingError(_("This voucher is not valid now."), code="voucher")
    return wanted, voucher


def _price_lines(
    *,
    buyer,
    conference: Conference,
    wanted: Sequence[Item],
    voucher: Voucher | None,
    attendees: Sequence[dict],
    now: datetime,
) -> list[PlacedLine]:
    """One priced line per ticket, each checked against what this buyer may buy."""
    types_by_id = {
        tt.pk: tt
        for tt in conference.ticket_types.filter(
            pk__in=[item.ticket_type_id for item in wanted]
        ).prefetch_related("quotas")
    }
    lines: list[PlacedLine] = []
    attendee_rows = iter(attendees)
    for item in wanted:
        ticket_type = types_by_id.get(item.ticket_type_id)
        if ticket_type is None:
            raise TicketingError(
                _("One of the tickets you chose is not offered."), code="tampered"
            )
        applies = voucher is not None and voucher_applies_to(
            voucher=voucher, ticket_type=ticket_type
        )
        _check_may_buy(
            buyer=buyer,
            ticket_type=ticket_type,
            quantity=item.quantity,
            unlocked=applies,
            now=now,
        )
        price = ticket_type_price(ticket_type=ticket_type, voucher=voucher)
        posted = _parse_price(item.unit_price)
        if posted is not None and posted != price.price:
            raise TicketingError(
                _(
                    "The price of “%(name)s” is %(price)s, not what your browser "
                    "sent. Please review your order."
                )
                % {
                    "name": ticket_type.local_name,
                    "price": format_money(price.price, conference.currency),
                },
                code="tampered",
            )
        lines.extend(
            PlacedLine(
                ticket_type=ticket_type,
                price=price,
                voucher=voucher if applies else None,
                attendee=dict(next(attendee_rows)),
            )
            for _n in range(item.quantity)
        )
    if voucher is not None and not any(line.voucher for line in lines):
        raise TicketingError(
            _("This voucher does not apply to the tickets you chose."), code="voucher"
        )
    return lines


def _check_may_buy(
    *, buyer, ticket_type: TicketType, quantity: int, unlocked: bool, now: datetime
) -> None:
    """Refuse a ticket type that is not on sale to this buyer, or a wrong quantity."""
    if not ticket_type.is_available(now):
        raise TicketingError(
            _("“%(name)s” is not on sale now.") % {"name": ticket_type.local_name},
            code="not_on_sale",
        )
    if not buyer_may_buy(user=buyer, ticket_type=ticket_type, on=now):
        raise TicketingError(
            _("“%(name)s” is reserved for members of the network.")
            % {"name": ticket_type.local_name},
            code="members_only",
        )
    if ticket_type.requires_voucher and not unlocked:
        raise TicketingError(
            _("One of the tickets you chose is not offered."), code="tampered"
        )
    check_quantity(ticket_type=ticket_type, quantity=quantity)


def _build_order(
    *,
    buyer,
    conference: Conference,
    lines: Sequence[PlacedLine],
    voucher: Voucher | None,
    invoice_address: dict,
    payment_method: str,
    now: datetime,
) -> tuple[Order, list[OrderPosition]]:
    """The unsaved order and its tickets, validated before any lock is taken."""
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
    # What the buyer typed; related rows and constraints are the database's.
    checks = {"validate_unique": False, "validate_constraints": False}
    try:
        order.full_clean(exclude=["code", "conference", "buyer", "voucher"], **checks)
        for position in positions:
            position.full_clean(
                exclude=["order", "secret", "ticket_type", "voucher"], **checks
            )
    except ValidationError as error:
        raise TicketingError(
            _("Some details are missing or not valid: %(fields)s")
            % {"fields": ", ".join(sorted(error.message_dict))},
            code="invalid",
        ) from error
    return order, positions


def _persist(
    *,
    order: Order,
    positions: list[OrderPosition],
    lines: Sequence[PlacedLine],
    buyer,
    now: datetime,
) -> None:
    """Lock the quotas then the voucher, count again, and save the order or refuse."""
    voucher = order.voucher
    with locked_atomic():
        if order.total > 0:  # a free order is paid at once: it holds nothing
            check_hold_limits(
                buyer=buyer,
                conference=order.conference,
                places=len(lines),
                payment_method=order.payment_method,
                now=now,
            )
        bought = Counter(line.ticket_type for line in lines)
        check_capacity(counts=bought, on=now, for_user=buyer)
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
        waiting_list_accept(buyer=buyer, ticket_types=bought, now=now)
        order_log(
            order=order,
            action="placed",
            actor=buyer,
            to_state=order.state,
            total=order.total,
            method=order.payment_method,
        )
        if order.total == 0:
            # Nothing to pay (a speaker's voucher): the order is paid at once.
            free = Payment.objects.create(
                order=order, method=order.payment_method, amount=order.total
            )
            confirm_locked(payment=free, order=order, now=now, actor=buyer)
        elif order.payment_method == Order.PaymentMethod.BANK_TRANSFER:
            Payment.objects.create(
                order=order, method=order.payment_method, amount=order.total
            )
            outbox_queue(order=order, kind=OrderMail.BANK_TRANSFER)


def order_expire(*, order: Order, now: datetime | None = None, actor=None) -> bool:
    """Expire a pending order whose hold has passed; its places return to sale."""
    now = now or timezone.now()
    with locked_atomic():
        order = Order.objects.select_for_update().get(pk=order.pk)
        if order.state != Order.State.PENDING or order.expires_at > now:
            return False
        order_set_state(
            order=order, to_state=Order.State.EXPIRED, action="expired", actor=actor
        )
        order.payments.filter(
            state__in=[Payment.State.CREATED, Payment.State.PROCESSING]
        ).update(state=Payment.State.CANCELLED)
        offer_after_commit(order.positions.values_list("ticket_type_id", flat=True))
    return True


def orders_expire_overdue(*, now: datetime | None = None) -> int:
    """Expire every pending order past its hold or due date."""
    now = now or timezone.now()
    overdue = Order.objects.filter(state=Order.State.PENDING, expires_at__lte=now).only(
        "pk"
    )
    return sum(order_expire(order=order, now=now) for order in overdue)
