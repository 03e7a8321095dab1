"""Business writes of the editorial core."""

from django.core.mail import EmailMessage
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from core.outbox import outbox_queue

from .exceptions import CmsError
from .goaldata import create_goals
from .models import (
    HONEYPOT_FIELD,
    ContactPage,
    ContactSubmission,
    EventPage,
    Goal,
    GoalMeasure,
)


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

    The data migrations do this once; an emptied database (as between
    transactional tests) gets the same records back. Existing goals, perhaps
    edited by the team, are left alone.
    """
    with transaction.atomic():
        return create_goals(
            goal_model=Goal, measure_model=GoalMeasure, locale_model=Locale
        )
