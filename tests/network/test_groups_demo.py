"""The demo's working groups and library: the demo member sees what members see."""

from io import StringIO

from accounts.demo import DEMO_MEMBER_EMAIL, DEMO_NON_MEMBER_EMAIL
from accounts.models import User
from network import demo_groups
from network.models import LibraryItemPage, ProfileChangeRequest, WorkingGroupPage


def test_the_demo_member_sees_the_members_parts(demo, client):
    counts = (WorkingGroupPage.objects.count(), LibraryItemPage.objects.count())
    demo_groups.load(StringIO())  # again: nothing new
    assert counts == (
        WorkingGroupPage.objects.count(),
        LibraryItemPage.objects.count(),
    )
    assert counts == (6, 12)
    assert ProfileChangeRequest.objects.filter(status="pending").count() == 1

    group = "/en/working-groups/port-center/"
    report = "/en/library/benchmarking-2025/"
    anonymous = client.get(group).content.decode()
    assert "Minutes of the last meeting" not in anonymous
    assert "Nordic Maritime University" not in anonymous  # unlisted
    assert client.get(report + "download/").status_code == 404

    client.force_login(User.objects.get(email=DEMO_NON_MEMBER_EMAIL))
    assert client.get(report + "download/").status_code == 404

    client.force_login(User.objects.get(email=DEMO_MEMBER_EMAIL))
    assert "Minutes of the last meeting" in client.get(group).content.decode()
    assert client.get(report + "download/").status_code == 200
    account = client.get("/en/account/").content.decode()
    assert "propose changes" in account
    assert report + "download/" in account or "download/" in account
    for path in (
        "/fr/groupes-de-travail/",
        "/es/grupos-de-trabajo/",
        "/es/biblioteca/",
    ):
        assert client.get(path).status_code == 200
