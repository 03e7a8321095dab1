"""Registering for an agenda event, as the registrant and the organisers observe
it: places, the waiting list and its order, who may register and when, the mails
with their calendar file, cancelling from the mail, and privacy."""

import datetime
import re

import pytest
from django.utils import timezone
from icalendar import Calendar

from accounts.privacy import contributors
from core.models import OutboxMessage
from events.exceptions import EventsError
from events.models import Registrant, Registration
from events.selectors import sees_join_link
from events.services import registrant_cancel, registrant_register
from tests.factories import AffiliationFactory, OrganisationFactory, VerifiedUserFactory

pytestmark = pytest.mark.django_db


def register(registration, user=None, language="fr", **answers):
    return registrant_register(
        registration=registration,
        user=user or VerifiedUserFactory(),
        answers=answers,
        language=language,
    )


def mails(source, to=None):
    found = OutboxMessage.objects.filter(source=source).order_by("pk")
    return [m for m in found if to is None or to in m.to]


def test_registering_takes_a_place_and_sends_the_calendar_file(registration):
    person = VerifiedUserFactory(email="ines@port.example")
    registrant = register(
        registration, person, language="en", organisation="Port of Lisbon", role="CEO"
    )
    assert registrant.state == Registrant.State.REGISTERED
    assert (registrant.organisation, registrant.role) == ("Port of Lisbon", "CEO")
    (mail,) = mails("events.confirmation", "ines@port.example")
    assert mail.language == "en"
    assert "You are registered" in mail.subject and "tomorrow's quays" in mail.subject
    # The join link is never in a mail that can be forwarded before the event.
    assert "meet.example" not in mail.body and "quai-4242" not in mail.body
    (attachment,) = mail.attachments.all()
    calendar = Calendar.from_ical(bytes(attachment.content))
    (event,) = calendar.walk("VEVENT")
    assert str(event["SUMMARY"]) == "Webinar: tomorrow's quays"
    assert "meet.example" not in bytes(attachment.content).decode()
    assert sees_join_link(registration=registration, user=person)


def test_registering_twice_changes_nothing(registration):
    person = VerifiedUserFactory()
    first = register(registration, person)
    assert register(registration, person).pk == first.pk
    assert len(mails("events.confirmation")) == 1


def test_when_full_people_wait_in_order_and_a_freed_place_goes_to_the_first(
    registration,
):
    ana, ben = register(registration), register(registration)
    carla = register(registration, VerifiedUserFactory(email="carla@port.example"))
    dan = register(registration)
    assert [r.state for r in (ana, ben, carla, dan)] == [
        "registered",
        "registered",
        "waitlisted",
        "waitlisted",
    ]
    (waiting,) = mails("events.confirmation", "carla@port.example")
    assert "waiting list" in waiting.subject.lower() or "attente" in waiting.subject
    assert not waiting.attachments.exists()  # no place, no calendar entry
    assert not sees_join_link(registration=registration, user=carla.user)

    registrant_cancel(registrant=ben, actor=ben.user)
    carla.refresh_from_db()
    dan.refresh_from_db()
    assert (carla.state, dan.state) == ("registered", "waitlisted")
    (promoted,) = mails("events.promoted", "carla@port.example")
    assert promoted.attachments.count() == 1
    assert sees_join_link(registration=registration, user=carla.user)
    # Registering again after cancelling puts the person at the end of the line.
    again = register(registration, ben.user)
    assert again.pk == ben.pk and again.state == "waitlisted"
    registrant_cancel(registrant=ana, actor=ana.user)
    dan.refresh_from_db()
    ben.refresh_from_db()
    assert (dan.state, ben.state) == ("registered", "waitlisted")


def test_only_the_audience_may_register(registration):
    registration.audience = Registration.Audience.MEMBERS
    registration.save()
    outsider = VerifiedUserFactory()
    with pytest.raises(EventsError) as refused:
        register(registration, outsider)
    assert refused.value.code == "not_in_audience"
    member = VerifiedUserFactory()
    AffiliationFactory(user=member, organisation=OrganisationFactory())
    assert register(registration, member).state == "registered"


@pytest.mark.parametrize(
    "change",
    [
        {"is_open": False},
        {"opens_at": timezone.now() + datetime.timedelta(days=1)},
        {"closes_at": timezone.now() - datetime.timedelta(minutes=1)},
    ],
)
def test_registration_is_refused_when_paused_not_yet_open_or_closed(
    registration, change
):
    Registration.objects.filter(pk=registration.pk).update(**change)
    registration.refresh_from_db()
    with pytest.raises(EventsError) as refused:
        register(registration)
    assert refused.value.code == "closed"


def test_a_cancelled_event_takes_no_registration(registration, webinar):
    webinar.cancelled = True
    webinar.save_revision().publish()
    registration.refresh_from_db()
    with pytest.raises(EventsError):
        register(registration)


def test_one_registration_per_event_whatever_the_language(registration, webinar):
    from django.core.exceptions import ValidationError

    english = webinar.get_translation(
        webinar.locale.__class__.objects.get(language_code="en")
    )
    with pytest.raises(ValidationError):
        Registration(event=english).full_clean()


def test_the_mails_link_cancels_in_one_click_and_a_scanner_cancels_nothing(
    client, registration
):
    registrant = register(registration)
    (mail,) = mails("events.confirmation")
    link = re.search(r"https?://\S+/events/cancel/\S+/", mail.body).group()
    path = "/" + link.split("/", 3)[3]
    page = client.get(path)
    assert page.status_code == 200
    assert "Annuler mon inscription" in page.content.decode()
    registrant.refresh_from_db()
    assert registrant.state == "registered"  # opening the link changes nothing
    done = client.post(path)
    assert done.status_code == 200
    assert "est annulée" in done.content.decode()
    registrant.refresh_from_db()
    assert registrant.state == "cancelled"
    assert client.get("/fr/events/cancel/not-a-token/").status_code == 404


def test_registrations_are_exported_and_erased(registration):
    person, waiting = VerifiedUserFactory(), VerifiedUserFactory()
    register(registration, person, organisation="Ville du Havre", answer="Oui")
    register(registration)
    register(registration, waiting)
    (events,) = [c for c in contributors() if c.key == "events"]
    (exported,) = events.export(person)
    assert exported["organisation"] == "Ville du Havre" and exported["answer"] == "Oui"
    events.erase(person)
    assert not Registrant.objects.filter(user=person).exists()
    # The place given up went to the waiting list.
    assert Registrant.objects.get(user=waiting).state == "registered"
