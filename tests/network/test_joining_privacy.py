"""Applications in the personal-data export and erasure, and their retention."""

import datetime

import pytest
from django.test import Client
from django.utils import timezone

from network import joining_privacy
from network.models import MembershipApplication
from tests.factories import VerifiedUserFactory
from tests.network.joining_fixtures import FORM

pytestmark = pytest.mark.django_db


@pytest.fixture
def application(join_pages):
    Client().post("/fr/adherer/", FORM)
    return MembershipApplication.objects.get()


def test_an_account_with_the_address_gets_its_applications_in_the_export(
    application,
):
    person = VerifiedUserFactory(email="ANA@example.cl")

    exported = joining_privacy.export(person)

    assert [row["organisation_name"] for row in exported] == ["Port of Valparaíso"]
    assert joining_privacy.export(VerifiedUserFactory()) == []


def test_erasure_blanks_the_contact(application):
    joining_privacy.erase(VerifiedUserFactory(email="ana@example.cl"))

    application.refresh_from_db()
    assert application.contact_name == "—"
    assert application.email.endswith(".invalid")
    assert application.anonymised_at is not None
    assert application.organisation_name == "Port of Valparaíso"


def test_old_declined_applications_are_anonymised(application):
    MembershipApplication.objects.update(
        status="declined", submitted_at=timezone.now() - datetime.timedelta(days=400)
    )

    assert joining_privacy.anonymise_old_applications(months=12) == 1
    assert joining_privacy.anonymise_old_applications(months=12) == 0
