"""Members propose changes to their organisation's profile; staff decide."""

import pytest
from django.core import mail

from core.audit import audit_trail
from core.models import OutboxMessage
from network.models import ProfileChangeRequest
from network.profile_changes import decide
from tests.factories import AffiliationFactory, OrganisationFactory

pytestmark = pytest.mark.django_db


def url(organisation):
    return f"/fr/account/network/organisation/{organisation.pk}/propose/"


@pytest.fixture
def member():
    affiliation = AffiliationFactory(
        organisation__name="Proposing Port", organisation__city="Brest"
    )
    affiliation.user.language = "es"
    affiliation.user.save()
    return affiliation


def test_only_affiliated_people_may_propose(client, people, member):
    organisation = member.organisation
    assert client.get(url(organisation)).status_code == 302  # to sign in
    for user in (people["outsider"], people["member"]):
        client.force_login(user)
        assert client.get(url(organisation)).status_code == 404
    pending = AffiliationFactory(organisation=organisation, status="pending").user
    client.force_login(pending)
    assert client.get(url(organisation)).status_code == 404
    lapsed = OrganisationFactory(membership_status="ended")
    client.force_login(AffiliationFactory(organisation=lapsed).user)
    assert client.get(url(lapsed)).status_code == 404
    client.force_login(member.user)
    response = client.get(url(organisation))
    assert response.status_code == 200
    assert "Brest" in response.content.decode()


def test_invalid_values_are_kept_and_nothing_recorded(client, member):
    client.force_login(member.user)
    response = client.post(
        url(member.organisation),
        {"city": "Nouvelle ville", "website": "not a web address"},
    )
    assert response.status_code == 200
    content = response.content.decode()
    assert "Nouvelle ville" in content
    assert "not a web address" in content
    assert not ProfileChangeRequest.objects.exists()
    member.organisation.refresh_from_db()
    assert member.organisation.city == "Brest"


def test_nothing_changed_is_a_form_error(client, member):
    client.force_login(member.user)
    organisation = member.organisation
    response = client.post(url(organisation), {"city": organisation.city})
    assert response.status_code == 200
    assert not ProfileChangeRequest.objects.exists()


def propose(client, member, **values):
    client.force_login(member.user)
    organisation = member.organisation
    data = {"city": organisation.city, **values}
    response = client.post(url(organisation), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    return ProfileChangeRequest.objects.get()


def test_approval_applies_audits_and_tells_the_proposer(
    committing_client, member, people
):
    proposal = propose(committing_client, member, city="Brest Métropole")
    assert proposal.values == {"city": "Brest Métropole"}
    organisation = member.organisation
    organisation.refresh_from_db()
    assert organisation.city == "Brest"  # not before approval
    mail.outbox.clear()
    staff = people["staff"]
    staff.is_superuser = True
    staff.save()
    committing_client.force_login(staff)
    committing_client.post(
        f"/admin/members/profile-changes/{proposal.pk}/review/",
        {"approve": "1", "comment": "Merci"},
    )
    proposal.refresh_from_db()
    organisation.refresh_from_db()
    assert proposal.status == "approved"
    assert proposal.decided_by == people["staff"]
    assert organisation.city == "Brest Métropole"
    actions = {e.action for e in audit_trail(organisation)}
    assert "accounts.organisation.profile_changed" in actions
    assert "network.profile_change.approved" in {
        e.action for e in audit_trail(proposal)
    }
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [member.user.email]
    assert "Merci" in mail.outbox[0].body
    sent = OutboxMessage.objects.get(source="network.profile_change.decided")
    assert sent.language == "es"  # the proposer's language


def test_rejection_leaves_the_organisation_unchanged(client, member, people):
    proposal = propose(client, member, city="Elsewhere")
    decide(proposal=proposal, actor=people["staff"], approve=False, comment="No")
    proposal.refresh_from_db()
    member.organisation.refresh_from_db()
    assert proposal.status == "rejected"
    assert member.organisation.city == "Brest"
    with pytest.raises(ValueError):
        decide(proposal=proposal, actor=people["staff"], approve=True)


def test_non_staff_cannot_review(client, member, people):
    proposal = propose(client, member, city="Elsewhere")
    client.force_login(people["outsider"])
    response = client.post(
        f"/admin/members/profile-changes/{proposal.pk}/review/", {"approve": "1"}
    )
    assert response.status_code in (302, 403)
    proposal.refresh_from_db()
    assert proposal.status == "pending"


def test_the_panel_and_the_export(client, member):
    from network.profile_changes import privacy_export

    proposal = propose(client, member, city="Elsewhere")
    home = client.get("/fr/account/").content.decode()
    assert url(member.organisation) in home
    assert privacy_export(member.user)[0]["values"] == proposal.values
