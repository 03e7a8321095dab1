"""Paid places, through ticketing's checkout (``ticketing/sales.py``).

A paid promotion has one ticketing sale, kept in step with its fees whenever a
learner comes to pay. An accepted learner who pays places a one-line order (the
line is their place) and is enrolled when the order is paid, by card or by bank
transfer, in the transaction that marks it paid. A refunded or cancelled paid order
withdraws the enrolment and frees the place; an unpaid order that expires leaves the
place held, and the learner may pay again. Money for a place that is no longer
waiting for it (paid twice, or after a withdrawal) flags the order for a refund.
"""

import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ticketing.models import Order
from ticketing.sales import (
    Rate,
    sale_order_flag,
    sale_order_held,
    sale_order_place,
    sale_sync,
)

from ..exceptions import CoursesError
from ..models import Enrolment, Promotion
from .enrolments import enrolment_confirm_paid, enrolment_withdraw, needs_payment

State = Enrolment.State

MEMBER_RATE = {"fr": "Tarif membre", "en": "Member rate", "es": "Tarifa miembro"}
STANDARD_RATE = {"fr": "Tarif", "en": "Standard rate", "es": "Tarifa general"}


def _names(promotion: Promotion) -> dict[str, str]:
    course = promotion.course
    return {
        language: f"{course.title} – {getattr(promotion, field) or promotion.name}"
        for language, field in (("fr", "name"), ("en", "name_en"), ("es", "name_es"))
    }


def _midnight(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def promotion_sale(promotion: Promotion):
    """The promotion's sale in ticketing, created or brought up to date."""
    rates = [Rate(names=STANDARD_RATE, price=promotion.price)]
    if promotion.fee == Promotion.Fee.PAID:
        rates.append(
            Rate(names=MEMBER_RATE, price=promotion.member_price, members_only=True)
        )
    now = timezone.now()
    ends_at = _midnight(promotion.ends_on + datetime.timedelta(days=1))
    sale = sale_sync(
        sale=promotion.sale,
        sold_for="courses.promotion",
        slug=f"course-promotion-{promotion.pk}",
        names=_names(promotion),
        starts_at=_midnight(promotion.starts_on),
        ends_at=ends_at,
        sales_open_at=min(promotion.enrolment_opens_at, now),
        # Accepted learners may pay until the promotion ends.
        sales_close_at=max(ends_at, promotion.enrolment_closes_at),
        rates=rates,
        vat_rate=promotion.vat_rate,
        capacity=promotion.capacity,
    )
    if promotion.sale_id != sale.pk:
        Promotion.objects.filter(pk=promotion.pk).update(sale=sale)
        promotion.sale = sale
    return sale


def payable_order(enrolment: Enrolment) -> Order | None:
    """The enrolment's order still waiting for its money, if any."""
    return sale_order_held(enrolment.order)


def check_can_pay(*, enrolment: Enrolment, user) -> None:
    if enrolment.learner_id != user.pk:
        raise CoursesError(_("This enrolment is not yours."), code="not_yours")
    if enrolment.state != State.ACCEPTED or not needs_payment(
        promotion=enrolment.promotion, user=user
    ):
        raise CoursesError(
            _("This place has nothing left to pay."), code="nothing_to_pay"
        )


def enrolment_pay(*, enrolment: Enrolment, user, checkout: dict) -> Order:
    """Place the order paying for an accepted place; the learner pays it next.

    Refusals are ``CoursesError`` or ticketing's ``TicketingError``.
    """
    check_can_pay(enrolment=enrolment, user=user)
    pending = payable_order(enrolment)
    if pending is not None:
        return pending
    sale = promotion_sale(enrolment.promotion)
    with transaction.atomic():
        order = sale_order_place(buyer=user, sale=sale, checkout=checkout)
        Enrolment.objects.filter(pk=enrolment.pk).update(order=order)
        enrolment.order = order
        if order.state == Order.State.PAID:  # a voucher made it free
            enrolment_confirm_paid(enrolment=enrolment, actor=user)
    return order


def order_state_changed(*, order, from_state: str, to_state: str, actor) -> None:
    """Ticketing's hook: the money for a place came in or went back.

    The enrolment is found by the sale and the buyer, not by ``Enrolment.order``:
    a transfer may arrive for an order that expired and was replaced.
    """
    enrolment = Enrolment.objects.filter(
        promotion__sale=order.conference_id, learner=order.buyer_id
    ).first()
    if enrolment is None:
        return
    if to_state == Order.State.PAID:
        if enrolment.state == State.ACCEPTED:
            Enrolment.objects.filter(pk=enrolment.pk).update(order=order)
            enrolment_confirm_paid(enrolment=enrolment, actor=actor)
        else:
            sale_order_flag(
                order=order,
                reason=f"Paid for enrolment {enrolment.pk}, which is already "
                f"{enrolment.state}: refund this order.",
            )
    elif (
        from_state == Order.State.PAID
        and to_state in (Order.State.REFUNDED, Order.State.CANCELLED)
        and enrolment.order_id == order.pk
        and enrolment.state in (State.ACCEPTED, State.ENROLLED)
    ):
        enrolment_withdraw(enrolment=enrolment, actor=actor)
