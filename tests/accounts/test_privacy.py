"""A person downloads their data and deletes their account; newsletter consent."""

import json

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP
from django.core import mail
from wagtail import hooks

from accounts.models import Affiliation, NewsletterConsent, User
from accounts.privacy import PRIVACY_HOOK, PrivacyContributor
from accounts.selectors import user_is_member
from core.audit import audit_trail
from tests.factories import AffiliationFactory, VerifiedUserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"


@pytest.fixture
def person():
    link = AffiliationFactory(
        user__email="ana.souza@santos.example",
        user__first_name="Ana",
        user__last_name="Souza",
        organisation__name="Porto de Santos",
        message="Port centre manager",
    )
    NewsletterConsent.objects.create(
        email="ana.souza@santos.example", wording="I agree.", language="es"
    )
    return link.user


@pytest.fixture
def paid_orders():
    """What the ticketing module says when a person with paid orders is erased."""
    contributor = PrivacyContributor(
        key="test-ticketing",
        export=lambda user: {"orders": [{"number": "WC-2026-0042"}]},
        erase=lambda user: ["Paid order WC-2026-0042: kept 10 years (law)"],
    )
    with hooks.register_temporarily(PRIVACY_HOOK, lambda: contributor):
        yield


def test_export_holds_everything_about_the_person(client, person, paid_orders):
    client.force_login(person)

    response = client.get("/en/account/privacy/export/")

    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"].startswith(
        'attachment; filename="aivp-personal-data-'
    )
    data = json.loads(response.content)
    assert data["account"]["email"] == "ana.souza@santos.example"
    assert data["account"]["first_name"] == "Ana"
    assert data["account"]["email_addresses"] == [
        {"email": "ana.souza@santos.example", "verified": True, "primary": True}
    ]
    [organisation] = data["accounts"]["organisations"]
    assert organisation["organisation"] == "Porto de Santos"
    assert organisation["message"] == "Port centre manager"
    assert data["accounts"]["newsletter_consents"][0]["wording"] == "I agree."
    assert data["test-ticketing"] == {"orders": [{"number": "WC-2026-0042"}]}
    json.dumps(data)  # nothing that JSON cannot hold


def test_export_lists_what_the_person_did(client, person):
    from accounts import services
    from tests.factories import OrganisationFactory

    services.affiliation_request(user=person, organisation=OrganisationFactory())
    client.force_login(person)

    data = json.loads(client.get("/en/account/privacy/export/").content)

    [action] = data["accounts"]["actions"]
    assert (action["action"], action["to"]) == (
        "accounts.affiliation.requested",
        "pending",
    )


def test_export_lists_what_staff_decided_about_the_person(client, person, admin_user):
    from accounts import services
    from tests.factories import OrganisationFactory

    request = services.affiliation_request(
        user=person, organisation=OrganisationFactory()
    )
    services.affiliation_reject(affiliation=request, actor=admin_user)
    client.force_login(person)

    data = json.loads(client.get("/en/account/privacy/export/").content)

    assert [(a["action"], a["to"]) for a in data["accounts"]["actions"]] == [
        ("accounts.affiliation.requested", "pending"),
        ("accounts.affiliation.decided", "rejected"),
    ]


def test_deletion_asks_for_the_password_and_keeps_what_was_typed(client, person):
    client.force_login(person)

    response = client.post(
        "/en/account/privacy/delete/", {"password": "wrong", "confirm": "on"}
    )

    assert response.status_code == 200
    assert "This password is not correct." in response.content.decode()
    assert User.objects.get(pk=person.pk).is_active


def test_a_module_that_is_busy_stops_the_deletion_and_says_so(client, person):
    from core.exceptions import BusyError

    def busy(user):
        raise BusyError()

    contributor = PrivacyContributor(
        key="test-busy", export=lambda user: {}, erase=busy
    )
    client.force_login(person)

    with hooks.register_temporarily(PRIVACY_HOOK, lambda: contributor):
        response = client.post(
            "/en/account/privacy/delete/", {"password": PASSWORD, "confirm": "on"}
        )

    assert response.status_code == 200
    assert "The site is busy right now." in response.content.decode()
    person.refresh_from_db()
    assert person.is_active and person.email == "ana.souza@santos.example"


def test_deletion_anonymises_and_keeps_what_the_law_requires(
    client, person, paid_orders
):
    TOTP.activate(person, "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")
    client.force_login(person)

    response = client.post(
        "/en/account/privacy/delete/", {"password": PASSWORD, "confirm": "on"}
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert "Paid order WC-2026-0042: kept 10 years (law)" in html
    erased = User.objects.get(pk=person.pk)  # the row stays for kept records
    assert erased.email == f"erased-{person.pk}@erased.invalid"
    assert (erased.first_name, erased.last_name) == ("", "")
    assert not erased.is_active
    assert not erased.has_usable_password()
    assert not EmailAddress.objects.filter(user=erased).exists()
    assert not Authenticator.objects.filter(user=erased).exists()
    link = Affiliation.objects.get(user=erased)
    assert (link.status, link.message) == ("ended", "")
    consent = NewsletterConsent.objects.get()
    assert "santos" not in consent.email
    assert consent.withdrawn_at is not None
    assert not user_is_member(user=erased)
    assert audit_trail(erased).first().to_state == "erased"
    # Signed out, and the old credentials no longer work.
    assert client.get("/en/account/").status_code == 302
    assert not client.login(username="ana.souza@santos.example", password=PASSWORD)


def test_the_address_can_be_used_again_after_deletion(client, person):
    client.force_login(person)
    client.post("/en/account/privacy/delete/", {"password": PASSWORD, "confirm": "on"})

    client.post(
        "/en/accounts/signup/",
        {
            "email": "ana.souza@santos.example",
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
    )

    assert User.objects.filter(email="ana.souza@santos.example").count() == 1


@pytest.mark.parametrize(
    ("language", "wording_start"),
    [
        ("fr", "J’accepte de recevoir Port City Insights"),
        ("en", "I agree to receive Port City Insights"),
        ("es", "Acepto recibir Port City Insights"),
    ],
)
def test_newsletter_consent_records_the_wording_shown(
    client, language, wording_start, django_capture_on_commit_callbacks
):
    page = client.get(f"/{language}/newsletter/").content.decode()
    assert wording_start in page

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/{language}/newsletter/",
            {"email": "Reader@Example.org", "consent": "on", "website": ""},
        )

    assert response.status_code == 200
    consent = NewsletterConsent.objects.get()
    assert consent.email == "reader@example.org"
    assert consent.language == language
    assert consent.wording.startswith(wording_start)
    assert consent.wording in page
    assert consent.given_at is not None and consent.withdrawn_at is None
    [receipt] = mail.outbox
    assert f"/{language}/newsletter/unsubscribe/{consent.token}/" in receipt.body


def test_newsletter_without_consent_is_refused_and_keeps_the_address(client):
    response = client.post(
        "/en/newsletter/", {"email": "reader@example.org", "website": ""}
    )

    html = response.content.decode()
    assert "This field is required." in html
    assert 'value="reader@example.org"' in html
    assert not NewsletterConsent.objects.exists()


def test_newsletter_honeypot_records_nothing(client):
    response = client.post(
        "/en/newsletter/",
        {"email": "bot@example.org", "consent": "on", "website": "http://spam"},
    )

    assert response.status_code == 200
    assert not NewsletterConsent.objects.exists()
    assert mail.outbox == []


def test_signing_up_twice_keeps_one_live_consent(client):
    for _ in range(2):
        client.post("/en/newsletter/", {"email": "reader@example.org", "consent": "on"})

    assert NewsletterConsent.objects.count() == 1


def test_withdrawal_link_stops_the_newsletter(client):
    consent = NewsletterConsent.objects.create(
        email="reader@example.org", wording="I agree.", language="en"
    )
    url = f"/en/newsletter/unsubscribe/{consent.token}/"

    assert "Stop sending the newsletter" in client.get(url).content.decode()
    client.post(url)

    consent.refresh_from_db()
    assert consent.withdrawn_at is not None
    assert "no longer receives" in client.get(url).content.decode()
    # Subscribing again records a new consent, with its own date and wording.
    client.post("/en/newsletter/", {"email": "reader@example.org", "consent": "on"})
    assert NewsletterConsent.objects.filter(withdrawn_at__isnull=True).count() == 1


def test_account_emails_are_unique_whatever_their_case():
    from django.db import IntegrityError

    VerifiedUserFactory(email="port@example.org")

    with pytest.raises(IntegrityError):
        User.objects.create(email="Port@Example.ORG")


def test_the_robot_trap_is_hidden_from_people_and_screen_readers(client):
    html = client.get("/en/newsletter/").content.decode()

    assert 'class="field field--trap" aria-hidden="true"' in html
    assert 'tabindex="-1"' in html
