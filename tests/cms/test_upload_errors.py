"""A full disk or a read-only media directory while an editor uploads in the admin.

The editor gets the form back with a translated error and what they typed, never a
server error, and no record points at a file that was not written.
"""

import errno
import io
import os
import shutil
import subprocess

import pytest
from django.core.files.storage import FileSystemStorage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.models import Collection

from cms.models import CustomImage
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

ERROR_FR = "Le fichier n’a pas pu être enregistré"


class FullDiskStorage(FileSystemStorage):
    """The media directory of a server whose disk is full."""

    def _save(self, name, content):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), name)


FULL_DISK = {
    "default": {"BACKEND": "tests.cms.test_upload_errors.FullDiskStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}


@pytest.fixture
def editor_client(client):
    client.force_login(UserFactory(is_superuser=True, is_staff=True, mfa=True))
    return client


def png() -> SimpleUploadedFile:
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), "navy").save(buffer, "PNG")
    return SimpleUploadedFile("joliette.png", buffer.getvalue(), "image/png")


def image_post(editor_client):
    return editor_client.post(
        "/admin/images/add/",
        {
            "title": "Quai de la Joliette",
            "tags": "Marseille, quais",
            "credit": "Jean Port",
            "collection": Collection.get_first_root_node().pk,
            "file": png(),
        },
    )


def assert_form_kept_with_error(response):
    html = response.content.decode()
    assert response.status_code == 200
    assert ERROR_FR in html
    assert 'value="Quai de la Joliette"' in html or "Quai de la Joliette" in html
    assert "Marseille" in html and "quais" in html


@override_settings(STORAGES=FULL_DISK)
def test_an_image_upload_on_a_full_disk_keeps_the_form(editor_client):
    response = image_post(editor_client)

    assert_form_kept_with_error(response)
    assert "Jean Port" in response.content.decode()
    assert not CustomImage.objects.exists()


@override_settings(STORAGES=FULL_DISK)
def test_a_document_upload_on_a_full_disk_keeps_the_form(editor_client):
    response = editor_client.post(
        "/admin/documents/add/",
        {
            "title": "Quai de la Joliette",
            "tags": "Marseille, quais",
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile("plan.pdf", b"%PDF-1.4\n%%EOF\n", "text/plain"),
        },
    )

    assert_form_kept_with_error(response)
    assert not Document.objects.exists()


@override_settings(STORAGES=FULL_DISK)
def test_the_multiple_upload_answers_with_the_error(editor_client):
    response = editor_client.post(
        "/admin/images/multiple/add/", {"files[]": png(), "title": "joliette.png"}
    )

    assert response.status_code == 200
    assert response.json()["success"] is False
    assert ERROR_FR in response.json()["error_message"]
    assert not CustomImage.objects.exists()


@pytest.fixture
def read_only_media(tmp_path):
    """A media directory nobody may write to (root included, thanks to chattr +i)."""
    media = tmp_path / "media"
    media.mkdir()
    if os.geteuid() != 0:
        media.chmod(0o555)
        undo = ["chmod", "755", str(media)]
    else:
        chattr = shutil.which("chattr")
        done = chattr and subprocess.run([chattr, "+i", str(media)], check=False)  # noqa: S603
        if not done or done.returncode != 0:
            pytest.skip("as root, a directory can be made read-only only by chattr +i")
        undo = [chattr, "-i", str(media)]
    try:
        with override_settings(MEDIA_ROOT=str(media)):
            yield media
    finally:
        subprocess.run(undo, check=True)  # noqa: S603


def test_an_image_upload_to_a_read_only_media_directory_keeps_the_form(
    editor_client, read_only_media
):
    response = image_post(editor_client)

    assert_form_kept_with_error(response)
    assert not CustomImage.objects.exists()
    assert list(read_only_media.iterdir()) == []


def test_an_upload_works_when_the_disk_has_room(editor_client, tmp_path):
    with override_settings(MEDIA_ROOT=str(tmp_path)):
        response = image_post(editor_client)

    assert response.status_code == 302
    image = CustomImage.objects.get()
    assert image.title == "Quai de la Joliette"
    assert (tmp_path / image.file.name).exists()
