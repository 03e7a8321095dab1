"""The edition's timeline as prize managers move it: rounds, shortlist, decision,
announcement."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ..exceptions import AwardsError
from ..models import Edition, Entry, Round
from . import history, mail

State = Edition.State

EDITION_STEPS = {
    State.DRAFT: (State.CALL_OPEN,),
    State.CALL_OPEN: (State.CALL_CLOSED,),
    State.CALL_CLOSED: (State.SCREENING,),
    State.SCREENING: (State.JURY_REVIEW,),
    State.JURY_REVIEW: (State.DELIBERATION,),
    State.DELIBERATION: (State.JURY_REVIEW,),
    State.ANNOUNCED: (State.ARCHIVED,),
    State.ARCHIVED: (),
}

ROUND_STEPS = {
    Round.State.PREPARING: (Round.State.OPEN,),
    Round.State.OPEN: (Round.State.DELIBERATION,),
    Round.State.DELIBERATION: (Round.State.CLOSED, Round.State.OPEN),
    Round.State.CLOSED: (),
}


def edition_set_state(*, edition: Edition, state: str, actor) -> Edition:
    """Move the edition one step on its timeline (announcement has its own service)."""
    if state not in EDITION_STEPS[edition.state]:
        raise AwardsError(
            _("An edition cannot go from “%(from)s” to “%(to)s”.")
            % {"from": edition.get_state_display(), "to": State(state).label},
            code="edition_step",
        )
    with transaction.atomic():
        from_state = edition.state
        edition.state = state
        edition.save(update_fields=["state"])
        history.record_edition(edition, actor=actor, verb=state, from_state=from_state)
    return edition


def round_set_state(*, round_: Round, state: str, actor) -> Round:
    """Open a round to its jurors (they are told), then deliberate, then close it."""
    if state not in ROUND_STEPS[round_.state]:
        raise AwardsError(
            _("A round cannot go from “%(from)s” to “%(to)s”.")
            % {"from": round_.get_state_display(), "to": Round.State(state).label},
            code="round_step",
        )
    if state == Round.State.OPEN and not round_.assignments.exists():
        raise AwardsError(
            _("Assign the round's entries to jurors before opening it."),
            code="no_assignments",
        )
    with transaction.atomic():
        from_state = round_.state
        round_.state = state
        round_.save(update_fields=["state"])
        history.record_round(round_, actor=actor, verb=state, from_state=from_state)
        if state == Round.State.OPEN and from_state == Round.State.PREPARING:
            _tell_jurors(round_)
    return round_


def _tell_jurors(round_: Round) -> None:
    jurors = {a.juror for a in round_.assignments.select_related("juror")}
    for juror in jurors:
        mail.queue_juror_mail(
            juror=juror,
            template="round_open",
            key=f"awards.round.{round_.pk}.open.{juror.pk}",
            context={"round": round_, "edition": round_.edition},
        )


def round_shortlist(*, round_: Round, entries, next_round: Round, actor) -> int:
    """Move the chosen entries of a round, once it is deliberated, to the next one."""
    if round_.state not in (Round.State.DELIBERATION, Round.State.CLOSED):
        raise AwardsError(
            _("Shortlist once the round's reviews are in deliberation."),
            code="round_state",
        )
    if next_round.edition_id != round_.edition_id or next_round.pk == round_.pk:
        raise AwardsError(_("Choose another round of this edition."), code="round")
    moved = 0
    with transaction.atomic():
        for entry in entries:
            if entry.round_id != round_.pk:
                continue
            entry.round = next_round
            entry.save(update_fields=["round", "updated_at"])
            history.record_entry(
                entry,
                actor=actor,
                verb="shortlisted",
                from_state=entry.state,
                data={"from_round": round_.pk, "to_round": next_round.pk},
            )
            moved += 1
    return moved


def entry_decide(*, entry: Entry, outcome: str, citations: dict, actor) -> Entry:
    """The final decision on one entry: winner, special mention or not awarded."""
    if entry.edition.state != State.DELIBERATION:
        raise AwardsError(
            _("Decisions are recorded during the deliberation."), code="edition_state"
        )
    if entry.state != Entry.State.ELIGIBLE:
        raise AwardsError(_("Only eligible entries can be awarded."), code="state")
    if outcome not in Entry.Outcome.values:
        raise AwardsError(_("Choose an outcome."), code="outcome")
    if (
        outcome in (Entry.Outcome.WINNER, Entry.Outcome.MENTION)
        and not (citations.get("citation") or "").strip()
    ):
        raise AwardsError(
            _("A winner or a special mention needs its citation (in French at least)."),
            code="citation_missing",
        )
    with transaction.atomic():
        from_outcome = entry.outcome
        entry.outcome = outcome
        for field in ("citation", "citation_en", "citation_es"):
            setattr(entry, field, (citations.get(field) or "").strip())
        entry.save()
        history.record_entry(
            entry,
            actor=actor,
            verb="decided",
            from_state=entry.state,
            data={"from_outcome": from_outcome, "outcome": outcome},
        )
    return entry


def edition_announce(*, edition: Edition, actor) -> Edition:
    """Publish the winners and tell every entrant their result, once."""
    if edition.state != State.DELIBERATION:
        raise AwardsError(
            _("Announce the results at the end of the deliberation."),
            code="edition_state",
        )
    if not edition.entries.filter(outcome=Entry.Outcome.WINNER).exists():
        raise AwardsError(_("Record at least one winner first."), code="no_winner")
    now = timezone.now()
    with transaction.atomic():
        from_state = edition.state
        edition.state = State.ANNOUNCED
        edition.save(update_fields=["state"])
        history.record_edition(
            edition, actor=actor, verb="announced", from_state=from_state
        )
        entries = edition.entries.filter(
            state__in=[Entry.State.ELIGIBLE, Entry.State.INELIGIBLE]
        ).select_related("entrant", "edition")
        for entry in entries:
            mail.queue_entry_mail(
                entry=entry,
                template="result",
                key=f"awards.entry.{entry.pk}.result",
            )
        entries.update(result_sent_at=now)
    return edition
