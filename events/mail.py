"""The registrant's mails, in their language, through the outbox: the
confirmation (with the event's calendar file when they have a place), "you are
off the waiting list", "a place is held for you: pay for it", and the
reminders. Only the reminders hold the join link
(marked as carrying a secret: the outbox wipes their body once sent); it is
otherwise shown on the event page to registrants."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from cms.calendars import build_calendar
from core.outbox import outbox_queue


def event_in(registrant):
    """The event page in the registrant's language (the page registered on
    otherwise)."""
    event = registrant.registration.event
    locale = Locale.objects.filter(language_code=registrant.language).first()
    translated = event.get_translation_or_none(locale) if locale else None
    return translated if translated is not None and translated.live else event


def cancel_url(registrant) -> str:
    with translation.override(registrant.language):
        path = reverse("events:cancel", args=[registrant.cancel_token])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _queue(
    registrant, name: str, *, key: str, calendar: bool, extra=None, secret=False
) -> None:
    event = event_in(registrant)
    context = {
        **(extra or {}),
        "registrant": registrant,
        "event": event,
        "event_url": event.get_full_url(),
        "cancel_url": cancel_url(registrant),
        "waitlisted": registrant.state == registrant.State.WAITLISTED,
    }
    with translation.override(registrant.language):
        subject = render_to_string(f"events/email/{name}_subject.txt", context)
        body = render_to_string(f"events/email/{name}_message.txt", context)
        message = EmailMessage(
            " ".join(subject.split()), body, to=[registrant.user.email]
        )
        if calendar:
            content = build_calendar(
                [event], name=event.title, url_for=lambda page: page.get_full_url()
            )
            message.attach("event.ics", content, "text/calendar; method=PUBLISH")
    outbox_queue(
        message=message,
        source=f"events.{name}",
        key=key,
        language=registrant.language,
        carries_secret=secret,
    )


def queue_confirmation(registrant) -> None:
    stamp = registrant.queued_at.timestamp()
    _queue(
        registrant,
        "confirmation",
        key=f"events.confirmation.{registrant.pk}.{stamp}",
        calendar=registrant.state == registrant.State.REGISTERED,
    )


def queue_promoted(registrant) -> None:
    stamp = registrant.queued_at.timestamp()
    _queue(
        registrant,
        "promoted",
        key=f"events.promoted.{registrant.pk}.{stamp}",
        calendar=True,
    )


def pay_url(registrant) -> str:
    with translation.override(registrant.language):
        path = reverse("events:pay", args=[registrant.pk])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def queue_payment_due(registrant) -> None:
    """A place of a paid event is held: how to pay for it, and until when."""
    stamp = registrant.queued_at.timestamp()
    event = registrant.registration.event
    _queue(
        registrant,
        "payment_due",
        key=f"events.payment_due.{registrant.pk}.{stamp}.{registrant.state}",
        calendar=False,
        extra={
            "pay_url": pay_url(registrant),
            "held_until": registrant.held_until.astimezone(event.zone),
        },
    )


def queue_reminder(registrant, when: str) -> None:
    """``when``: "day" (the day before) or "hour" (an hour before)."""
    registration = registrant.registration
    _queue(
        registrant,
        "reminder",
        key=f"events.reminder.{when}.{registrant.pk}",
        calendar=False,
        extra={
            "when": when,
            "join_url": registration.join_url,
            "passcode": registration.join_passcode,
            "local_start": registration.event.local_start,
        },
        secret=bool(registration.join_url),
    )


def queue_message(registrant, *, subject: str, body: str, stamp: str) -> None:
    """The organisers' message to everyone with a place, as they wrote it."""
    message = EmailMessage(subject, body, to=[registrant.user.email])
    outbox_queue(
        message=message,
        source="events.message",
        key=f"events.message.{stamp}.{registrant.pk}",
        language=registrant.language,
    )
