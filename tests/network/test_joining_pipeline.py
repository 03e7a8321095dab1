"""Staff decide applications: permissions, approval, invitation, decline, report."""

import datetime
import html
import re

import pytest
from django.core import mail, signing
from django.test import Client
from django.utils import translation

from accounts.models import Affiliation, Organisation
from core.audit import audit_trail
from network.joining_services import INVITATION_SALT, invitation_token
from network.models import MembershipApplication
from network.selectors import listed_members
from tests.factories import VerifiedUserFactory
from tests.network.joining_fixtures import FORM, other_staff

pytestmark = pytest.mark.django_db

INDEX = "/admin/network/applications/"
PASSWORD = "correct horse battery staple"


@pytest.fixture
def application(join_pages):
    Client().post("/es/unirse/", FORM)
    return MembershipApplication.objects.get()


def approve(staff_client, application):
    return staff_client.post(
        f"{INDEX}{application.pk}/approve/",
        {
            "kind": "port_authority",
            "membership_start": "2026-01-01",
            "membership_end": "",
            "organisation": "",
        },
    )


def test_people_without_the_permission_cannot_see_or_act(client, application):
    urls = [
        INDEX,
        f"{INDEX}{application.pk}/review/",
        f"{INDEX}{application.pk}/approve/",
    ]
    for url in urls:
        assert client.get(url).status_code == 302  # to the sign-in
    client.force_login(VerifiedUserFactory())
    for url in urls:
        assert client.get(url).status_code in (302, 403)
    assert approve(client, application).status_code in (302, 403)
    application.refresh_from_db()
    assert application.status == "new"


def test_staff_note_and_status_change_are_audited(staff_client, application):
    review = f"{INDEX}{application.pk}/review/"
    staff_client.post(review, {"n-text": "Called them."})
    staff_client.post(review, {"s-status": "contacted"})

    application.refresh_from_db()
    assert application.status == "contacted"
    assert application.notes.get().text == "Called them."
    actions = set(audit_trail(application).values_list("action", flat=True))
    assert {"network.application.note_added", "network.application.status_changed"} <= (
        actions
    )
    page = staff_client.get(review).content.decode()
    assert "Called them." in page


def test_approval_form_offers_the_organisation_with_that_name(
    staff_client, application
):
    Organisation.objects.create(
        name="Port of Valparaíso", kind="port_authority", country="CL"
    )

    response = staff_client.get(f"{INDEX}{application.pk}/approve/")

    assert response.status_code == 200
    assert response.context["form"].initial["organisation"].name == (
        "Port of Valparaíso"
    )


def test_approval_creates_the_member_and_invites_in_its_language(
    staff_client, application, django_capture_on_commit_callbacks
):
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = approve(staff_client, application)

    assert response.status_code == 302
    application.refresh_from_db()
    organisation = application.organisation
    assert application.status == "approved"
    assert organisation.membership_status == "active"
    assert organisation.membership_start == datetime.date(2026, 1, 1)
    assert organisation in listed_members()
    [invitation] = [m for m in mail.outbox if m.to == ["ana@example.cl"]]
    assert "invitation/?token=" in invitation.body
    assert "/es/unirse/" in invitation.body


def test_the_invitation_creates_the_affiliation(client, staff_client, application):
    approve(staff_client, application)
    application.refresh_from_db()
    staff_client.logout()
    url = "/es/unirse/invitation/?token=" + invitation_token(application)
    person = VerifiedUserFactory(email="ana@example.cl")

    assert client.get(url).status_code == 200  # sign up or sign in, then back
    client.force_login(person)
    response = client.get(url)

    assert response.status_code == 302
    affiliation = Affiliation.objects.get(user=person)
    assert affiliation.organisation == application.organisation
    assert affiliation.status == "approved"


def test_the_invitation_refuses_another_address(client, staff_client, application):
    approve(staff_client, application)
    application.refresh_from_db()
    client.force_login(VerifiedUserFactory(email="someone@example.org"))

    response = client.get("/en/join/invitation/?token=" + invitation_token(application))

    assert response.status_code == 403
    assert not Affiliation.objects.exists()


def test_a_tampered_or_expired_link_is_refused(client, staff_client, application):
    approve(staff_client, application)
    application.refresh_from_db()
    token = invitation_token(application)
    client.force_login(VerifiedUserFactory(email="ana@example.cl"))

    tampered = client.get("/fr/adherer/invitation/?token=" + token[:-2] + "xx")
    old = signing.TimestampSigner(salt=INVITATION_SALT)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("time.time", lambda: 0.0)
        expired_token = old.sign_object({"a": application.pk, "e": "ana@example.cl"})
    expired = client.get("/fr/adherer/invitation/?token=" + expired_token)

    for response in (tampered, expired):
        assert response.status_code == 400
    assert not Affiliation.objects.exists()


def test_decline_tells_the_applicant(staff_client, application):
    mail.outbox.clear()
    response = staff_client.post(
        f"{INDEX}{application.pk}/decline/", {"reason": "Not a port city."}
    )

    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == "declined"
    assert not Organisation.objects.exists()


def test_campaign_report_counts(staff_client, campaign, join_pages, client):
    client.post("/fr/adherer/?campaign=americas-2026", FORM)
    client.post("/fr/adherer/", dict(FORM, email="b@example.org"))
    approve(staff_client, MembershipApplication.objects.get(campaign=campaign))

    response = staff_client.get("/admin/network/campaign-report/")

    assert response.status_code == 200
    rows = {row["label"]: row for row in response.context["rows"]}
    assert rows["Americas 2026"]["total"] == 1
    assert rows["Americas 2026"]["rate"] == 100


def test_home_panel_only_for_deciders(staff_client, application):
    response = staff_client.get("/admin/")

    assert response.status_code == 200
    assert "network-applications-waiting" in response.content.decode()


def test_home_panel_hidden_from_other_staff(client, application):
    client.force_login(other_staff())

    response = client.get("/admin/")

    assert response.status_code == 200
    assert "network-applications-waiting" not in response.content.decode()


def test_an_invited_contact_signs_up_verifies_and_lands_back_affiliated(
    committing_client, staff_client, application
):
    approve(staff_client, application)
    application.refresh_from_db()
    staff_client.logout()  # the same test client
    invitation = "/es/unirse/invitation/?token=" + invitation_token(application)
    page = committing_client.get(invitation).content.decode()
    signup_url = re.search(r'href="([^"]*signup[^"]*)"', page).group(1)
    mail.outbox.clear()

    committing_client.post(
        html.unescape(signup_url),
        {"email": "ana@example.cl", "password1": PASSWORD, "password2": PASSWORD},
    )
    [message] = [m for m in mail.outbox if m.to == ["ana@example.cl"]]
    confirm = re.search(r"https?://[^/\s]+(/\S+)", message.body).group(1)
    response = committing_client.post(confirm)

    assert response["Location"] == invitation  # back to the invitation, signed in
    response = committing_client.get(invitation)
    assert response["Location"] == "/es/account/"
    affiliation = Affiliation.objects.get(user__email="ana@example.cl")
    assert affiliation.organisation == application.organisation


def test_the_review_names_each_step_in_the_staff_language(staff_client, application):
    with translation.override("fr"):
        page = staff_client.get(
            f"{INDEX}{application.pk}/review/", HTTP_ACCEPT_LANGUAGE="fr"
        ).content.decode()

    assert "Envoyée (Nouvelle)" in page  # the submission, in words
    assert "network.application.submitted" not in page


def test_the_directory_leads_to_the_join_page_in_its_language(
    client, join_pages, directory
):
    html = client.get("/es/miembros/").content.decode()

    assert 'href="/es/unirse/"' in html
    assert "Unirse a la red" in html
