"""Where a package's files live once unpacked: ``scorm/packages/<folder>/`` in the
default storage, under a random folder name. They are read only through the view
that checks the learner's access (courses.scorm.views), never straight from the
media address (the proxy refuses ``/media/scorm/``)."""

import secrets
import zipfile

from django.core.files.storage import default_storage
from django.utils.translation import gettext_lazy as _

from ..exceptions import CoursesError
from .validation import PackageInfo, safe_member_name, too_large

ROOT = "scorm/packages"
CHUNK = 64 * 1024


def new_folder() -> str:
    return secrets.token_urlsafe(24)


def member_path(folder: str, name: str) -> str:
    return f"{ROOT}/{folder}/{name}"


class _CountingReader:
    """A member being unpacked, refused once more bytes come than are allowed."""

    def __init__(self, source, counter: list, limit: int):
        self.source, self.counter, self.limit = source, counter, limit

    def read(self, size=-1):
        data = self.source.read(CHUNK if size is None or size < 0 else size)
        self.counter[0] += len(data)
        if self.counter[0] > self.limit:
            too_large(self.counter[0])
        return data


def extract(upload, info: PackageInfo, folder: str, limit: int) -> int:
    """Unpack the checked members into the folder; the bytes written.

    The declared sizes were checked already; the bytes are counted again as they
    come, since a zip may lie about them. On any refusal the files written so far
    are removed.
    """
    written: list[str] = []
    counter = [0]
    try:
        upload.seek(0)
        with zipfile.ZipFile(upload) as archive:
            for member in info.members:
                if not safe_member_name(member.filename):  # checked, and again
                    raise CoursesError(code="unsafe_path")
                target = member_path(folder, member.filename)
                with archive.open(member) as source:
                    reader = _CountingReader(source, counter, limit)
                    name = default_storage.save(target, _Chunked(reader))
                written.append(name)
                if name != target:
                    raise CoursesError(code="storage_renamed")
    except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError) as error:
        delete_files(written)
        raise CoursesError(_("The zip archive is damaged."), code="damaged") from error
    except BaseException:
        delete_files(written)
        raise
    return counter[0]


class _Chunked:
    """A file-like object for the storage: read() in chunks until empty."""

    def __init__(self, reader):
        self.reader = reader
        self.size = None

    def read(self, size=-1):
        return self.reader.read(size)

    def chunks(self, chunk_size=None):
        while True:
            data = self.reader.read(CHUNK)
            if not data:
                return
            yield data

    def seek(self, *args):
        return 0

    def tell(self):
        return 0


def delete_files(names) -> None:
    for name in names:
        default_storage.delete(name)


def delete_folder(folder: str) -> None:
    """Remove an unpacked package (its folder and everything under it)."""
    if not folder:
        return

    def walk(path):
        try:
            directories, files = default_storage.listdir(path)
        except (FileNotFoundError, NotADirectoryError):
            return
        for name in files:
            default_storage.delete(f"{path}/{name}")
        for name in directories:
            walk(f"{path}/{name}")

    walk(f"{ROOT}/{folder}")
