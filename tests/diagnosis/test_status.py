"""An organisation may show "Agenda 2030 self-assessed" on its public profile and
on the map while its assessment is current (two years), and stop showing it."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from diagnosis import services
from diagnosis.models import Assessment
from network.badges import member_badges

from .test_assessments import fill

pytestmark = pytest.mark.django_db


@pytest.fixture
def submitted(questionnaire, organisation, contact):
    assessment = services.assessment_start(organisation=organisation, user=contact)
    fill(assessment, contact, questionnaire)
    return services.assessment_submit(assessment=assessment, user=contact)


def test_the_status_is_shown_only_when_chosen_and_current(
    client, submitted, organisation, contact
):
    assert member_badges([organisation.pk])[organisation.pk] == []
    client.force_login(contact)
    status = reverse("diagnosis:status", args=[submitted.pk])
    assert client.post(status, {"show": "1"}).status_code == 302
    (badge,) = member_badges([organisation.pk])[organisation.pk]
    assert badge == f"Agenda 2030 : autodiagnostic réalisé, {submitted.year}"

    # Two years after its submission the assessment is no longer current.
    Assessment.objects.filter(pk=submitted.pk).update(
        submitted_at=timezone.now() - datetime.timedelta(days=2 * 366)
    )
    assert member_badges([organisation.pk])[organisation.pk] == []
    Assessment.objects.filter(pk=submitted.pk).update(submitted_at=timezone.now())

    client.post(status, {"show": "0"})
    assert member_badges([organisation.pk])[organisation.pk] == []


def test_only_contributors_choose(client, submitted, organisation, colleague):
    client.force_login(colleague)
    response = client.post(
        reverse("diagnosis:status", args=[submitted.pk]), {"show": "1"}
    )
    assert response.status_code == 404
    assert not Assessment.objects.get(pk=submitted.pk).show_status


def test_the_profile_and_the_map_show_the_status(
    client, homes, submitted, organisation
):
    from decimal import Decimal

    from network.models import MembersDirectoryPage

    page = MembersDirectoryPage(title="Membres", slug="membres")
    homes["fr"].add_child(instance=page)
    page.save_revision().publish()
    organisation.latitude, organisation.longitude = Decimal("49.49"), Decimal("0.1")
    organisation.save()
    Assessment.objects.filter(pk=submitted.pk).update(show_status=True)

    profile = client.get(f"/fr/membres/{organisation.slug}/").content.decode()
    assert "autodiagnostic" in profile.lower() and str(submitted.year) in profile
    geojson = client.get("/api/members.geojson?lang=fr").json()
    (feature,) = [
        f for f in geojson["features"] if f["properties"]["slug"] == organisation.slug
    ]
    (badge,) = feature["properties"]["badges"]
    assert str(submitted.year) in badge


def test_the_maps_etag_changes_when_the_status_is_shown(
    client, homes, submitted, organisation, settings
):
    """The members' map answers 304 to a client that has it, until a badge it shows
    changes, though no member's record does."""
    from decimal import Decimal

    from network.models import MembersDirectoryPage

    settings.PAGE_CACHE_SECONDS = 0  # the view's own answers
    page = MembersDirectoryPage(title="Membres", slug="membres")
    homes["fr"].add_child(instance=page)
    page.save_revision().publish()
    organisation.latitude, organisation.longitude = Decimal("49.49"), Decimal("0.1")
    organisation.save()
    url = "/api/members.geojson?lang=fr"
    etag = client.get(url)["ETag"]
    assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304

    Assessment.objects.filter(pk=submitted.pk).update(show_status=True)

    again = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 200
    (feature,) = again.json()["features"]
    assert feature["properties"]["badges"]
