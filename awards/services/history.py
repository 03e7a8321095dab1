"""Audit entries for the prize: ``awards.<record>.<verb>``."""

from core.audit import audit_record


def record_entry(entry, *, actor, verb: str, from_state: str, note="", data=None):
    audit_record(
        subject=entry,
        actor=actor,
        action=f"awards.entry.{verb}",
        from_state=from_state,
        to_state=entry.state,
        note=note,
        data={"edition": entry.edition_id, **(data or {})},
    )


def record_edition(edition, *, actor, verb: str, from_state: str, note=""):
    audit_record(
        subject=edition,
        actor=actor,
        action=f"awards.edition.{verb}",
        from_state=from_state,
        to_state=edition.state,
        note=note,
    )


def record_round(round_, *, actor, verb: str, from_state: str, data=None):
    audit_record(
        subject=round_,
        actor=actor,
        action=f"awards.round.{verb}",
        from_state=from_state,
        to_state=round_.state,
        data={"edition": round_.edition_id, **(data or {})},
    )


def record_assignment(assignment, *, actor, verb: str, from_state: str, data=None):
    audit_record(
        subject=assignment,
        actor=actor,
        action=f"awards.review.{verb}",
        from_state=from_state,
        to_state=assignment.review,
        data={
            "entry": assignment.entry_id,
            "round": assignment.round_id,
            "juror": assignment.juror_id,
            **(data or {}),
        },
    )
