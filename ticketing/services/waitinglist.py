"""The waiting list of a sold-out ticket type: join, get an offer, use or lose it.

People are served strictly in turn. An offer keeps places for its holder for
``TICKETING_WAITING_LIST_OFFER_HOURS``; places that come back (an expired order, a
refund, an offer not used) are offered to the next in line after commit; the offer's
mail is written to the outbox in the transaction that makes the offer. Every change of
an entry's state is written to the audit log as ``ticketing.waitinglist.<state>``.

Locking order: quotas (by id), then the entry, as when an order is placed.
"""

from collections import Counter
from collections.abc import Iterable
from datetime import datetime, timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.selectors import user_email_verified
from core.audit import audit_record

from ..exceptions import TicketingError
from ..models import TicketType, WaitingListEntry
from ..selectors import ticket_type_available, waiting_list_head
from .capacity import check_quantity
from .locking import lock_quotas, locked_atomic
from .mail import waiting_list_offer_queue


def _log(*, entry: WaitingListEntry, from_state: str = "", actor=None) -> None:
    audit_record(
        subject=entry,
        actor=actor,
        action=f"ticketing.waitinglist.{entry.state}",
        from_state=from_state,
        to_state=entry.state,
    )


def _set_state(*, entry: WaitingListEntry, to_state: str, actor=None) -> None:
    from_state = entry.state
    entry.state = to_state
    entry.full_clean()
    entry.save()
    _log(entry=entry, from_state=from_state, actor=actor)


def waiting_list_accept(*, buyer, ticket_types: Counter, now) -> None:
    """The buyer used their live offer: it is accepted and keeps no more places.

    Runs inside ``order_place``'s locked transaction. ``ticket_types`` maps each
    ticket type bought to the number of tickets.
    """
    offers = WaitingListEntry.objects.select_for_update().filter(
        user=buyer,
        ticket_type__in=list(ticket_types),
        state=WaitingListEntry.State.OFFERED,
        offer_expires_at__gt=now,
    )
    for entry in offers:
        _set_state(entry=entry, to_state=WaitingListEntry.State.ACCEPTED, actor=buyer)
        if ticket_types[entry.ticket_type] < entry.quantity:
            # Fewer tickets bought than offered: the rest go to the next in line.
            offer_after_commit([entry.ticket_type_id])


def offer_after_commit(ticket_type_ids: Iterable[int]) -> None:
    """Places came back: offer them to the waiting list once the change is saved."""
    from ..tasks import waiting_list_offer

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
    check_quantity(ticket_type=ticket_type, quantity=quantity)
    if ticket_type_available(ticket_type=ticket_type, on=now, for_user=user) > 0:
        raise TicketingError(
            _("“%(name)s” is not sold out: you can buy your tickets now.")
            % {"name": ticket_type.local_name},
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
            _log(entry=entry, actor=user)
    except IntegrityError as error:
        raise TicketingError(
            _("You are already on the waiting list for “%(name)s”.")
            % {"name": ticket_type.local_name},
            code="duplicate",
        ) from error
    return entry


def waiting_list_cancel(*, entry: WaitingListEntry, actor) -> WaitingListEntry:
    """The person leaves the waiting list, or gives up their offer."""
    with locked_atomic():
        entry = WaitingListEntry.objects.select_for_update().get(pk=entry.pk)
        if entry.state not in WaitingListEntry.LIVE_STATES:
            raise TicketingError(
                _("This waiting list entry is no longer active."), code="state"
            )
        was_offered = entry.state == WaitingListEntry.State.OFFERED
        _set_state(entry=entry, to_state=WaitingListEntry.State.CANCELLED, actor=actor)
        if was_offered:
            offer_after_commit([entry.ticket_type_id])
    return entry


def waiting_list_offer_next(
    *, ticket_type: TicketType, now: datetime | None = None
) -> WaitingListEntry | None:
    """Offer free places to the first person waiting, never skipping them.

    Runs under the same quota locks as ``order_place``. If the head of the line wants
    more places than are free, nobody is offered anything yet.
    """
    now = now or timezone.now()
    hours = settings.TICKETING_WAITING_LIST_OFFER_HOURS
    with locked_atomic():
        lock_quotas(ticket_type.quotas.values_list("pk", flat=True))
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
        _set_state(entry=head, to_state=WaitingListEntry.State.OFFERED)
        waiting_list_offer_queue(entry=head)
    return head


def waiting_list_expire_offers(*, now: datetime | None = None) -> int:
    """Close offers nobody used in time and pass the places to the next in line."""
    now = now or timezone.now()
    expired = 0
    stale = WaitingListEntry.objects.filter(
        state=WaitingListEntry.State.OFFERED, offer_expires_at__lte=now
    ).values_list("pk", flat=True)
    for pk in list(stale):
        with locked_atomic():
            entry = WaitingListEntry.objects.select_for_update().get(pk=pk)
            if (
                entry.state != WaitingListEntry.State.OFFERED
                or entry.offer_expires_at > now
            ):
                continue
            _set_state(entry=entry, to_state=WaitingListEntry.State.EXPIRED)
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
