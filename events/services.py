"""Registering for an event, cancelling, and the waiting list.

Places are counted under a lock on the registration's row, so parallel
registrations for the last places never exceed the capacity (tests on PostgreSQL
count the rows); the waiting list is served in the order people joined it. Every
change goes to the audit log; mails leave through the outbox after the commit.
"""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.audit import audit_record
from core.locking import locked_atomic

from . import fees, mail
from .exceptions import EventsBusy, EventsError
from .models import Registrant, Registration
from .selectors import may_register, places_taken

MAX_TEXT = {"organisation": 200, "role": 200, "answer": 2000}


def _audit(registrant: Registrant, *, actor, verb: str, from_state="", to_state=""):
    audit_record(
        subject=registrant,
        actor=actor,
        action=f"events.registrant.{verb}",
        from_state=from_state,
        to_state=to_state,
        data={"event": registrant.registration.event_id},
    )


def _answers(answers: dict | None) -> dict:
    answers = answers or {}
    return {
        field: " ".join(str(answers.get(field, "")).split())[:limit]
        if field != "answer"
        else str(answers.get(field, "")).strip()[:limit]
        for field, limit in MAX_TEXT.items()
    }


def registrant_register(
    *, registration: Registration, user, answers: dict | None = None, language: str
) -> Registrant:
    """Register the person, or put them on the waiting list when it is full."""
    if not may_register(registration=registration, user=user):
        raise EventsError(
            _("This event is open to a restricted audience that you are not part of."),
            code="not_in_audience",
        )
    with locked_atomic(busy=EventsBusy):
        locked = Registration.objects.select_for_update().get(pk=registration.pk)
        if not locked.accepts_registrations():
            raise EventsError(
                _("Registration for this event is closed."), code="closed"
            )
        registrant = Registrant.objects.filter(registration=locked, user=user).first()
        if registrant and registrant.state != Registrant.State.CANCELLED:
            return registrant  # registering twice changes nothing
        full = locked.capacity is not None and places_taken(locked) >= locked.capacity
        if full:
            state = Registrant.State.WAITLISTED
        elif fees.needs_payment(registration=locked, user=user):
            state = Registrant.State.PENDING
        else:
            state = Registrant.State.REGISTERED
        registrant = registrant or Registrant(registration=locked, user=user)
        previous = registrant.state
        registrant.state = state
        registrant.language = language
        registrant.queued_at = timezone.now()
        registrant.cancelled_at = None
        registrant.order = None
        registrant.held_until = (
            fees.hold_until(locked, offered=False)
            if state == Registrant.State.PENDING
            else None
        )
        for field, value in _answers(answers).items():
            setattr(registrant, field, value)
        registrant.save()
        _audit(registrant, actor=user, verb=state, from_state=previous, to_state=state)
        if state == Registrant.State.PENDING:
            mail.queue_payment_due(registrant)
        else:
            mail.queue_confirmation(registrant)
    return registrant


def registrant_confirm_paid(*, registrant: Registrant, actor) -> Registrant:
    """The order for a held place is paid: the place is confirmed."""
    with locked_atomic(busy=EventsBusy):
        updated = Registrant.objects.filter(
            pk=registrant.pk, state=Registrant.State.PENDING
        ).update(state=Registrant.State.REGISTERED, held_until=None)
        if not updated:
            return registrant
        registrant.state = Registrant.State.REGISTERED
        registrant.held_until = None
        _audit(
            registrant,
            actor=actor,
            verb="paid",
            from_state=Registrant.State.PENDING,
            to_state=registrant.state,
        )
        mail.queue_confirmation(registrant)
    return registrant


def registrant_cancel(*, registrant: Registrant, actor) -> Registrant:
    """The person cancels; a place freed goes to the first on the waiting list,
    an unpaid order ends, a paid one is flagged for its refund."""
    previous = registrant.state
    registrant = _cancel(registrant, actor=actor, verb="cancelled")
    if previous != Registrant.State.CANCELLED:
        transaction.on_commit(lambda: fees.after_cancel(registrant, previous=previous))
    return registrant


def registrant_release(*, registrant: Registrant, actor) -> Registrant:
    """The place ends without the person asking: unpaid in time, or refunded."""
    return _cancel(registrant, actor=actor, verb="released")


def _cancel(registrant: Registrant, *, actor, verb: str) -> Registrant:
    with locked_atomic(busy=EventsBusy):
        registration = Registration.objects.select_for_update().get(
            pk=registrant.registration_id
        )
        registrant = Registrant.objects.select_for_update().get(pk=registrant.pk)
        if registrant.state == Registrant.State.CANCELLED:
            return registrant
        previous = registrant.state
        registrant.state = Registrant.State.CANCELLED
        registrant.cancelled_at = timezone.now()
        registrant.save(update_fields=["state", "cancelled_at"])
        _audit(
            registrant,
            actor=actor,
            verb=verb,
            from_state=previous,
            to_state=registrant.state,
        )
        if previous in (Registrant.State.REGISTERED, Registrant.State.PENDING):
            waitlist_serve(registration)
    return registrant


def waitlist_serve(registration: Registration) -> list[Registrant]:
    """Give the free places to the waiting list, first come first served. Called
    with the registration's row locked."""
    if registration.capacity is None:
        free = None
    else:
        free = registration.capacity - places_taken(registration)
        if free <= 0:
            return []
    waiting = registration.registrants.filter(
        state=Registrant.State.WAITLISTED
    ).order_by("queued_at", "pk")
    promoted = list(
        (waiting if free is None else waiting[:free]).select_related("user")
    )
    for registrant in promoted:
        if fees.needs_payment(registration=registration, user=registrant.user):
            # The place is offered, held for a while to be paid.
            registrant.state = Registrant.State.PENDING
            registrant.held_until = fees.hold_until(registration, offered=True)
        else:
            registrant.state = Registrant.State.REGISTERED
        registrant.save(update_fields=["state", "held_until"])
        _audit(
            registrant,
            actor=None,
            verb="promoted",
            from_state=Registrant.State.WAITLISTED,
            to_state=registrant.state,
        )
        if registrant.state == Registrant.State.PENDING:
            mail.queue_payment_due(registrant)
        else:
            mail.queue_promoted(registrant)
    return promoted


def registrant_mark_attended(*, registrant: Registrant, attended: bool, actor):
    """The door marks a person present (or takes it back)."""
    with locked_atomic(busy=EventsBusy):
        updated = Registrant.objects.filter(
            pk=registrant.pk, state=Registrant.State.REGISTERED
        ).update(attended=attended)
        if not updated:
            raise EventsError(
                _("Only a person with a place can be marked present."),
                code="no_place",
            )
        registrant.attended = attended
        _audit(
            registrant,
            actor=actor,
            verb="attended" if attended else "absent",
        )
    return registrant


def registration_message(
    *, registration: Registration, subject: str, body: str, actor
) -> int:
    """Write to everyone with a place; each mail in the outbox, once. Returns how
    many were queued."""
    subject = " ".join(subject.split())[:200]
    body = body.strip()[:10000]
    if not subject or not body:
        raise EventsError(_("Write a subject and a message."), code="empty")
    stamp = timezone.now().strftime("%Y%m%d%H%M%S%f")
    with transaction.atomic():
        registrants = list(
            registration.registrants.filter(
                state=Registrant.State.REGISTERED
            ).select_related("user")
        )
        for registrant in registrants:
            mail.queue_message(registrant, subject=subject, body=body, stamp=stamp)
        audit_record(
            subject=registration,
            actor=actor,
            action="events.registration.messaged",
            data={"subject": subject, "recipients": len(registrants)},
        )
    return len(registrants)


def registration_changed(registration: Registration) -> list[Registrant]:
    """After organisers change a registration: places added go to the waiting
    list at once."""
    with locked_atomic(busy=EventsBusy):
        locked = Registration.objects.select_for_update().get(pk=registration.pk)
        return waitlist_serve(locked)
