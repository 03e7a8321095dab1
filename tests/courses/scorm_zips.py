"""Small SCORM zips built in the tests, good and bad, and a media folder per test."""

import io
import stat
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

MANIFEST_12 = """<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="port-quiz-12" version="1"
    xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
  <organizations default="org-1">
    <organization identifier="org-1">
      <title>Port logistics</title>
      <item identifier="item-1" identifierref="res-1">
        <title>Introduction</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="res-1" type="webcontent" adlcp:scormtype="sco"
        href="{href}">
      <file href="{href}"/>
    </resource>
  </resources>
</manifest>
"""

MANIFEST_2004 = """<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="harbour-2004" version="1"
    xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3">
  <metadata><schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion></metadata>
  <organizations default="main">
    <organization identifier="other">
      <title>Not this one</title>
      <item identifier="x" identifierref="res-x"><title>X</title></item>
    </organization>
    <organization identifier="main">
      <title>Harbour governance</title>
      <item identifier="chapter"><title>Chapter</title>
        <item identifier="sco-1" identifierref="res-1" parameters="?page=1">
          <title>First page</title>
        </item>
      </item>
    </organization>
  </organizations>
  <resources xml:base="content/">
    <resource identifier="res-x" type="webcontent" adlcp:scormType="sco"
        href="other.html"/>
    <resource identifier="res-1" type="webcontent" adlcp:scormType="sco"
        xml:base="course/" href="start%20here.html"/>
  </resources>
</manifest>
"""

PAGE = b"<!doctype html><title>Activity</title><script src='app.js'></script>"
SCRIPT = b"window.parent.API.LMSInitialize('');"


def make_zip(files: dict, *, symlinks=(), encrypted=()) -> bytes:
    """A zip holding ``files`` (name: bytes or str)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            info = zipfile.ZipInfo(name)
            info.compress_type = zipfile.ZIP_DEFLATED
            if name in symlinks:
                info.external_attr = (stat.S_IFLNK | 0o777) << 16
            data = content.encode() if isinstance(content, str) else content
            archive.writestr(info, data)
    data = buffer.getvalue()
    for name in encrypted:
        # zipfile writes no encrypted members: the central directory's flag says so.
        entry = _central_entry(data, name)
        flags = int.from_bytes(data[entry + 8 : entry + 10], "little") | 0x1
        data = data[: entry + 8] + flags.to_bytes(2, "little") + data[entry + 10 :]
    return data


def _central_entry(data: bytes, name: str) -> int:
    """Where the central directory names the member."""
    position = data.index(b"PK\x05\x06")
    start = int.from_bytes(data[position + 16 : position + 20], "little")
    while data[start : start + 4] == b"PK\x01\x02":
        length = int.from_bytes(data[start + 28 : start + 30], "little")
        extra = int.from_bytes(data[start + 30 : start + 32], "little")
        comment = int.from_bytes(data[start + 32 : start + 34], "little")
        if data[start + 46 : start + 46 + length] == name.encode():
            return start
        start += 46 + length + extra + comment
    raise KeyError(name)


def scorm12_files(**extra) -> dict:
    return {
        "imsmanifest.xml": MANIFEST_12.format(href="index.html"),
        "index.html": PAGE,
        "js/app.js": SCRIPT,
        **extra,
    }


def scorm2004_files() -> dict:
    return {
        "imsmanifest.xml": MANIFEST_2004,
        "content/course/start here.html": PAGE,
        "content/other.html": PAGE,
        "content/course/style.css": b"body { margin: 0; }",
    }


def upload(data: bytes, name="package.zip") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, content_type="application/zip")


@pytest.fixture(name="media")
def media_fixture(settings, tmp_path):
    """MEDIA_ROOT in the test's own temporary folder (import it as is)."""
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return tmp_path / "media"
