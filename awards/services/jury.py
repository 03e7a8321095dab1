"""The jury's work: assignments, conflict declarations and reviews.

Assignment is manual (one entry to one juror) or balanced and automatic: each entry
of the round gets ``reviews_per_entry`` jurors, the least loaded first, jurors with
an obvious conflict last. A juror declares a conflict of interest (or none) before
the entry opens; a declared conflict sets the assignment aside and gives the entry
to another juror the same way.
"""

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import Affiliation

from ..exceptions import AwardsError
from ..models import Assignment, Entry, Round, Score
from . import history

Flag = Assignment.Flag


def juror_organisations(jurors) -> dict[int, list]:
    """Each juror's approved organisations, in one query."""
    found: dict[int, list] = {juror.pk: [] for juror in jurors}
    links = Affiliation.objects.filter(
        user__in=list(found), status=Affiliation.Status.APPROVED
    ).select_related("organisation")
    for link in links:
        found[link.user_id].append(link.organisation)
    return found


def juror_flag(*, entry: Entry, juror, organisations: list | None = None) -> str:
    """An obvious conflict: the juror belongs to the entering organisation, or to an
    organisation in the entry's port city."""
    if organisations is None:
        organisations = juror_organisations([juror])[juror.pk]
    names = {o.name.strip().casefold() for o in organisations}
    if entry.organisation_id in {o.pk for o in organisations} or (
        entry.organisation_name.strip().casefold() in names
    ):
        return Flag.ORGANISATION
    city = entry.port_city.strip().casefold()
    if city and city in {o.city.strip().casefold() for o in organisations}:
        return Flag.CITY
    return Flag.NONE


def edition_jurors(edition):
    """The edition's jury as a queryset (the field's own manager works in memory)."""
    return get_user_model().objects.filter(juried_editions=edition)


def round_entries(round_: Round):
    return Entry.objects.filter(round=round_, state=Entry.State.ELIGIBLE)


def _check_preparing(round_: Round) -> None:
    if round_.state not in (Round.State.PREPARING, Round.State.OPEN):
        raise AwardsError(
            _("Entries can no longer be assigned in this round."), code="round_state"
        )


def round_take_eligible(round_: Round) -> int:
    """The first round takes every eligible entry not yet in a round."""
    first = round_.edition.rounds.order_by("sort_order", "pk").first()
    if first is None or first.pk != round_.pk:
        return 0
    return Entry.objects.filter(
        edition=round_.edition, state=Entry.State.ELIGIBLE, round__isnull=True
    ).update(round=round_)


def assignment_add(*, round_: Round, entry: Entry, juror, actor) -> Assignment:
    _check_preparing(round_)
    if not edition_jurors(round_.edition).filter(pk=juror.pk).exists():
        raise AwardsError(_("This person is not on the edition's jury."), code="juror")
    if entry.round_id != round_.pk or entry.state != Entry.State.ELIGIBLE:
        raise AwardsError(_("This entry is not in this round."), code="entry_round")
    with transaction.atomic():
        assignment, created = Assignment.objects.get_or_create(
            round=round_,
            entry=entry,
            juror=juror,
            defaults={"flag": juror_flag(entry=entry, juror=juror)},
        )
        if created:
            history.record_assignment(
                assignment, actor=actor, verb="assigned", from_state=""
            )
    return assignment


def _candidates(round_: Round, entry: Entry, organisations=None) -> list:
    """Jurors who may still take the entry: least loaded first, flagged last."""
    taken = set(
        Assignment.objects.filter(round=round_, entry=entry).values_list(
            "juror_id", flat=True
        )
    )
    jurors = (
        edition_jurors(round_.edition)
        .exclude(pk__in=taken)
        .annotate(
            load=Count(
                "prize_assignments",
                filter=Q(prize_assignments__round=round_)
                & ~Q(prize_assignments__conflict=Assignment.Conflict.DECLARED),
            )
        )
        .order_by("load", "pk")
    )
    jurors = list(jurors)
    if organisations is None:
        organisations = juror_organisations(jurors)
    ranked = [
        (juror_flag(entry=entry, juror=j, organisations=organisations[j.pk]), j)
        for j in jurors
    ]
    ranked = [(flag != Flag.NONE, juror) for flag, juror in ranked]
    return [juror for _flagged, juror in sorted(ranked, key=lambda r: r[0])]


def _active_count(round_: Round, entry: Entry) -> int:
    return (
        Assignment.objects.filter(round=round_, entry=entry)
        .exclude(conflict=Assignment.Conflict.DECLARED)
        .count()
    )


def assignments_balance(*, round_: Round, actor) -> dict:
    """Give every entry of the round its jurors; returns what was made and lacking."""
    _check_preparing(round_)
    made = lacking = 0
    organisations = juror_organisations(edition_jurors(round_.edition))
    with transaction.atomic():
        round_take_eligible(round_)
        for entry in round_entries(round_).order_by("reference"):
            needed = round_.reviews_per_entry - _active_count(round_, entry)
            candidates = _candidates(round_, entry, organisations)
            for juror in candidates[: max(needed, 0)]:
                assignment_add(round_=round_, entry=entry, juror=juror, actor=actor)
                made += 1
                needed -= 1
            lacking += max(needed, 0)
    return {"made": made, "lacking": lacking}


def _own(assignment: Assignment, juror) -> None:
    if assignment.juror_id != juror.pk:
        raise AwardsError(_("This review is not yours."), code="not_yours")


def assignment_declare(
    *, assignment: Assignment, juror, conflict: bool, note: str = ""
) -> Assignment | None:
    """The juror's declaration; a conflict passes the entry to another juror.

    Returns the new assignment made for a conflict (None when nobody is left).
    """
    _own(assignment, juror)
    if assignment.conflict != Assignment.Conflict.UNDECLARED:
        raise AwardsError(_("You have already declared."), code="declared")
    if conflict and not note.strip():
        raise AwardsError(
            _("Please say briefly what the conflict of interest is."),
            code="note_missing",
        )
    with transaction.atomic():
        assignment.conflict = (
            Assignment.Conflict.DECLARED if conflict else Assignment.Conflict.NONE
        )
        assignment.conflict_note = note.strip()
        assignment.declared_at = timezone.now()
        assignment.save(update_fields=["conflict", "conflict_note", "declared_at"])
        history.record_assignment(
            assignment,
            actor=juror,
            verb="conflict_declared" if conflict else "no_conflict_declared",
            from_state=assignment.review,
        )
        if not conflict:
            return None
        for other in _candidates(assignment.round, assignment.entry)[:1]:
            return assignment_add(
                round_=assignment.round,
                entry=assignment.entry,
                juror=other,
                actor=juror,
            )
    return None


def review_save(
    *,
    assignment: Assignment,
    juror,
    marks: dict,
    comment: str = "",
    submit: bool = False,
) -> Assignment:
    """Keep the juror's marks (criterion id → (mark, comment)); submit when complete.

    A submitted review is final. Marks are checked against each criterion's scale.
    """
    _own(assignment, juror)
    if assignment.conflict != Assignment.Conflict.NONE:
        raise AwardsError(
            _("Please declare any conflict of interest first."), code="undeclared"
        )
    if assignment.review == Assignment.Review.SUBMITTED:
        raise AwardsError(_("This review is already submitted."), code="submitted")
    if assignment.round.state != Round.State.OPEN:
        raise AwardsError(_("This round is not open for reviews."), code="round_state")
    criteria = {c.pk: c for c in assignment.round.edition.criteria.all()}
    cleaned = {}
    for criterion_id, (value, text) in marks.items():
        criterion = criteria.get(int(criterion_id))
        if criterion is None or value is None:
            continue
        if not 0 <= int(value) <= criterion.scale_max:
            raise AwardsError(
                _("The mark for “%(criterion)s” must be between 0 and %(max)s.")
                % {"criterion": criterion.local_name, "max": criterion.scale_max},
                code="mark_range",
            )
        cleaned[criterion.pk] = (int(value), (text or "").strip())
    if submit and set(cleaned) != set(criteria):
        raise AwardsError(
            _("Please mark every criterion before submitting."), code="incomplete"
        )
    with transaction.atomic():
        for criterion_id, (value, text) in cleaned.items():
            Score.objects.update_or_create(
                assignment=assignment,
                criterion_id=criterion_id,
                defaults={"value": value, "comment": text},
            )
        from_state = assignment.review
        assignment.comment = comment.strip()
        assignment.review = (
            Assignment.Review.SUBMITTED if submit else Assignment.Review.DRAFT
        )
        assignment.submitted_at = timezone.now() if submit else None
        assignment.save(update_fields=["comment", "review", "submitted_at"])
        if submit:
            history.record_assignment(
                assignment,
                actor=juror,
                verb="submitted",
                from_state=from_state,
                data={"marks": {str(k): v for k, (v, _t) in cleaned.items()}},
            )
    return assignment
