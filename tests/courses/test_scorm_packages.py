"""SCORM zips: checked on upload, unpacked into a folder of their own, refused with
the reason when they are not safe SCORM packages."""

import io
import warnings
import zipfile

import pytest
from django.core.files.storage import default_storage
from django.utils import translation

from courses.exceptions import CoursesError
from courses.models import LessonPage, ScormPackage
from courses.scorm.validation import inspect_package
from courses.services.scorm import scorm_package_delete, scorm_package_save
from tests.factories import UserFactory

from .scorm_zips import (
    MANIFEST_12,
    make_zip,
    media_fixture,  # noqa: F401
    scorm12_files,
    scorm2004_files,
    upload,
)


@pytest.fixture(autouse=True)
def _english():
    """The refusals are read in English here; the French text is tested elsewhere."""
    with translation.override("en"):
        yield


pytestmark = pytest.mark.django_db


def make_zip_entries(entries) -> bytes:
    buffer = io.BytesIO()
    with (
        warnings.catch_warnings(),
        zipfile.ZipFile(buffer, "w") as archive,
    ):
        warnings.simplefilter("ignore")  # "Duplicate name"
        for name, data in entries:
            archive.writestr(name, data)
    return buffer.getvalue()


def refusal(data: bytes) -> CoursesError:
    with pytest.raises(CoursesError) as caught:
        inspect_package(upload(data))
    return caught.value


class TestValidPackages:
    def test_a_scorm_12_package_is_unpacked_with_its_launch_file(self, media):
        package = scorm_package_save(
            package=ScormPackage(title="Logistique portuaire"),
            upload=upload(make_zip(scorm12_files())),
        )

        package.refresh_from_db()
        assert package.version == "1.2"
        assert package.launch_path == "index.html"
        assert package.file_count == 3
        assert package.size == sum(len(v) for v in _bytes(scorm12_files()).values())
        assert package.manifest["title"] == "Port logistics"
        assert package.manifest["identifier"] == "port-quiz-12"
        assert package.manifest["items"] == [
            {"identifier": "item-1", "title": "Introduction", "href": "index.html"}
        ]
        folder = media / "scorm" / "packages" / package.folder
        assert (folder / "js" / "app.js").read_bytes() == b"window.parent.API." + (
            b"LMSInitialize('');"
        )
        assert len(package.folder) >= 24
        assert default_storage.exists(package.file.name)

    def test_a_scorm_2004_package_launches_the_default_organizations_item(self, media):
        package = scorm_package_save(
            package=ScormPackage(title="Gouvernance"),
            upload=upload(make_zip(scorm2004_files())),
        )

        assert package.version == "2004"
        # xml:base of <resources> and <resource>, the href unquoted.
        assert package.launch_path == "content/course/start here.html"
        assert package.manifest["parameters"] == "page=1"
        assert package.manifest["title"] == "Harbour governance"

    def test_the_version_is_read_from_the_namespaces_without_schemaversion(self):
        manifest = MANIFEST_12.format(href="index.html").replace(
            "<schemaversion>1.2</schemaversion>", ""
        )
        info = inspect_package(
            upload(make_zip({**scorm12_files(), "imsmanifest.xml": manifest}))
        )
        assert info.version == "1.2"

    def test_a_new_zip_replaces_the_files_and_removes_the_old_ones(
        self, media, django_capture_on_commit_callbacks
    ):
        package = scorm_package_save(
            package=ScormPackage(title="Logistique"),
            upload=upload(make_zip(scorm12_files())),
        )
        old = media / "scorm" / "packages" / package.folder

        with django_capture_on_commit_callbacks(execute=True):
            scorm_package_save(
                package=package, upload=upload(make_zip(scorm2004_files()))
            )

        package.refresh_from_db()
        assert package.version == "2004"
        assert not (old / "index.html").exists()
        new = media / "scorm" / "packages" / package.folder
        assert (new / "content" / "course" / "start here.html").exists()


def _bytes(files: dict) -> dict:
    return {k: v.encode() if isinstance(v, str) else v for k, v in files.items()}


class TestRefusals:
    def test_not_a_zip(self):
        error = refusal(b"%PDF-1.4 not a zip")
        assert error.code == "not_zip"
        assert str(error.message) == "The file is not a zip archive."

    def test_no_manifest_at_the_root(self):
        files = {f"export/{name}": data for name, data in scorm12_files().items()}
        error = refusal(make_zip(files))
        assert error.code == "no_manifest"
        assert "no imsmanifest.xml at its root" in str(error.message)

    def test_launch_file_missing_from_the_zip(self):
        files = scorm12_files()
        files["imsmanifest.xml"] = MANIFEST_12.format(href="start.html")
        error = refusal(make_zip(files))
        assert error.code == "launch_missing"
        assert "(“start.html”) is not in the zip" in str(error.message)

    @pytest.mark.parametrize(
        "name", ["../evil.js", "js/../../evil.js", "/etc/cron.d/evil", "C:/evil.js"]
    )
    def test_paths_leading_outside_the_package(self, name):
        error = refusal(make_zip(scorm12_files(**{name: b"x"})))
        assert error.code == "unsafe_path"
        assert "leads outside the package" in str(error.message)

    def test_the_same_file_twice(self):
        files = list(scorm12_files().items()) + [("index.html", b"again")]
        data = make_zip_entries(files)
        error = refusal(data)
        assert error.code == "duplicate"
        assert "the same file twice (“index.html”)" in str(error.message)

    def test_links(self):
        files = scorm12_files(**{"js/link.js": b"/etc/passwd"})
        error = refusal(make_zip(files, symlinks={"js/link.js"}))
        assert error.code == "symlink"

    def test_encrypted_files(self):
        error = refusal(make_zip(scorm12_files(), encrypted={"js/app.js"}))
        assert error.code == "encrypted"
        assert "without a password" in str(error.message)

    def test_too_many_files(self, settings):
        settings.COURSES_SCORM_MAX_FILES = 2
        error = refusal(make_zip(scorm12_files()))
        assert error.code == "too_many_files"
        assert str(error.message) == (
            "The package holds too many files: at most 2 files are accepted."
        )

    def test_too_many_bytes_once_unpacked(self, settings):
        settings.COURSES_SCORM_MAX_BYTES = 1000
        error = refusal(make_zip(scorm12_files(**{"video.mp4": b"0" * 5000})))
        assert error.code == "too_large"
        assert "too large once unpacked" in str(error.message)

    def test_entities_in_the_manifest(self):
        manifest = (
            '<?xml version="1.0"?><!DOCTYPE m [<!ENTITY a "aaaa">]>'
            "<manifest>&a;</manifest>"
        )
        error = refusal(make_zip({**scorm12_files(), "imsmanifest.xml": manifest}))
        assert error.code == "manifest_invalid"

    def test_a_manifest_that_is_not_xml(self):
        error = refusal(make_zip({**scorm12_files(), "imsmanifest.xml": "<manif"}))
        assert error.code == "manifest_invalid"
        assert "not valid XML" in str(error.message)

    def test_a_launch_file_on_another_site(self):
        files = scorm12_files()
        files["imsmanifest.xml"] = MANIFEST_12.format(href="https://evil.example/x")
        assert refusal(make_zip(files)).code == "launch_external"

    def test_nothing_is_left_behind_by_a_refused_zip(self, media):
        with pytest.raises(CoursesError):
            scorm_package_save(
                package=ScormPackage(title="X"),
                upload=upload(make_zip(scorm12_files(**{"../x.js": b"x"}))),
            )
        assert not ScormPackage.objects.exists()
        assert not (media / "scorm" / "packages").exists()


@pytest.fixture
def admin_user(db):
    return UserFactory(is_staff=True, is_superuser=True, mfa=True)


class TestAdmin:
    URL = "/admin/courses/scorm-packages/"

    def test_staff_upload_a_package_in_the_admin(self, client, admin_user, media):
        client.force_login(admin_user)
        response = client.post(
            f"{self.URL}add/",
            {"title": "Logistique", "file": upload(make_zip(scorm12_files()))},
        )

        assert response.status_code == 302
        package = ScormPackage.objects.get()
        assert package.launch_path == "index.html"
        assert (media / "scorm" / "packages" / package.folder / "index.html").exists()
        listing = client.get(self.URL)
        assert "Logistique" in listing.content.decode()

    def test_a_bad_zip_is_refused_on_the_form_with_the_reason(
        self, client, admin_user, media
    ):
        client.force_login(admin_user)
        files = {f"export/{name}": data for name, data in scorm12_files().items()}
        response = client.post(
            f"{self.URL}add/", {"title": "Export", "file": upload(make_zip(files))}
        )

        assert response.status_code == 200
        assert "pas de fichier imsmanifest.xml" in response.content.decode()
        assert not ScormPackage.objects.exists()

    def test_the_title_can_change_without_a_new_zip(self, client, admin_user, media):
        package = scorm_package_save(
            package=ScormPackage(title="Logistique"),
            upload=upload(make_zip(scorm12_files())),
        )
        folder = package.folder
        client.force_login(admin_user)
        response = client.post(
            f"{self.URL}edit/{package.pk}/", {"title": "Logistique portuaire"}
        )

        assert response.status_code == 302
        package.refresh_from_db()
        assert package.title == "Logistique portuaire"
        assert package.folder == folder

    def test_a_lesson_chooses_its_package(self, client, admin_user, media):
        scorm_package_save(
            package=ScormPackage(title="Logistique"),
            upload=upload(make_zip(scorm12_files())),
        )
        client.force_login(admin_user)
        chooser = client.get("/admin/snippets/choose/courses/scormpackage/")
        assert chooser.status_code == 200
        assert "Logistique" in chooser.content.decode()

    def test_deleting_a_package_removes_its_files(
        self, client, admin_user, media, django_capture_on_commit_callbacks
    ):
        package = scorm_package_save(
            package=ScormPackage(title="Logistique"),
            upload=upload(make_zip(scorm12_files())),
        )
        folder = media / "scorm" / "packages" / package.folder
        client.force_login(admin_user)

        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(f"{self.URL}delete/{package.pk}/")

        assert response.status_code == 302
        assert not ScormPackage.objects.exists()
        assert not (folder / "index.html").exists()

    def test_a_package_a_lesson_uses_is_kept(self, client, admin_user, course, media):
        package = scorm_package_save(
            package=ScormPackage(title="Logistique"),
            upload=upload(make_zip(scorm12_files())),
        )
        LessonPage.objects.filter(pk=course["lessons"][0].pk).update(package=package)
        client.force_login(admin_user)

        client.post(f"{self.URL}delete/{package.pk}/")

        assert ScormPackage.objects.filter(pk=package.pk).exists()
        with pytest.raises(CoursesError) as caught:
            scorm_package_delete(package=package)
        assert caught.value.code == "package_in_use"
