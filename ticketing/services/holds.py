"""Nobody corners the sale: limits on unpaid places, group bookings, staff release.

A buyer may hold at most ``TICKETING_OPEN_PLACES_PER_BUYER`` unpaid places of a
conference at once, across all their orders, and of those at most
``TICKETING_TRANSFER_PLACES_WITHOUT_APPROVAL`` waiting for a bank transfer (which holds
them for days). A group booking request, once staff approve it, raises both limits to
its number of places for that buyer. Staff can release any hold at once.

The limits are counted with the buyer's row locked, so two orders placed at the same
moment by one buyer cannot both slip under them.
"""

from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.db.models import Max
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from core.audit import audit_record
from core.outbox import outbox_queue

from ..exceptions import TicketingError
from ..models import Conference, GroupRequest, Order, OrderPosition, Payment
from .history import order_set_state
from .locking import locked_atomic
from .waitinglist import offer_after_commit


@dataclass(frozen=True)
class HoldLimits:
    places: int
    transfer_places: int


def hold_limits(*, buyer, conference: Conference) -> HoldLimits:
    """The unpaid places this buyer may hold, raised by an approved group request."""
    approved = (
        GroupRequest.objects.filter(
            buyer=buyer, conference=conference, state=GroupRequest.State.APPROVED
        ).aggregate(places=Max("places"))["places"]
        or 0
    )
    return HoldLimits(
        places=max(settings.TICKETING_OPEN_PLACES_PER_BUYER, approved),
        transfer_places=max(
            settings.TICKETING_TRANSFER_PLACES_WITHOUT_APPROVAL, approved
        ),
    )


def open_places(*, buyer, conference: Conference, now: datetime, method: str = ""):
    """Places this buyer holds unpaid (in pending orders still within their hold)."""
    held = OrderPosition.objects.filter(
        order__buyer=buyer,
        order__conference=conference,
        order__state=Order.State.PENDING,
        order__expires_at__gt=now,
        cancelled_at__isnull=True,
    )
    if method:
        held = held.filter(order__payment_method=method)
    return held.count()


def check_hold_limits(
    *, buyer, conference: Conference, places: int, payment_method: str, now: datetime
) -> None:
    """Refuse an order that would take the buyer's unpaid places above the limits.

    Runs inside the order's transaction: the buyer's row is locked first, so a
    buyer's concurrent orders are counted one after the other.
    """
    user_model = get_user_model()
    user_model.objects.select_for_update().filter(pk=buyer.pk).first()
    limits = hold_limits(buyer=buyer, conference=conference)
    held = open_places(buyer=buyer, conference=conference, now=now)
    if held + places > limits.places:
        raise TicketingError(
            _(
                "You already hold %(held)d unpaid tickets for this conference, and "
                "at most %(limit)d can wait for payment at once. Pay for your "
                "orders first, or ask for a group booking."
            )
            % {"held": held, "limit": limits.places},
            code="hold_limit",
        )
    if payment_method == Order.PaymentMethod.BANK_TRANSFER:
        by_transfer = open_places(
            buyer=buyer, conference=conference, now=now, method=payment_method
        )
        if by_transfer + places > limits.transfer_places:
            raise TicketingError(
                _(
                    "More than %(limit)d tickets paid by bank transfer need our "
                    "approval: pay by card, or ask for a group booking."
                )
                % {"limit": limits.transfer_places},
                code="transfer_limit",
            )


def group_request_create(
    *, buyer, conference: Conference, places: int, organisation: str, message: str
) -> GroupRequest:
    """A buyer asks to hold more places than the limits allow; staff decide."""
    limits = hold_limits(buyer=buyer, conference=conference)
    if places <= limits.transfer_places:
        raise TicketingError(
            _(
                "You may already book %(limit)d tickets without asking: go back to "
                "the tickets and place your order."
            )
            % {"limit": limits.transfer_places},
            code="not_needed",
        )
    request = GroupRequest(
        buyer=buyer,
        conference=conference,
        places=places,
        organisation=organisation.strip(),
        message=message.strip(),
    )
    try:
        request.full_clean()
    except ValidationError as error:
        raise TicketingError(
            _("Some details are missing or not valid: %(fields)s")
            % {"fields": ", ".join(sorted(error.message_dict))},
            code="invalid",
        ) from error
    with locked_atomic():
        if GroupRequest.objects.filter(
            buyer=buyer, conference=conference, state=GroupRequest.State.REQUESTED
        ).exists():
            raise TicketingError(
                _("You have already asked; we will answer by e-mail."),
                code="already_requested",
            )
        request.save()
        audit_record(
            subject=request,
            actor=buyer,
            action="ticketing.grouprequest.requested",
            to_state=request.state,
            data={"places": str(places)},
        )
    return request


def group_request_decide(
    *, request: GroupRequest, actor, approve: bool, note: str = ""
) -> GroupRequest:
    """Staff approve or decline a request; the buyer is told by e-mail."""
    with locked_atomic():
        request = GroupRequest.objects.select_for_update().get(pk=request.pk)
        if request.state != GroupRequest.State.REQUESTED:
            raise TicketingError(
                _("This request has already been decided."), code="decided"
            )
        from_state = request.state
        request.state = (
            GroupRequest.State.APPROVED if approve else GroupRequest.State.DECLINED
        )
        request.decided_by = actor
        request.decided_at = timezone.now()
        request.decision_note = note.strip()
        request.save()
        audit_record(
            subject=request,
            actor=actor,
            action=f"ticketing.grouprequest.{request.state}",
            from_state=from_state,
            to_state=request.state,
            data={"places": str(request.places)},
        )
        _tell_buyer(request)
    return request


def _tell_buyer(request: GroupRequest) -> None:
    buyer = request.buyer
    language = getattr(buyer, "language", "") or settings.LANGUAGE_CODE
    with translation.override(language):
        context = {
            "request": request,
            "tickets_url": settings.WAGTAILADMIN_BASE_URL
            + reverse("ticketing:tickets", kwargs={"slug": request.conference.slug}),
        }
        subject = " ".join(
            render_to_string(
                "ticketing/email/group_request_decided_subject.txt", context
            ).split()
        )
        body = render_to_string("ticketing/email/group_request_decided.txt", context)
    outbox_queue(
        message=EmailMessage(subject=subject, body=body, to=[buyer.email]),
        source="ticketing.grouprequest.decided",
        key=f"ticketing.grouprequest.{request.pk}.decided",
        language=language,
    )


def order_release(*, order: Order, actor) -> bool:
    """Staff end an unpaid hold now: the order is cancelled, its places return.

    A card payment still under way for it arrives for a cancelled order and is
    given back automatically, as any late payment.
    """
    with locked_atomic():
        order = Order.objects.select_for_update().get(pk=order.pk)
        if order.state != Order.State.PENDING:
            return False
        order_set_state(
            order=order,
            to_state=Order.State.CANCELLED,
            action="released",
            actor=actor,
        )
        order.payments.filter(
            state__in=[Payment.State.CREATED, Payment.State.PROCESSING]
        ).update(state=Payment.State.CANCELLED)
        offer_after_commit(order.positions.values_list("ticket_type_id", flat=True))
    return True
