"""Public account forms are rate-limited; failed sign-ins land in the audit log."""

import pytest
from django.core import mail

from accounts.models import Affiliation, NewsletterConsent, User
from core.models import AuditEntry
from tests.factories import (
    OrganisationFactory,
    VerifiedUserFactory,
    give_authenticator,
)

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"


@pytest.fixture
def small_limits(settings):
    settings.RATE_LIMITS = {
        **settings.RATE_LIMITS,
        "accounts.newsletter": "2/10m/ip",
        "accounts.join": "2/h/user",
    }


def subscribe(client, n, language="es"):
    return client.post(
        f"/{language}/newsletter/",
        {"email": f"reader{n}@port.example", "consent": "on", "website": ""},
    )


@pytest.mark.usefixtures("small_limits")
def test_newsletter_sign_ups_are_limited_with_a_page_in_spanish(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        for n in range(2):
            assert subscribe(client, n).status_code == 200
        refused = subscribe(client, 3)

    assert refused.status_code == 429
    html = refused.content.decode()
    assert "Demasiados intentos" in html
    assert '<html lang="es">' in html
    assert NewsletterConsent.objects.count() == 2
    assert len(mail.outbox) == 2  # no receipt mailed to the third address


@pytest.mark.usefixtures("small_limits")
def test_join_requests_are_limited_per_account(client):
    applicant = VerifiedUserFactory()
    client.force_login(applicant)
    organisations = [OrganisationFactory() for _ in range(3)]
    for organisation, address in zip(
        organisations, ["203.0.113.1", "203.0.113.2", "203.0.113.3"], strict=True
    ):
        response = client.post(
            "/fr/account/organisation/join/",
            {"organisation": organisation.pk, "message": "Bonjour"},
            REMOTE_ADDR=address,
        )

    assert response.status_code == 429
    assert "Trop de tentatives" in response.content.decode()
    assert Affiliation.objects.filter(user=applicant).count() == 2


def sign_up(client, email, language="en"):
    return client.post(
        f"/{language}/accounts/signup/",
        {"email": email, "password1": PASSWORD, "password2": PASSWORD},
    )


def test_sign_up_is_limited_to_five_a_minute_from_one_address(client):
    for n in range(5):
        assert sign_up(client, f"new{n}@x.example").status_code == 302

    refused = sign_up(client, "new6@x.example", language="fr")

    assert refused.status_code == 429
    assert "Trop de tentatives" in refused.content.decode()
    assert not User.objects.filter(email="new6@x.example").exists()


def sign_in(client, login, password, address="198.51.100.30"):
    return client.post(
        "/en/accounts/login/",
        {"login": login, "password": password},
        REMOTE_ADDR=address,
    )


def test_a_failed_sign_in_is_audited_with_address_and_ip_never_the_password(client):
    person = VerifiedUserFactory(email="claire@port.example")
    person.set_password(PASSWORD)
    person.save()

    sign_in(client, "Claire@Port.example", "wrong guess 1")
    sign_in(client, "nobody@port.example", "wrong guess 2", address="198.51.100.31")
    sign_in(client, "claire@port.example", PASSWORD)

    entries = AuditEntry.objects.filter(action="accounts.signin.failed").order_by("pk")
    assert [(e.object_id, e.data) for e in entries] == [
        (str(person.pk), {"address": "claire@port.example", "ip": "198.51.100.30"}),
        ("", {"address": "nobody@port.example", "ip": "198.51.100.31"}),
    ]
    assert all(e.content_type.model == "user" and e.actor is None for e in entries)
    stored = " ".join(f"{e.data} {e.note}" for e in AuditEntry.objects.all())
    assert "wrong guess" not in stored and PASSWORD not in stored


def test_staff_read_failed_sign_ins_in_the_audit_trail(client):
    sign_in(client, "intruder@port.example", "guess")
    staff = VerifiedUserFactory(is_staff=True, is_superuser=True)
    give_authenticator(staff)
    client.force_login(staff)

    listing = client.get("/admin/audit/?action=accounts.signin.failed")
    entry = AuditEntry.objects.get(action="accounts.signin.failed")
    inspect = client.get(f"/admin/audit/inspect/{entry.pk}/")

    assert listing.status_code == 200
    assert "accounts.signin.failed" in listing.content.decode()
    assert inspect.status_code == 200
    assert "intruder@port.example" in inspect.content.decode()
