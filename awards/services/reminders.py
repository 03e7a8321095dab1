"""Reminders to jurors with reviews left, and the call that closes on time.

``jurors_remind`` runs once a day. A round with a due date reminds each juror who
still has reviews to submit ``REMINDER_DAYS`` days before it (7, 2, and the day
itself), once per juror per reminder date: the outbox key names the round, the
juror and the date, so a second run (or two at once) sends nothing more.
"""

import datetime
from collections import Counter

from django.utils import timezone

from ..models import Assignment, Edition, Round
from . import history, mail
from .jury import edition_jurors

REMINDER_DAYS = (7, 2, 0)


def jurors_remind(today: datetime.date | None = None) -> int:
    """Queue today's reminders; returns how many mails were queued."""
    today = today or timezone.localdate()
    due_dates = [today + datetime.timedelta(days=d) for d in REMINDER_DAYS]
    rounds = Round.objects.filter(
        state=Round.State.OPEN, due_on__in=due_dates
    ).select_related("edition")
    queued = 0
    for round_ in rounds:
        pending = Counter(
            Assignment.objects.filter(round=round_)
            .exclude(review=Assignment.Review.SUBMITTED)
            .exclude(conflict=Assignment.Conflict.DECLARED)
            .values_list("juror_id", flat=True)
        )
        jurors = edition_jurors(round_.edition).filter(pk__in=pending)
        for juror in jurors:
            mail.queue_juror_mail(
                juror=juror,
                template="reminder",
                key=f"awards.reminder.{round_.pk}.{juror.pk}.{today.isoformat()}",
                context={
                    "round": round_,
                    "edition": round_.edition,
                    "pending": pending[juror.pk],
                },
            )
            queued += 1
    return queued


def calls_close(now: datetime.datetime | None = None) -> int:
    """Editions whose call has passed its closing minute move to "call closed"."""
    now = now or timezone.now()
    closed = 0
    for edition in Edition.objects.filter(state=Edition.State.CALL_OPEN):
        if now >= edition.call_closes_at:
            edition.state = Edition.State.CALL_CLOSED
            edition.save(update_fields=["state"])
            history.record_edition(
                edition,
                actor=None,
                verb=Edition.State.CALL_CLOSED,
                from_state=Edition.State.CALL_OPEN,
                note="deadline",
            )
            closed += 1
    return closed
