"""Reminders to registrants: the day before (the same local time on the previous
day, in the event's time zone, so a change of summer time in between moves it with
the clock) and an hour before. Beat runs ``send_reminders`` every five minutes;
each reminder is sent once, claimed by a conditional update, and a late run sends
only the reminder still useful (not "tomorrow" when the event starts within the
hour). The reminders hold the join link and passcode: the outbox wipes their body
once sent."""

import datetime

from django.db.models import Q
from django.utils import timezone

from . import mail
from .models import Registrant

HOUR = datetime.timedelta(hours=1)


def day_before(event) -> datetime.datetime:
    """The event's start, one calendar day earlier in its own time zone."""
    local = event.start.astimezone(event.zone)
    earlier = (local.replace(tzinfo=None) - datetime.timedelta(days=1)).replace(
        tzinfo=event.zone
    )
    return earlier.astimezone(datetime.UTC)


def _claim(registrant: Registrant, field: str, now) -> bool:
    """Mark the reminder sent; False when another run already did."""
    return bool(
        Registrant.objects.filter(pk=registrant.pk, **{f"{field}__isnull": True})
        .exclude(state__in=[Registrant.State.CANCELLED, Registrant.State.WAITLISTED])
        .update(**{field: now})
    )


def send_reminders(now=None) -> int:
    """Queue every reminder that is due; return how many were queued."""
    now = now or timezone.now()
    due = (
        Registrant.objects.filter(
            state=Registrant.State.REGISTERED,
            registration__event__start__gt=now,
            registration__event__start__lte=now + datetime.timedelta(hours=26),
            registration__event__cancelled=False,
        )
        .filter(
            Q(reminded_day_before_at__isnull=True)
            | Q(reminded_hour_before_at__isnull=True)
        )
        .select_related("registration__event", "user")
    )
    sent = 0
    for registrant in due:
        event = registrant.registration.event
        hour_before = event.start - HOUR
        if now >= hour_before:
            # Too late for "tomorrow": that one is passed over, this one sent.
            _claim(registrant, "reminded_day_before_at", now)
            if _claim(registrant, "reminded_hour_before_at", now):
                mail.queue_reminder(registrant, "hour")
                sent += 1
        elif now >= day_before(event) and _claim(
            registrant, "reminded_day_before_at", now
        ):
            mail.queue_reminder(registrant, "day")
            sent += 1
    return sent
