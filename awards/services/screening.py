"""Prize managers screen submitted entries: eligible, or ineligible with a reason."""

from django.db import transaction
from django.utils.translation import gettext as _

from ..exceptions import AwardsError
from ..models import Edition, Entry
from . import history, mail

SCREENABLE = (Entry.State.SUBMITTED, Entry.State.ELIGIBLE, Entry.State.INELIGIBLE)


def entry_screen(*, entry: Entry, eligible: bool, reason: str, actor) -> Entry:
    """Record the decision; an ineligible entrant is told why, in their language.

    Screening starts once the call has closed; a decision may be changed until the
    jury's review starts.
    """
    reason = reason.strip()
    if entry.edition.accepts_entries():
        raise AwardsError(
            _("Entries are screened once the call has closed."), code="call_open"
        )
    if entry.edition.state not in (
        Edition.State.CALL_OPEN,
        Edition.State.CALL_CLOSED,
        Edition.State.SCREENING,
    ):
        raise AwardsError(
            _("Screening is over for this edition."), code="screening_over"
        )
    if entry.state not in SCREENABLE:
        raise AwardsError(_("Only submitted entries are screened."), code="state")
    if not eligible and not reason:
        raise AwardsError(
            _("Please give the reason: it is sent to the entrant."),
            code="reason_missing",
        )
    new_state = Entry.State.ELIGIBLE if eligible else Entry.State.INELIGIBLE
    with transaction.atomic():
        entry = Entry.objects.select_for_update().get(pk=entry.pk)
        from_state = entry.state
        if from_state == new_state and entry.screening_reason == reason:
            return entry
        entry.state = new_state
        entry.screening_reason = "" if eligible else reason
        entry.save(update_fields=["state", "screening_reason", "updated_at"])
        history.record_entry(
            entry, actor=actor, verb="screened", from_state=from_state, note=reason
        )
        if not eligible:
            mail.queue_entry_mail(
                entry=entry,
                template="ineligible",
                key=f"awards.entry.{entry.pk}.ineligible.{int(entry.updated_at.timestamp())}",
                context={"reason": reason},
            )
    return entry
