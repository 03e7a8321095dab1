"""The library's files: members and staff download them; anyone else gets 404."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from network.library import safe_filename
from tests.network.groups_fixtures import library_item

pytestmark = pytest.mark.django_db


def download_url(item):
    return item.url + "download/"


@pytest.mark.parametrize("who", [None, "outsider", "lapsed"])
def test_the_file_is_404_to_anyone_else(client, library, people, who):
    if who:
        client.force_login(people[who])
    item, document = library["item"], library["document"]
    assert client.get(download_url(item)).status_code == 404
    assert client.get(document.url).status_code == 404
    # By id, whatever the name given.
    assert client.get(f"/documents/{document.pk}/x.pdf").status_code == 404
    page = client.get(item.url)
    assert page.status_code == 200
    content = page.content.decode()
    assert item.summary in content
    assert "download/" not in content
    assert document.url not in content


@pytest.mark.parametrize("who", ["member", "staff"])
def test_members_and_staff_download(client, library, people, who):
    client.force_login(people[who])
    item = library["item"]
    page = client.get(item.url).content.decode()
    assert download_url(item) in page
    response = client.get(download_url(item))
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    assert response["Content-Disposition"].startswith("attachment;")
    assert 'filename="bench' in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cache-Control"] == "private, no-store"
    assert response["Content-Security-Policy"] == "sandbox; default-src 'none'"
    assert client.get(library["document"].url).status_code == 200


def test_a_file_outside_the_collection_is_protected_as_an_item_file(
    client, library, people
):
    from wagtail.models import Collection

    document = library["document"]
    document.collection = Collection.get_first_root_node()
    document.save()
    assert client.get(document.url).status_code == 404
    client.force_login(people["member"])
    assert client.get(document.url).status_code == 200


def test_an_item_without_file_has_no_download(client, library, people):
    item = library["item"]
    item.document = None
    item.recording_url = "https://video.example/masterclass"
    item.save_revision().publish()
    client.force_login(people["member"])
    assert client.get(download_url(item)).status_code == 404
    assert "https://video.example/masterclass" in client.get(item.url).content.decode()
    client.force_login(people["outsider"])
    assert "video.example" not in client.get(item.url).content.decode()


def test_safe_filename():
    assert safe_filename('documents/../../etc/pa ss"wd.PDF') == "pa-sswd.pdf"
    assert safe_filename("¿?.pdf") == "document.pdf"


def queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


@pytest.mark.parametrize("url", ["/fr/bibliotheque/", "/fr/bibliotheque/report-1/"])
def test_library_queries_with_2_and_12_items(client, library, people, url):
    client.force_login(people["member"])
    library_item(library["index"], 2)
    small = queries(client, url)
    for number in range(3, 13):
        library_item(library["index"], number)
    large = queries(client, url)
    assert small == large, (small, large)
