"""A promotion's life: its state moves (by staff or by its dates) and its next run.

The states move draft → open ⇄ enrolment closed → running → ended → archived; an
open promotion may also start running directly. When a promotion ends, the learners
still enrolled have not completed it.
"""

import datetime
from zoneinfo import ZoneInfo

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.locking import locked_atomic

from ..exceptions import CoursesBusy, CoursesError
from ..models import (
    ApplicationQuestion,
    Enrolment,
    LiveSession,
    Promotion,
    PromotionModule,
)
from .history import record_enrolment, record_promotion

State = Promotion.State

# Where each state may go, and the verb its audit entry records.
TRANSITIONS = {
    State.DRAFT: {State.OPEN: "opened"},
    State.OPEN: {
        State.ENROLMENT_CLOSED: "enrolment_closed",
        State.RUNNING: "started",
    },
    State.ENROLMENT_CLOSED: {State.OPEN: "reopened", State.RUNNING: "started"},
    State.RUNNING: {State.ENDED: "ended"},
    State.ENDED: {State.ARCHIVED: "archived"},
    State.ARCHIVED: {},
}

DEFAULT_OFFSET_DAYS = 365


def allowed_transitions(promotion: Promotion) -> list[str]:
    """The states a promotion may move to from where it is."""
    return list(TRANSITIONS.get(promotion.state, {}))


def _end(promotion: Promotion, actor) -> int:
    """Learners still enrolled when the promotion ends have not completed it."""
    count = 0
    for enrolment in promotion.enrolments.select_for_update().filter(
        state=Enrolment.State.ENROLLED
    ):
        enrolment.state = Enrolment.State.NOT_COMPLETED
        enrolment.save(update_fields=["state"])
        record_enrolment(
            enrolment,
            actor=actor,
            verb="not_completed",
            from_state=Enrolment.State.ENROLLED,
        )
        count += 1
    return count


def promotion_transition(*, promotion: Promotion, to_state: str, actor) -> Promotion:
    """Move the promotion to ``to_state`` if its current state allows it."""
    with locked_atomic(busy=CoursesBusy):
        promotion = Promotion.objects.select_for_update().get(pk=promotion.pk)
        before = promotion.state
        verb = TRANSITIONS.get(before, {}).get(to_state)
        if verb is None:
            raise CoursesError(
                _("A promotion cannot go from “%(from)s” to “%(to)s”.")
                % {
                    "from": State(before).label,
                    "to": State(to_state).label
                    if to_state in State.values
                    else to_state,
                },
                code="transition_refused",
            )
        promotion.state = to_state
        promotion.save(update_fields=["state"])
        record_promotion(promotion, actor=actor, verb=verb, from_state=before)
        if to_state == State.ENDED:
            _end(promotion, actor)
    return promotion


def _due_moves(now: datetime.datetime):
    """The (promotion pks, target state) the dates call for, in the order to apply."""
    today = timezone.localdate(now)
    yield (
        Promotion.objects.filter(state=State.OPEN, enrolment_closes_at__lte=now),
        State.ENROLMENT_CLOSED,
    )
    yield (
        Promotion.objects.filter(
            state__in=[State.OPEN, State.ENROLMENT_CLOSED], starts_on__lte=today
        ),
        State.RUNNING,
    )
    yield (
        Promotion.objects.filter(state=State.RUNNING, ends_on__lt=today),
        State.ENDED,
    )


def promotions_advance(*, now: datetime.datetime | None = None) -> int:
    """Move promotions along by their dates (daily); returns how many moves.

    Enrolment closes at its closing time, a promotion runs from its first day and
    ends the day after its last. Drafts stay drafts: opening is a staff decision.
    Each move is its own transaction, so running it twice changes nothing more.
    """
    now = now or timezone.now()
    moves = 0
    for queryset, to_state in _due_moves(now):
        for promotion in queryset.only("pk", "state"):
            try:
                promotion_transition(promotion=promotion, to_state=to_state, actor=None)
            except CoursesError:  # moved meanwhile by someone else
                continue
            moves += 1
    return moves


def previous_promotion(promotion: Promotion) -> Promotion | None:
    """The run of the same course that started last before this one."""
    return (
        Promotion.objects.filter(
            course__translation_key=promotion.course.translation_key,
            starts_on__lt=promotion.starts_on,
        )
        .exclude(pk=promotion.pk)
        .order_by("-starts_on", "-pk")
        .first()
    )


def next_offset_days(promotion: Promotion) -> int:
    """The usual gap between runs: since the previous start, else a year."""
    previous = previous_promotion(promotion)
    if previous is None:
        return DEFAULT_OFFSET_DAYS
    return (promotion.starts_on - previous.starts_on).days


COPIED_FIELDS = [
    "course",
    "name",
    "name_en",
    "name_es",
    "language",
    "capacity",
    "requires_application",
    "fee",
    "member_price",
    "price",
    "vat_rate",
]
SHIFTED_FIELDS = [
    "enrolment_opens_at",
    "enrolment_closes_at",
    "starts_on",
    "ends_on",
    "certificate_available_on",
]


def _shift(value, delta: datetime.timedelta, zone: str | None = None):
    """A date or datetime ``delta`` later; a datetime keeps its wall-clock time in
    ``zone`` (the site's by default) across a change of summer time."""
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        tz = ZoneInfo(zone) if zone else timezone.get_default_timezone()
        naive = timezone.make_naive(value, tz) + delta
        return timezone.make_aware(naive, tz)
    return value + delta


def promotion_copy(*, promotion: Promotion, offset_days: int, actor) -> Promotion:
    """The next run of a course: this promotion's settings, dates moved on, a draft.

    Every date moves by ``offset_days``; questions, facilitators, the schedule and
    the live sessions are copied (the sessions with new calendar identifiers and
    without their join or recording links). Names are kept as they are: staff
    edit them (a year in a name is not guessed at).
    """
    delta = datetime.timedelta(days=offset_days)
    with transaction.atomic():
        copy = Promotion(
            **{name: getattr(promotion, name) for name in COPIED_FIELDS},
            **{
                name: _shift(getattr(promotion, name), delta) for name in SHIFTED_FIELDS
            },
            number=promotion.number + 1,
            state=State.DRAFT,
        )
        copy.save()
        copy.facilitators.set(promotion.facilitators.all())
        for question in promotion.questions.all():
            ApplicationQuestion.objects.create(
                promotion=copy,
                text=question.text,
                text_en=question.text_en,
                text_es=question.text_es,
                required=question.required,
                sort_order=question.sort_order,
            )
        for row in promotion.schedule.all():
            PromotionModule.objects.create(
                promotion=copy,
                module_id=row.module_id,
                release_on=_shift(row.release_on, delta),
                due_on=_shift(row.due_on, delta),
                sort_order=row.sort_order,
            )
        for session in promotion.live_sessions.all():
            LiveSession.objects.create(
                promotion=copy,
                title=session.title,
                title_en=session.title_en,
                title_es=session.title_es,
                starts_at=_shift(session.starts_at, delta, session.time_zone),
                duration_minutes=session.duration_minutes,
                time_zone=session.time_zone,
                sort_order=session.sort_order,
            )
        record_promotion(
            copy,
            actor=actor,
            verb="copied",
            from_state="",
            note=f"#{promotion.pk} +{offset_days}",
        )
    return copy
