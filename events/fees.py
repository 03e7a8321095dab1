"""Paid places, through ticketing's checkout (``ticketing/sales.py``).

A paid event has one ticketing sale, kept in step with its prices whenever
someone comes to pay. Registering for it holds a place, "awaiting payment": for
an hour to place the order (two days for a place offered from the waiting list),
then for as long as the order is held (minutes for a card, the days of a bank
transfer). The place is confirmed when the order is paid, in the transaction that
marks it paid, and the confirmation with the calendar file leaves then. An order
that expires or is cancelled unpaid frees the place; a refunded paid order
cancels the registration. Either way the waiting list is served. Money for a place
that is no longer waiting for it flags the order for a refund, and so does a paid
registrant who cancels: staff refund according to the terms of sale.
"""

import datetime
from decimal import Decimal

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.selectors import user_is_member
from ticketing.models import Order
from ticketing.sales import (
    Rate,
    sale_order_flag,
    sale_order_held,
    sale_order_place,
    sale_order_release,
    sale_sync,
)

from .exceptions import EventsError
from .models import Registrant, Registration

State = Registrant.State

# How long a place is held for its payment to start: right after registering,
# and when the waiting list offers it.
HOLD_TO_PAY = datetime.timedelta(hours=1)
HOLD_OFFERED = datetime.timedelta(days=2)

MEMBER_RATE = {"fr": "Tarif membre", "en": "Member rate", "es": "Tarifa miembro"}
STANDARD_RATE = {"fr": "Tarif", "en": "Standard rate", "es": "Tarifa general"}


def is_paid(registration: Registration) -> bool:
    return bool(registration.price)


def price_for(*, registration: Registration, user) -> Decimal:
    """What the person pays, excluding VAT: members their price when one is set."""
    price = registration.price or Decimal("0")
    if (
        registration.member_price is not None
        and user.is_authenticated
        and user_is_member(user=user)
    ):
        return min(price, registration.member_price)
    return price


def needs_payment(*, registration: Registration, user) -> bool:
    return is_paid(registration) and price_for(registration=registration, user=user) > 0


def hold_until(registration: Registration, *, offered: bool):
    """The end of an unpaid place's hold, never after the event starts."""
    now = timezone.now()
    return min(
        now + (HOLD_OFFERED if offered else HOLD_TO_PAY), registration.event.start
    )


def registration_sale(registration: Registration):
    """The registration's sale in ticketing, created or brought up to date."""
    event = registration.event
    rates = [Rate(names=STANDARD_RATE, price=registration.price or Decimal("0"))]
    if registration.member_price is not None:
        rates.append(
            Rate(
                names=MEMBER_RATE,
                price=min(registration.member_price, registration.price),
                members_only=True,
            )
        )
    now = timezone.now()
    names = _titles(event)
    sale = sale_sync(
        sale=registration.sale,
        sold_for="events.registration",
        slug=f"event-registration-{registration.pk}",
        names=names,
        starts_at=event.start,
        ends_at=event.end,
        sales_open_at=min(registration.opens_at or now, now),
        # Places held before registration closes may be paid until it starts.
        sales_close_at=max(event.start, now + datetime.timedelta(minutes=1)),
        rates=rates,
        vat_rate=registration.vat_rate,
        capacity=None,  # the registration counts its places
    )
    if registration.sale_id != sale.pk:
        Registration.objects.filter(pk=registration.pk).update(sale=sale)
        registration.sale = sale
    return sale


def _titles(event) -> dict[str, str]:
    """The event's title in each language it is published in (else its own)."""
    titles = {
        page.locale.language_code: page.title
        for page in event.get_translations().live().select_related("locale")
    }
    titles[event.locale.language_code] = event.title
    return {
        language: titles.get(language, event.title) for language in ("fr", "en", "es")
    }


def payable_order(registrant: Registrant) -> Order | None:
    """The registrant's order still waiting for its money, if any."""
    return sale_order_held(registrant.order)


def check_can_pay(*, registrant: Registrant, user) -> None:
    if registrant.user_id != user.pk:
        raise EventsError(_("This registration is not yours."), code="not_yours")
    if registrant.state != State.PENDING:
        raise EventsError(
            _("This place has nothing left to pay."), code="nothing_to_pay"
        )
    if registrant.registration.event.start <= timezone.now():
        raise EventsError(_("The event has started."), code="started")


def registrant_pay(*, registrant: Registrant, user, checkout: dict) -> Order:
    """Place the order paying for a held place; the person pays it next.

    Refusals are ``EventsError`` or ticketing's ``TicketingError``.
    """
    from .services import registrant_confirm_paid

    check_can_pay(registrant=registrant, user=user)
    pending = payable_order(registrant)
    if pending is not None:
        return pending
    sale = registration_sale(registrant.registration)
    with transaction.atomic():
        order = sale_order_place(buyer=user, sale=sale, checkout=checkout)
        Registrant.objects.filter(pk=registrant.pk).update(order=order)
        registrant.order = order
        if order.state == Order.State.PAID:  # a voucher made it free
            registrant_confirm_paid(registrant=registrant, actor=user)
    return order


def order_state_changed(*, order, from_state: str, to_state: str, actor) -> None:
    """Ticketing's hook: the money for a place came in, went back, or never came.

    The registrant is found by the sale and the buyer: a transfer may arrive for
    an order that was replaced.
    """
    from .services import registrant_confirm_paid, registrant_release

    registrant = (
        Registrant.objects.filter(
            registration__sale=order.conference_id, user=order.buyer_id
        )
        .select_related("registration__event", "user")
        .first()
    )
    if registrant is None:
        return
    if to_state == Order.State.PAID:
        if registrant.state == State.PENDING:
            Registrant.objects.filter(pk=registrant.pk).update(order=order)
            registrant.order = order
            registrant_confirm_paid(registrant=registrant, actor=actor)
        else:
            sale_order_flag(
                order=order,
                reason=f"Paid for event registrant {registrant.pk}, who is "
                f"{registrant.state}: refund this order.",
            )
    elif registrant.order_id != order.pk:
        return
    elif from_state == Order.State.PENDING and registrant.state == State.PENDING:
        # Expired or cancelled unpaid: the place goes to the next in line.
        registrant_release(registrant=registrant, actor=actor)
    elif (
        from_state == Order.State.PAID
        and to_state in (Order.State.REFUNDED, Order.State.CANCELLED)
        and registrant.state == State.REGISTERED
    ):
        registrant_release(registrant=registrant, actor=actor)


def after_cancel(registrant: Registrant, *, previous: str) -> None:
    """A registrant cancelled: an unpaid order ends, a paid one is refunded by
    staff (flagged). Runs after the commit, outside the registration's lock."""
    order = registrant.order
    if order is None:
        return
    if previous == State.PENDING and order.state == Order.State.PENDING:
        sale_order_release(order=order, actor=registrant.user)
    elif previous == State.REGISTERED and order.state == Order.State.PAID:
        sale_order_flag(
            order=order,
            reason=f"Event registrant {registrant.pk} cancelled their paid place: "
            "refund according to the terms of sale.",
        )


def release_unpaid(now=None) -> int:
    """Places held unpaid past their hold, with no order still held, go back to
    the waiting list (beat, with the reminders). Returns how many."""
    from .services import registrant_release

    now = now or timezone.now()
    overdue = Registrant.objects.filter(
        state=State.PENDING, held_until__lte=now
    ).select_related("order", "registration__event", "user")
    released = 0
    for registrant in overdue:
        order = registrant.order
        if order is not None and (
            order.state == Order.State.PAID or order.is_held(now)
        ):
            continue
        registrant_release(registrant=registrant, actor=None)
        released += 1
    return released
