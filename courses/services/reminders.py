"""The reminders mailed to learners of running promotions, each at most once.

Run once a day (``courses.tasks.send_reminders``). A reminder is recorded as a
``ReminderSent`` row in the same transaction as its mail; the row's unique
constraint makes a second run, or two runs at once, send nothing more.

- ``module_released``: a module opened after the promotion's first day (the welcome
  mail covers what is open on the first day) and after the learner enrolled;
- ``due_soon``: a module is due within three days and a required lesson of it is
  not done;
- ``inactive``: nothing done for fourteen days; the key is the day of the last
  activity, so one mail per stretch of inactivity;
- ``ending``: the promotion ends within seven days.
"""

import datetime
from collections import defaultdict
from itertools import groupby

from django.db import IntegrityError, transaction
from django.utils import timezone

from ..models import (
    Enrolment,
    LessonPage,
    LessonProgress,
    Promotion,
    PromotionModule,
    ReminderSent,
)
from .mail import queue_learner_mail

Kind = ReminderSent.Kind

DUE_SOON_DAYS = 3
INACTIVE_DAYS = 14
ENDING_DAYS = 7


def reminder_send(
    *, enrolment: Enrolment, kind: str, key: str, context: dict | None = None
) -> bool:
    """Mail one reminder unless it was sent already; True when it is sent now."""
    try:
        with transaction.atomic():
            ReminderSent.objects.create(enrolment=enrolment, kind=kind, key=key)
            queue_learner_mail(
                enrolment=enrolment,
                template=f"reminder_{kind}",
                key=f"courses.reminder.{enrolment.pk}.{kind}.{key}",
                context=context,
            )
    except IntegrityError:
        return False
    return True


def _required_lessons(rows: list[PromotionModule]) -> dict:
    """``{module translation_key: {lesson translation_key, …}}`` (required ones)."""
    lessons = {}
    for row in rows:
        lessons[row.module.translation_key] = set(
            LessonPage.objects.live()
            .descendant_of(row.module)
            .filter(required=True)
            .values_list("translation_key", flat=True)
        )
    return lessons


def _done_keys(enrolments: list[Enrolment]) -> dict[int, set]:
    done = defaultdict(set)
    rows = LessonProgress.objects.filter(
        enrolment__in=enrolments, done_at__isnull=False
    ).values_list("enrolment_id", "lesson_key")
    for enrolment_id, lesson_key in rows:
        done[enrolment_id].add(lesson_key)
    return done


def _last_activity(enrolment: Enrolment) -> datetime.date:
    moment = enrolment.last_activity_at or enrolment.enrolled_at
    day = timezone.localdate(moment) if moment else enrolment.promotion.starts_on
    return max(day, enrolment.promotion.starts_on)


def reminders_due(
    *,
    enrolment: Enrolment,
    rows: list[PromotionModule],
    lessons: dict,
    done: set,
    today: datetime.date,
) -> list[tuple[str, str, dict]]:
    """The reminders this learner is owed today: ``(kind, key, context)``."""
    promotion = enrolment.promotion
    enrolled_on = (
        timezone.localdate(enrolment.enrolled_at)
        if enrolment.enrolled_at
        else promotion.starts_on
    )
    due = []
    for row in rows:
        key = str(row.module.translation_key)
        context = {"module": row.module, "due_on": row.due_on}
        if max(promotion.starts_on, enrolled_on) < row.release_on <= today:
            due.append((Kind.MODULE_RELEASED, key, context))
        required = lessons.get(row.module.translation_key, set())
        if (
            row.due_on
            and row.release_on <= today <= row.due_on
            and (row.due_on - today).days <= DUE_SOON_DAYS
            and required - done
        ):
            due.append((Kind.DUE_SOON, key, context))
    last = _last_activity(enrolment)
    if (today - last).days >= INACTIVE_DAYS:
        due.append((Kind.INACTIVE, last.isoformat(), {"last_activity": last}))
    if 0 <= (promotion.ends_on - today).days <= ENDING_DAYS:
        due.append((Kind.ENDING, promotion.ends_on.isoformat(), {}))
    return due


def reminders_send(*, today: datetime.date | None = None) -> int:
    """Send the day's reminders to enrolled learners of running promotions."""
    today = today or timezone.localdate()
    enrolments = (
        Enrolment.objects.filter(
            state=Enrolment.State.ENROLLED,
            promotion__state=Promotion.State.RUNNING,
        )
        .select_related("promotion__course", "learner")
        .order_by("promotion_id", "pk")
    )
    sent = 0
    for _promotion_id, group in groupby(enrolments, key=lambda e: e.promotion_id):
        group = list(group)
        promotion = group[0].promotion
        rows = list(
            PromotionModule.objects.filter(promotion=promotion)
            .select_related("module")
            .order_by("release_on", "pk")
        )
        lessons = _required_lessons(rows)
        done = _done_keys(group)
        for enrolment in group:
            for kind, key, context in reminders_due(
                enrolment=enrolment,
                rows=rows,
                lessons=lessons,
                done=done[enrolment.pk],
                today=today,
            ):
                sent += reminder_send(
                    enrolment=enrolment, kind=kind, key=key, context=context
                )
    return sent
