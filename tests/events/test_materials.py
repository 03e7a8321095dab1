"""After the event, its recording and slides reach the people who had a place (or
members, if organisers say so), through permission-checked addresses; nobody
else finds them, not even through Wagtail's own documents address."""

import datetime

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import timezone
from wagtail.documents import get_document_model

from events.models import Registrant, Registration
from tests.cms.factories import EventPageFactory
from tests.factories import AffiliationFactory, OrganisationFactory, VerifiedUserFactory

pytestmark = pytest.mark.django_db
RECORDING = "https://video.example/aivp-past-webinar"


@pytest.fixture
def past(agenda):
    page = EventPageFactory(
        parent=agenda,
        title="Webinaire passé",
        start_date=timezone.localdate() - datetime.timedelta(days=3),
    )
    page.save_revision().publish()
    slides = get_document_model().objects.create(
        title="Diapositives", file=ContentFile(b"%PDF-1.4 slides", name="slides.pdf")
    )
    registration = Registration.objects.create(
        event=page, recording_url=RECORDING, slides=slides
    )
    return registration


def holder(registration, state="registered"):
    user = VerifiedUserFactory()
    Registrant.objects.create(registration=registration, user=user, state=state)
    return user


def test_who_had_a_place_watches_and_downloads(client, past):
    client.force_login(holder(past))
    page = client.get(past.event.url).content.decode()
    assert "Voir l'enregistrement" in page and "Télécharger les diapositives" in page
    assert RECORDING not in page  # behind the checked address
    watch = client.get(reverse("events:recording", args=[past.pk]))
    assert watch.status_code == 302 and watch["Location"] == RECORDING
    download = client.get(reverse("events:slides", args=[past.pk]))
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == b"%PDF-1.4 slides"
    assert download["Cache-Control"] == "private, no-store"
    assert client.get(past.slides.url).status_code == 200


@pytest.mark.parametrize("who", ["visitor", "stranger", "waitlisted", "cancelled"])
def test_nobody_else_finds_them(client, past, who):
    if who == "stranger":
        client.force_login(VerifiedUserFactory())
    elif who in ("waitlisted", "cancelled"):
        client.force_login(holder(past, who))
    page = client.get(past.event.url).content.decode()
    assert (
        RECORDING not in page and reverse("events:slides", args=[past.pk]) not in page
    )
    for address in (
        reverse("events:recording", args=[past.pk]),
        reverse("events:slides", args=[past.pk]),
    ):
        assert client.get(address).status_code in (302, 404)
        assert RECORDING not in client.get(address).get("Location", "")
    assert client.get(past.slides.url).status_code in (302, 404)


def test_organisers_may_open_them_to_members(client, past):
    member = VerifiedUserFactory()
    AffiliationFactory(user=member, organisation=OrganisationFactory())
    client.force_login(member)
    assert client.get(reverse("events:slides", args=[past.pk])).status_code in (
        302,
        404,
    )
    Registration.objects.filter(pk=past.pk).update(materials_for="members")
    assert client.get(reverse("events:slides", args=[past.pk])).status_code == 200
