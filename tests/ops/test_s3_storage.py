"""Media on S3-compatible storage, against a local S3 API (moto's server).

Images are public objects with stable, unsigned URLs; documents and prize entries'
files are private objects, given after the views' permission checks as redirects
to signed URLs that expire after PRIVATE_MEDIA_URL_SECONDS. Part of the PostgreSQL
run, as production is.
"""

import datetime
import io
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage, storages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.urls import reverse
from PIL import Image as PILImage
from storages.backends.s3 import S3Storage
from wagtail.documents.models import Document
from wagtail.models import BaseViewRestriction, Collection, CollectionViewRestriction

from awards.models import EntryFile
from cms.models import CustomImage
from tests.awards.fixtures import complete_entry, edition  # noqa: F401 (fixture)
from tests.factories import UserFactory, VerifiedUserFactory
from tests.network.groups_fixtures import library, people  # noqa: F401 (fixtures)
from tests.ops.s3 import moto_server, s3_media, sigv4_refusal  # noqa: F401 (fixtures)

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="the PostgreSQL run (production)"
    ),
]

SECONDS = 2
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def bucket(
    s3_media,  # noqa: F811 (the fixture)
    settings,
):
    """The bucket, with signed URLs that live SECONDS."""
    settings.PRIVATE_MEDIA_URL_SECONDS = SECONDS
    return s3_media


def now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)


def assert_short_lived(url: str, bucket) -> dict:
    """A SigV4 URL of the bucket's endpoint, valid now, dead after SECONDS, whose
    expiry cannot be pushed back without breaking the signature."""
    assert url.startswith(f"{bucket.endpoint}/{bucket.name}/")
    query = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
    assert query["X-Amz-Expires"] == str(SECONDS)
    assert sigv4_refusal(url, at=now()) is None
    later = now() + datetime.timedelta(seconds=SECONDS + 1)
    assert sigv4_refusal(url, at=later) == "expired"
    stretched = url.replace(f"X-Amz-Expires={SECONDS}", "X-Amz-Expires=86400")
    assert sigv4_refusal(stretched, at=later) == "signature"
    return query


def png() -> SimpleUploadedFile:
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), "navy").save(buffer, "PNG")
    return SimpleUploadedFile("joliette.png", buffer.getvalue(), "image/png")


def test_the_storages_wagtail_and_the_private_files_use_are_the_bucket(bucket):
    assert isinstance(storages["default"], S3Storage)
    assert isinstance(default_storage, S3Storage)
    assert isinstance(CustomImage._meta.get_field("file").storage, S3Storage)
    assert isinstance(Document._meta.get_field("file").storage, S3Storage)
    assert isinstance(EntryFile._meta.get_field("file").storage, S3Storage)
    assert EntryFile._meta.get_field("file").storage.location == "private"


def test_an_uploaded_image_lands_in_the_bucket_with_public_stable_urls(client, bucket):
    """An editor's upload through the admin's form reaches the bucket; the image and
    its rendition have unsigned URLs that anyone may read (the bucket's policy),
    the same each time they are asked for."""
    client.force_login(UserFactory(is_superuser=True, is_staff=True, mfa=True))
    response = client.post(
        "/admin/images/add/",
        {
            "title": "Quai de la Joliette",
            "credit": "Jean Port",
            "collection": Collection.get_first_root_node().pk,
            "file": png(),
        },
    )

    assert response.status_code == 302, response.content[:500]
    image = CustomImage.objects.get()
    assert image.file.name in bucket.stored()
    assert image.file.name.startswith("original_images/")
    rendition = image.get_rendition("fill-20x15")
    assert rendition.file.name in bucket.stored()
    assert rendition.file.name.startswith("images/")
    url = rendition.url
    assert url == image.get_rendition("fill-20x15").url
    assert url.startswith(f"{bucket.endpoint}/{bucket.name}/images/")
    assert "?" not in url  # no signature, no expiry
    answer = requests.get(url, timeout=10)
    assert answer.status_code == 200
    assert answer.content == rendition.file.storage.open(rendition.file.name).read()
    assert requests.get(image.file.url, timeout=10).status_code == 200


def test_a_public_document_is_a_redirect_to_a_short_lived_signed_url(client, bucket):
    """Wagtail's serve view answers with a redirect; the bucket sends the bytes as
    an attachment nothing may cache. moto's server accepts an expired signed URL,
    so the expiry is checked on the URL's signed parameters (sigv4_refusal); the
    object's plain URL is refused (moto checks the anonymous read against the
    bucket's policy)."""
    document = Document.objects.create(
        title="Rapport annuel",
        file=ContentFile(PDF, name="rapport.pdf"),
        collection=Collection.get_first_root_node(),
    )
    assert f"documents/{document.filename}" in bucket.stored()

    response = client.get(document.url)

    assert response.status_code == 302
    assert response["Cache-Control"] == "private, no-store"
    query = assert_short_lived(response.url, bucket)
    assert query["response-content-disposition"] == 'attachment; filename="rapport.pdf"'
    answer = requests.get(response.url, timeout=10)
    assert answer.status_code == 200
    assert answer.content == PDF
    assert answer.headers["Content-Disposition"] == 'attachment; filename="rapport.pdf"'
    assert answer.headers["Cache-Control"] == "private, no-store"
    assert answer.headers["Content-Type"] == "application/pdf"
    plain = bucket.plain_url(document.file.name)
    assert requests.get(plain, timeout=10).status_code == 403


def test_a_document_of_a_private_collection_is_for_signed_in_people_only(
    client, bucket
):
    """A collection restricted to signed-in people: Wagtail's check runs first, so
    an anonymous visitor is sent to the login page and never sees the object's URL."""
    root = Collection.get_first_root_node()
    members = root.add_child(name="Réservé aux membres")
    CollectionViewRestriction.objects.create(
        collection=members, restriction_type=BaseViewRestriction.LOGIN
    )
    document = Document.objects.create(
        title="Compte rendu", file=ContentFile(PDF, name="cr.pdf"), collection=members
    )

    refused = client.get(document.url)

    assert refused.status_code == 302
    assert "/login/?next=/documents/" in refused.url  # Wagtail's login page
    assert bucket.endpoint not in refused.url
    assert bucket.name not in refused.url
    client.force_login(VerifiedUserFactory())
    given = client.get(document.url)
    assert given.status_code == 302
    assert_short_lived(given.url, bucket)
    answer = requests.get(given.url, timeout=10)
    assert answer.status_code == 200 and answer.content == PDF


def test_a_prize_entrys_file_is_given_only_to_those_who_may_read_the_entry(
    client,
    bucket,
    edition,  # noqa: F811 (the fixture)
):
    """The entrant gets a redirect to a signed URL of an attachment; a stranger a
    404, an anonymous visitor the login page, and the object's plain URL is
    refused."""
    entry = complete_entry(edition)
    stored = entry.files.get()
    assert stored.file.name.startswith("awards/")
    assert f"private/{stored.file.name}" in bucket.stored()
    url = reverse("awards:file", args=[stored.pk])

    anonymous = client.get(url)
    assert anonymous.status_code == 302 and "/accounts/login/" in anonymous.url
    assert bucket.endpoint not in anonymous.url
    client.force_login(VerifiedUserFactory())
    assert client.get(url).status_code == 404

    client.force_login(entry.entrant)
    response = client.get(url)

    assert response.status_code == 302
    assert response["Cache-Control"] == "private, no-store"
    assert response["X-Content-Type-Options"] == "nosniff"
    query = assert_short_lived(response.url, bucket)
    assert query["response-content-disposition"] == 'attachment; filename="quai.jpg"'
    answer = requests.get(response.url, timeout=10)
    assert answer.status_code == 200
    assert answer.content.startswith(b"\xff\xd8\xff")
    assert answer.headers["Content-Disposition"] == 'attachment; filename="quai.jpg"'
    assert answer.headers["Content-Type"] == "image/jpeg"
    assert answer.headers["Cache-Control"] == "private, no-store"
    plain = bucket.plain_url(f"private/{stored.file.name}")
    assert requests.get(plain, timeout=10).status_code == 403


def test_the_members_library_gives_its_files_to_members_only(
    client,
    bucket,
    library,  # noqa: F811 (the fixture)
    people,  # noqa: F811 (the fixture)
):
    """The library's download view and Wagtail's address of the same document: 404
    to a non-member (the network's check runs before the signed URL is made), a
    signed URL of an attachment to a member."""
    item, document = library["item"], library["document"]
    assert document.file.name in bucket.stored()
    download = item.url + "download/"
    client.force_login(people["outsider"])
    assert client.get(download).status_code == 404
    assert client.get(document.url).status_code == 404

    client.force_login(people["member"])
    response = client.get(download)

    assert response.status_code == 302
    query = assert_short_lived(response.url, bucket)
    assert query["response-content-disposition"].startswith('attachment; filename="')
    answer = requests.get(response.url, timeout=10)
    assert answer.status_code == 200 and answer.content.startswith(b"%PDF")
    via_wagtail = client.get(document.url)
    assert via_wagtail.status_code == 302
    assert_short_lived(via_wagtail.url, bucket)
