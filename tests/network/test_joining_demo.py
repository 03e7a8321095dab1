"""The joining demo: pages in three languages, the campaign, five applications."""

import io

from network import demo_joining
from network.models import Campaign, CampaignPage, JoinPage, MembershipApplication


def test_the_demo_has_the_join_pages_campaign_and_applications(demo, client):
    assert JoinPage.objects.live().count() == 3
    assert CampaignPage.objects.live().count() == 3
    assert Campaign.objects.get().code == "americas-2026"
    statuses = set(MembershipApplication.objects.values_list("status", flat=True))
    assert statuses == {"new", "contacted", "declined", "approved"}
    approved = MembershipApplication.objects.get(status="approved")
    assert approved.organisation is not None
    assert approved.notes.count() == 2
    for path in ("/fr/adherer/", "/en/join/", "/es/unirse/"):
        assert client.get(path).status_code == 200

    demo_joining.load(io.StringIO())

    assert MembershipApplication.objects.count() == 5
    assert JoinPage.objects.count() == 3
