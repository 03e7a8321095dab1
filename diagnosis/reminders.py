"""Yearly reminders to member organisations, once each (Celery beat, daily).

From ``DIAGNOSIS_REMINDERS["not_started"]`` (month, day; 15 September by default),
the primary contacts of current members without this year's assessment are
reminded to start it; from ``["not_submitted"]`` (15 November), the primary contact
and contributors of an assessment still in progress are reminded to submit it. The
outbox key names the reminder, the organisation, the year and the person, so each
is sent once however often the task runs.
"""

import datetime
from collections import defaultdict

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from accounts.models import Affiliation
from accounts.selectors import organisations_with_membership_on
from core.outbox import outbox_queue

from .models import Assessment, Contributor

DEFAULT_DATES = {"not_started": (9, 15), "not_submitted": (11, 15)}


def _dates(year: int) -> dict[str, datetime.date]:
    dates = {**DEFAULT_DATES, **getattr(settings, "DIAGNOSIS_REMINDERS", {})}
    return {kind: datetime.date(year, *month_day) for kind, month_day in dates.items()}


def _queue(user, kind: str, organisation, year: int) -> None:
    language = getattr(user, "language", "") or settings.LANGUAGE_CODE
    with translation.override(language):
        url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("diagnosis:home")
        context = {"organisation": organisation, "year": year, "url": url, "user": user}
        subject = render_to_string(f"diagnosis/email/{kind}_subject.txt", context)
        body = render_to_string(f"diagnosis/email/{kind}_message.txt", context)
    outbox_queue(
        message=EmailMessage(" ".join(subject.split()), body, to=[user.email]),
        source=f"diagnosis.reminder.{kind}",
        key=f"diagnosis.reminder.{kind}.{organisation.pk}.{year}.{user.pk}",
        language=language,
    )


def assessments_remind(today: datetime.date | None = None) -> int:
    """Queue the reminders due today or earlier this year; returns how many."""
    today = today or timezone.localdate()
    dates = _dates(today.year)
    members = organisations_with_membership_on(on=today)
    this_year = Assessment.objects.filter(year=today.year)
    queued = 0
    contacts = Affiliation.objects.filter(
        status=Affiliation.Status.APPROVED, role=Affiliation.Role.PRIMARY_CONTACT
    ).select_related("user", "organisation")
    if today >= dates["not_started"]:
        started = this_year.values("organisation_id")
        for link in contacts.filter(organisation__in=members).exclude(
            organisation__in=started
        ):
            _queue(link.user, "not_started", link.organisation, today.year)
            queued += 1
    if today >= dates["not_submitted"]:
        drafts = this_year.filter(
            state=Assessment.State.DRAFT, organisation__in=members
        ).select_related("organisation")
        waiting = {a.organisation_id: a.organisation for a in drafts}
        people = defaultdict(set)  # organisation id → its contact and contributors
        for link in contacts.filter(organisation__in=list(waiting)):
            people[link.organisation_id].add(link.user)
        for contributor in Contributor.objects.filter(
            organisation__in=list(waiting)
        ).select_related("user"):
            people[contributor.organisation_id].add(contributor.user)
        for organisation_id, persons in people.items():
            for person in persons:
                _queue(person, "not_submitted", waiting[organisation_id], today.year)
                queued += 1
    return queued
