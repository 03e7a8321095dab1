"""Business writes of the editorial core."""

import json
import uuid
from pathlib import Path

from django.core.mail import EmailMessage
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from core.outbox import outbox_queue

from .exceptions import CmsError
from .models import HONEYPOT_FIELD, ContactPage, ContactSubmission, EventPage, Goal

GOALS_DATA = Path(__file__).resolve().parent / "data" / "agenda2030.json"
# The same namespace as the data migration: a goal keeps its translation key.
GOALS_NAMESPACE = uuid.UUID("0c6f4d8e-9a61-4b1e-8f5d-3b2a1c0e2030")


def event_publication_record(*, event_id: int) -> int:
    """Note a publication of an event; return its calendar SEQUENCE.

    Calendar clients only replace an event they already have when its SEQUENCE
    grows, so every published change of what a calendar shows (times, place,
    title, cancellation) increments it. Publishing an unchanged event does not.
    """
    with transaction.atomic():
        event = EventPage.objects.select_for_update().filter(pk=event_id).first()
        if event is None:
            raise CmsError(_("This event does not exist."))
        fingerprint = event.calendar_fingerprint()
        if fingerprint == event.ical_fingerprint:
            return event.ical_sequence
        sequence = event.ical_sequence + (1 if event.ical_fingerprint else 0)
        EventPage.objects.filter(pk=event_id).update(
            ical_sequence=sequence, ical_fingerprint=fingerprint
        )
        return sequence


def contact_submission_receive(*, page: ContactPage, form) -> ContactSubmission | None:
    """Keep a contact message and, in the same transaction, its e-mail to the team.

    A filled honeypot means a robot: nothing is stored or sent, and the robot
    sees the same thank-you page as everyone else.
    """
    data = dict(form.cleaned_data)
    if data.pop(HONEYPOT_FIELD, ""):
        return None
    with transaction.atomic():
        submission = ContactSubmission(form_data=data, page=page)
        submission.full_clean()
        submission.save()
        recipients = [a.strip() for a in page.to_address.split(",") if a.strip()]
        if recipients:
            outbox_queue(
                message=EmailMessage(
                    subject=page.subject or page.title,
                    body="\n".join(f"{key}: {value}" for key, value in data.items()),
                    from_email=page.from_address or None,
                    to=recipients,
                ),
                source="cms.contact.submission",
                key=f"cms.contact.{submission.pk}",
            )
            submission.notified_at = timezone.now()
            submission.save(update_fields=["notified_at"])
    return submission


def goals_ensure() -> int:
    """Create any missing Agenda 2030 goal from the project's data; return the count.

    The data migration does this once; an emptied database (as between
    transactional tests) gets the same records back. Existing goals, perhaps
    edited by the team, are left alone.
    """
    goals = json.loads(GOALS_DATA.read_text(encoding="utf-8"))["goals"]
    created = 0
    with transaction.atomic():
        for locale in Locale.objects.filter(language_code__in=("fr", "en", "es")):
            for goal in goals:
                _, was_created = Goal.objects.get_or_create(
                    locale=locale,
                    number=goal["number"],
                    defaults={
                        "translation_key": uuid.uuid5(GOALS_NAMESPACE, goal["slug"]),
                        "slug": goal["slug"],
                        "title": goal["title"][locale.language_code],
                        "short_text": goal["short_text"][locale.language_code],
                        "colour": goal["colour"],
                        "icon": goal["icon"],
                    },
                )
                created += was_created
    return created
