"""Working group pages: public members only, a members-only part, the directory's
filter by group and its query budgets."""

import datetime
from datetime import timedelta

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.documents import get_document_model
from wagtail.models import Collection

from network.models import WorkingGroupMeeting, WorkingGroupPrivateDocument
from tests.cms.factories import EventPageFactory
from tests.factories import AffiliationFactory, OrganisationFactory

pytestmark = pytest.mark.django_db

URL = "/fr/groupes/port-center/"
SECRET = "Secret minutes of the group."


def test_the_page_lists_only_public_members_linked_to_profiles(
    client, group, directory
):
    content = client.get(URL).content.decode()
    assert "Alpha Port" in content
    assert "/fr/membres/alpha/" in content
    assert "Beta Port" in content
    assert "Hidden Port" not in content
    assert "Gone Port" not in content


def test_the_index_lists_the_groups(client, group):
    content = client.get("/fr/groupes/").content.decode()
    assert "Port Center" in content
    assert URL in content


def private_document(page):
    document = get_document_model()(
        title="Minutes", collection=Collection.get_first_root_node()
    )
    document.file.save("minutes.pdf", ContentFile(b"%PDF-1.4"), save=False)
    document.save()
    WorkingGroupPrivateDocument.objects.create(page=page, document=document)
    return document


def test_the_members_part_is_for_the_groups_people_and_staff(client, group, people):
    page = group["page"]
    document = private_document(page)
    alpha_person = AffiliationFactory(organisation=group["organisations"][0]).user
    gone_person = AffiliationFactory(organisation=group["organisations"][3]).user
    pending = AffiliationFactory(
        organisation=group["organisations"][1], status="pending"
    ).user
    for user, sees in [
        (None, False),
        (people["outsider"], False),
        (people["member"], False),  # a member of the network, not of the group
        (gone_person, False),
        (pending, False),
        (alpha_person, True),
        (people["staff"], True),
    ]:
        client.logout()
        if user:
            client.force_login(user)
        content = client.get(URL).content.decode()
        assert (SECRET in content) is sees, user
        assert (document.url in content) is sees, user
        assert client.get(document.url).status_code == (200 if sees else 404), user
        if not sees:
            assert "organisations membres du groupe" in content


def test_past_and_coming_meetings(client, group, homes):
    today = datetime.date.today()
    page = group["page"]
    past = EventPageFactory(
        parent=homes["fr"], title="Lisbon meeting", start_date=today - timedelta(90)
    )
    coming = EventPageFactory(
        parent=homes["fr"], title="Dakar meeting", start_date=today + timedelta(30)
    )
    EventPageFactory(parent=homes["fr"], title="Unrelated event")
    for event in (past, coming):
        WorkingGroupMeeting.objects.create(page=page, event=event)
    content = client.get(URL).content.decode()
    assert "Unrelated event" not in content
    coming_at = content.index("Prochaines réunions")
    past_at = content.index("Réunions passées")
    assert coming_at < content.index("Dakar meeting") < past_at
    assert past_at < content.index("Lisbon meeting")


def test_directory_filter_by_group(client, group, directory):
    page = group["page"]
    content = client.get(f"/fr/membres/?working_group={page.pk}").content.decode()
    assert "Alpha Port" in content
    assert "Beta Port" in content
    OrganisationFactory(name="Outside Port", slug="outside")
    content = client.get(f"/fr/membres/?working_group={page.pk}").content.decode()
    assert "Outside Port" not in content
    assert "Port Center" in client.get("/fr/membres/alpha/").content.decode()


@pytest.mark.parametrize("value", ["abc", "999999", "1" * 300, "-1"])
def test_directory_bad_group_is_a_form_error(client, group, directory, value):
    response = client.get("/fr/membres/", {"working_group": value})
    assert response.status_code == 200
    assert response.context["filter"].form.errors


def queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


def test_group_page_queries_with_4_and_24_members(client, group, people, directory):
    page = group["page"]
    client.force_login(people["staff"])
    small = queries(client, URL)
    page.members.add(*[OrganisationFactory(name=f"More {n}") for n in range(20)])
    large = queries(client, URL)
    assert small == large, (small, large)
    assert large <= 30
