"""Files refused through the entry's page: a clear message, no stored file, and
everything else the entrant typed is still there."""

import io
import os

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from PIL import Image

from awards.models import EntryFile
from awards.services import entries as services
from tests.factories import VerifiedUserFactory

from .fixtures import PDF, jpeg, upload

pytestmark = pytest.mark.django_db


def stored_files() -> list[str]:
    root = settings.PRIVATE_MEDIA_ROOT
    return [
        os.path.join(folder, name)
        for folder, _dirs, names in os.walk(root)
        for name in names
    ]


@pytest.fixture
def draft(edition):
    user = VerifiedUserFactory()
    entry = services.entry_start(edition=edition, user=user, language="en")
    services.entry_save(
        entry=entry,
        user=user,
        data={"project_name": "Waterfront", "summary": "Kept as typed."},
    )
    return entry


def post_file(client, entry, kind, name, content, **extra):
    client.force_login(entry.entrant)
    with translation.override("en"):
        url = reverse(
            "awards:entry_section",
            kwargs={"reference": entry.reference, "section": "files"},
        )
    return client.post(
        url,
        {
            "kind_form": kind,
            f"{kind}-kind": kind,
            f"{kind}-file": upload(name, content),
            f"{kind}-caption": "A caption",
            **extra,
        },
        HTTP_ACCEPT_LANGUAGE="en",
    )


def pixel_flood() -> bytes:
    buffer = io.BytesIO()
    Image.new("1", (8000, 6000)).save(buffer, "PNG")
    return buffer.getvalue()


REFUSED = [
    ("document", "report.pdf", b"MZ\x90\x00\x03" + b"\x00" * 200, "type"),
    (
        "document",
        "page.pdf",
        b"%PDF-1.4\n<html><script>alert(1)</script>\n%%EOF\n",
        "active",
    ),
    (
        "image",
        "logo.png",
        b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>',
        "type",
    ),
    (
        "document",
        "logo.svg",
        b"<svg xmlns='http://www.w3.org/2000/svg'><script/></svg>",
        "type",
    ),
    ("image", "flood.png", pixel_flood(), "pixels"),
]


@pytest.mark.parametrize("kind,name,content,words", REFUSED)
def test_a_refused_file_is_explained_and_not_stored(
    client, draft, kind, name, content, words
):
    before = stored_files()
    response = post_file(client, draft, kind, name, content)
    assert response.status_code == 400
    text = response.content.decode()
    assert 'class="field__error"' in text
    assert words in text.lower()
    assert not EntryFile.objects.exists()
    assert stored_files() == before
    draft.refresh_from_db()
    assert (draft.project_name, draft.summary) == ("Waterfront", "Kept as typed.")


def test_an_oversized_file_is_refused(client, draft):
    draft.edition.max_file_mb = 1
    draft.edition.save()
    response = post_file(client, draft, "document", "big.pdf", PDF + b"0" * 1_100_000)
    assert response.status_code == 400
    assert "1 MB" in response.content.decode()
    assert not EntryFile.objects.exists()


def test_all_files_of_an_entry_have_a_limit_too(client, draft):
    draft.edition.max_entry_mb = 1
    draft.edition.save()
    big = b"%PDF-1.4\n%" + b"x" * 700_000 + b"\ntrailer<<>>\n%%EOF\n"
    assert post_file(client, draft, "document", "a.pdf", big).status_code == 302
    response = post_file(client, draft, "document", "b.pdf", big)
    assert response.status_code == 400
    assert draft.files.count() == 1


def test_a_path_in_the_file_name_never_reaches_the_file_system(client, draft):
    response = post_file(client, draft, "document", "../../etc/passwd.pdf", PDF)
    assert response.status_code == 302
    stored = draft.files.get()
    assert stored.name == "passwd.pdf"
    assert stored.file.name.startswith(f"awards/{draft.edition_id}/")
    assert ".." not in stored.file.name and "passwd" not in stored.file.name
    path = os.path.realpath(stored.file.path)
    assert path.startswith(os.path.realpath(settings.PRIVATE_MEDIA_ROOT))
    assert not path.startswith(os.path.realpath(settings.MEDIA_ROOT))


def test_an_image_is_re_encoded_and_kept_with_its_credit(client, draft):
    response = post_file(
        client,
        draft,
        "image",
        "quai.jpg",
        jpeg((300, 200)),
        **{"image-credit": "Ville"},
    )
    assert response.status_code == 302
    stored = draft.files.get()
    assert (stored.kind, stored.width, stored.height) == ("image", 300, 200)
    assert stored.credit == "Ville"
    assert stored.content_type == "image/jpeg"


def test_a_removed_file_leaves_the_storage(
    client, draft, django_capture_on_commit_callbacks
):
    post_file(client, draft, "document", "a.pdf", PDF)
    stored = draft.files.get()
    path = stored.file.path
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("awards:entry_file_remove", args=[draft.reference, stored.pk])
        )
    assert not draft.files.exists()
    assert not os.path.exists(path)
