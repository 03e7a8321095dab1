"""Audit entries for the courses app: ``courses.<record>.<verb>``."""

from core.audit import audit_record


def record_enrolment(enrolment, *, actor, verb: str, from_state: str, note="") -> None:
    audit_record(
        subject=enrolment,
        actor=actor,
        action=f"courses.enrolment.{verb}",
        from_state=from_state,
        to_state=enrolment.state,
        note=note,
        data={"promotion": enrolment.promotion_id},
    )


def record_promotion(promotion, *, actor, verb: str, from_state: str, note="") -> None:
    audit_record(
        subject=promotion,
        actor=actor,
        action=f"courses.promotion.{verb}",
        from_state=from_state,
        to_state=promotion.state,
        note=note,
    )
