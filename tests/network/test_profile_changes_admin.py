"""Staff see proposals in the admin, side by side; personal data of proposers."""

import pytest

from network.models import ProfileChangeRequest
from network.profile_changes import privacy_erase, privacy_export
from tests.factories import AffiliationFactory

pytestmark = pytest.mark.django_db

INDEX = "/admin/members/profile-changes/"


@pytest.fixture
def proposal():
    affiliation = AffiliationFactory(
        organisation__name="Reviewed Port", organisation__city="Brest"
    )
    return ProfileChangeRequest.objects.create(
        organisation=affiliation.organisation,
        proposed_by=affiliation.user,
        values={"city": "Quimper"},
    )


@pytest.fixture
def superuser(people):
    staff = people["staff"]
    staff.is_superuser = True
    staff.save()
    return staff


def test_the_list_and_the_side_by_side_review(client, proposal, superuser):
    client.force_login(superuser)
    listing = client.get(INDEX)
    assert listing.status_code == 200
    assert "Reviewed Port" in listing.content.decode()
    assert f"{INDEX}edit/{proposal.pk}/" in listing.content.decode()
    assert f'href="{INDEX}new/"' not in listing.content.decode()  # members propose
    review = client.get(f"{INDEX}{proposal.pk}/review/").content.decode()
    assert "Brest" in review
    assert "Quimper" in review
    assert client.get(f"{INDEX}new/", follow=True).status_code == 404
    # "edit" is the review: nothing can be edited by hand.
    assert "Quimper" in client.get(f"{INDEX}edit/{proposal.pk}/").content.decode()


def test_a_decided_proposal_cannot_be_decided_again(client, proposal, superuser):
    client.force_login(superuser)
    url = f"{INDEX}{proposal.pk}/review/"
    client.post(url, {"reject": "1", "comment": "Non"})
    client.post(url, {"approve": "1"})
    proposal.refresh_from_db()
    proposal.organisation.refresh_from_db()
    assert proposal.status == "rejected"
    assert proposal.organisation.city == "Brest"


def test_export_and_erasure(proposal):
    user = proposal.proposed_by
    assert privacy_export(user) == [
        {
            "organisation": "Reviewed Port",
            "proposed_at": proposal.proposed_at.isoformat(),
            "values": {"city": "Quimper"},
            "status": "pending",
        }
    ]
    privacy_erase(user)
    proposal.refresh_from_db()
    assert proposal.proposed_by is None
    assert privacy_export(user) == []
