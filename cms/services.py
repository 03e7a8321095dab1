"""Business writes of the editorial core."""

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from .models import HONEYPOT_FIELD, ContactPage, ContactSubmission, EventPage


class CmsError(Exception):
    """A refused editorial operation, with a message an editor can read."""


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
    """Keep a contact message and queue its e-mail to the team.

    A filled honeypot means a robot: nothing is stored or sent, and the robot
    sees the same thank-you page as everyone else.
    """
    from .tasks import send_contact_submission

    data = dict(form.cleaned_data)
    if data.pop(HONEYPOT_FIELD, ""):
        return None
    with transaction.atomic():
        submission = ContactSubmission(form_data=data, page=page)
        submission.full_clean()
        submission.save()
        if page.to_address:
            transaction.on_commit(lambda: send_contact_submission.delay(submission.pk))
    return submission
