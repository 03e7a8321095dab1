"""Inviting a colleague by e-mail: the primary contact sends the link, the colleague
signs in with that address and becomes a contributor; nobody else can use the link."""

import re

import pytest
from django.core import signing
from django.urls import reverse

from accounts.models import Affiliation
from core.audit import audit_trail
from core.models import OutboxMessage
from diagnosis import services
from diagnosis.account import privacy_erase, privacy_export
from diagnosis.invitations import SALT
from diagnosis.models import Contributor, Invitation
from diagnosis.selectors import access_to
from tests.factories import AffiliationFactory, OrganisationFactory, VerifiedUserFactory

pytestmark = pytest.mark.django_db

ADDRESS = "ines.martin@port.example"


def invite(client, organisation, email=ADDRESS):
    return client.post(
        reverse("diagnosis:invite", args=[organisation.pk]), {"email": email}
    )


def link_in(mail: OutboxMessage) -> str:
    return re.search(r"http://\S+?(/\S+/diagnosis/invitations/\S+/)", mail.body)[1]


def test_an_invited_colleague_joins_and_fills_in(
    client, questionnaire, organisation, contact
):
    invitee = VerifiedUserFactory(email="Ines.Martin@port.example")
    client.force_login(contact)

    response = invite(client, organisation)

    assert response.status_code == 302
    invitation = Invitation.objects.get()
    assert (invitation.email, invitation.invited_by) == (ADDRESS, contact)
    mail = OutboxMessage.objects.get(source="diagnosis.invitation")
    assert mail.to == [ADDRESS] and mail.carries_secret
    assert "Ville portuaire" in mail.subject and "autodiagnostic" in mail.subject
    link = link_in(mail)
    assert link.startswith("/fr/")  # the language the contact invited in
    page = client.get(reverse("diagnosis:contributors", args=[organisation.pk]))
    assert ADDRESS in page.content.decode()  # listed as waiting

    client.logout()
    anonymous = client.get(link)
    assert anonymous.status_code == 302 and "next=" in anonymous["Location"]

    client.force_login(invitee)
    page = client.get(link)
    assert page.status_code == 200
    assert "Ville portuaire" in page.content.decode()
    assert not Contributor.objects.exists()  # opening the link changes nothing
    accepted = client.post(link)

    assert accepted.status_code == 302
    access = access_to(invitee, organisation)
    assert access.contribute and not access.manage
    link_row = Affiliation.objects.get(user=invitee, organisation=organisation)
    assert link_row.status == "approved" and link_row.role == "member"
    invitation.refresh_from_db()
    assert invitation.state == "accepted" and invitation.accepted_by == invitee
    assert audit_trail(invitation).filter(action="diagnosis.invitation.accepted")
    assert audit_trail(link_row).filter(action="accounts.affiliation.invited_joined")
    # The link is used: it leads nowhere now, even for the invited person.
    assert client.get(link).status_code == 404
    assert services.assessment_start(organisation=organisation, user=invitee)


def test_a_pending_request_to_join_is_approved_by_the_invitation(
    client, organisation, contact
):
    invitee = VerifiedUserFactory(email=ADDRESS)
    AffiliationFactory(organisation=organisation, user=invitee, status="pending")
    client.force_login(contact)
    invite(client, organisation)
    link = link_in(OutboxMessage.objects.get(source="diagnosis.invitation"))
    client.force_login(invitee)
    client.post(link)
    assert Affiliation.objects.get(user=invitee).status == "approved"
    assert access_to(invitee, organisation).contribute


def test_bad_addresses_are_refused_with_the_typed_value_kept(
    client, organisation, contact, colleague
):
    client.force_login(contact)
    wrong = invite(client, organisation, "ines.martin@")
    assert wrong.status_code == 400
    body = wrong.content.decode()
    assert "Saisissez une adresse de courriel valide." in body
    assert 'value="ines.martin@"' in body

    member = invite(client, organisation, colleague.email.upper())
    assert member.status_code == 400
    assert "appartient déjà à l’organisation" in member.content.decode()

    assert invite(client, organisation).status_code == 302
    twice = invite(client, organisation, ADDRESS.upper())
    assert twice.status_code == 400
    assert "déjà invitée" in twice.content.decode()
    assert Invitation.objects.count() == 1
    assert OutboxMessage.objects.filter(source="diagnosis.invitation").count() == 1


def test_a_withdrawn_tampered_or_expired_link_leads_nowhere(
    client, organisation, contact
):
    invitee = VerifiedUserFactory(email=ADDRESS)
    client.force_login(contact)
    invite(client, organisation)
    invitation = Invitation.objects.get()
    link = link_in(OutboxMessage.objects.get(source="diagnosis.invitation"))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("time.time", lambda: 0.0)
        old = signing.TimestampSigner(salt=SALT).sign_object(
            {"i": invitation.pk, "e": ADDRESS}
        )
    withdraw = reverse("diagnosis:withdraw", args=[organisation.pk, invitation.pk])
    assert client.post(withdraw).status_code == 302

    client.force_login(invitee)
    for url in (
        link,
        link[:-3] + "xx/",
        reverse("diagnosis:invitation", args=[old]),
        reverse("diagnosis:invitation", args=["\x00" + "a" * 2000]),
    ):
        assert client.get(url).status_code == 404, url
        assert client.post(url).status_code == 404, url
    assert not Contributor.objects.exists()
    assert Affiliation.objects.filter(user=invitee).count() == 0
    assert audit_trail(invitation).filter(action="diagnosis.invitation.withdrawn")


def test_nobody_else_uses_sends_or_withdraws_invitations(
    client, organisation, contact, colleague
):
    client.force_login(contact)
    invite(client, organisation)
    invitation = Invitation.objects.get()
    link = link_in(OutboxMessage.objects.get(source="diagnosis.invitation"))
    stranger = AffiliationFactory(
        organisation=OrganisationFactory(name="Autre port"), role="primary_contact"
    ).user
    withdraw = reverse("diagnosis:withdraw", args=[organisation.pk, invitation.pk])
    # Another signed-in person: the link is a 404, with or without the colleague's
    # membership of the organisation; only the primary contact sends or withdraws.
    for person in (stranger, colleague):
        client.force_login(person)
        assert client.get(link).status_code == 404
        assert client.post(link).status_code == 404
        assert invite(client, organisation, "x@port.example").status_code == 404
        assert client.post(withdraw).status_code == 404
    client.force_login(stranger)
    assert (
        client.get(
            reverse("diagnosis:contributors", args=[organisation.pk])
        ).status_code
        == 404
    )
    invitation.refresh_from_db()
    assert invitation.state == "pending"
    assert Invitation.objects.count() == 1
    assert not Contributor.objects.exists()


def test_invitations_in_the_privacy_export_and_erasure(client, organisation, contact):
    invitee = VerifiedUserFactory(email=ADDRESS)
    client.force_login(contact)
    invite(client, organisation)

    received = privacy_export(invitee)["invitations_received"]
    assert [row["organisation"] for row in received] == ["Ville portuaire"]
    assert privacy_export(contact)["invitations_sent"][0]["email"] == ADDRESS

    privacy_erase(invitee)
    assert not Invitation.objects.exists()
