"""A promotion's live sessions as a learner sees them: coming ones, then past ones.

The join link is for the learners who hold a place (enrolled, completed or accepted);
it is given before and during a session, and its recording afterwards.
"""

import zoneinfo
from dataclasses import dataclass

from django.urls import reverse
from django.utils import timezone

from .models import Enrolment, LiveSession

# Whose calendars carry the join links.
SESSION_STATES = (*Enrolment.LEARNING, Enrolment.State.ACCEPTED)


def may_join(enrolment: Enrolment | None) -> bool:
    return enrolment is not None and enrolment.state in SESSION_STATES


@dataclass
class SessionLine:
    session: LiveSession
    title: str
    starts_at: object  # aware datetime in the session's own time zone
    ends_at: object
    time_zone: str
    join_url: str
    recording_url: str
    ics_url: str


def _line(session: LiveSession, *, allowed: bool, now) -> SessionLine:
    zone = zoneinfo.ZoneInfo(session.time_zone)
    past = session.ends_at <= now
    return SessionLine(
        session=session,
        title=session.local_title,
        starts_at=session.starts_at.astimezone(zone),
        ends_at=session.ends_at.astimezone(zone),
        time_zone=session.time_zone,
        join_url=session.join_url if allowed and not past else "",
        recording_url=session.recording_url if allowed and past else "",
        ics_url=reverse("courses:session_ics", args=[session.uid]) if allowed else "",
    )


def live_sessions_for(*, enrolment: Enrolment) -> dict[str, list[SessionLine]]:
    """``{"upcoming": [...], "past": [...]}``, the next session first, the latest
    past one first; links only for a learner who holds a place."""
    now = timezone.now()
    allowed = may_join(enrolment)
    sessions = enrolment.promotion.live_sessions.order_by("starts_at", "pk")
    upcoming, past = [], []
    for session in sessions:
        line = _line(session, allowed=allowed, now=now)
        (past if session.ends_at <= now else upcoming).append(line)
    past.reverse()
    return {"upcoming": upcoming, "past": past}
