"""On SQLite, a backup is a copy of the database file that restores as it was."""

import json
import os
import sqlite3
import subprocess
import sys
import tarfile

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.core.management import call_command
from django.db import connection
from django.test import override_settings

from core.backups import table_counts
from tests.cms.factories import ImageFactory
from tests.factories import StandardPageFactory
from tests.ops.conftest import BASE_DIR

pytestmark = [
    pytest.mark.skipif(connection.vendor != "sqlite", reason="the SQLite suite"),
    pytest.mark.django_db(transaction=True),
]


def restore(archive, env, *extra) -> subprocess.CompletedProcess:
    return subprocess.run(  # noqa: S603 - our own arguments
        [sys.executable, "manage.py", "restore", str(archive), *extra],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_a_sqlite_backup_restores_into_a_new_file(homes, tmp_path):
    with override_settings(MEDIA_ROOT=str(tmp_path / "media")):
        StandardPageFactory(parent=homes["fr"], title="Programme")
        image = ImageFactory()
        entry_file = storages["private"].save("awards/1/kept.pdf", ContentFile(b"%PDF"))
        call_command("backup", output_dir=tmp_path / "backups")
    [archive] = (tmp_path / "backups").glob("aivp-*.tar.gz")
    with tarfile.open(archive) as tar:
        manifest = json.load(tar.extractfile("manifest.json"))
        names = tar.getnames()
    assert manifest["tables"] == table_counts()
    assert manifest["versions"]["database"] == "sqlite"
    assert f"media/{image.file.name}" in names
    assert f"private/{entry_file}" in names

    restored = tmp_path / "restored.sqlite3"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "DATABASE_URL": f"sqlite:///{restored}",
        "MEDIA_ROOT": str(tmp_path / "restored-media"),
        "PRIVATE_MEDIA_ROOT": str(tmp_path / "restored-private"),
        "REDIS_URL": "",
    }
    done = restore(archive, env)
    assert done.returncode == 0, done.stderr

    with sqlite3.connect(restored) as db:
        pages = db.execute("SELECT COUNT(*) FROM wagtailcore_page").fetchone()[0]
    assert pages == manifest["tables"]["wagtailcore_page"]
    assert (tmp_path / "restored-media" / image.file.name).exists()
    assert (tmp_path / "restored-private" / entry_file).read_bytes() == b"%PDF"

    refused = restore(archive, env)
    assert refused.returncode != 0
    assert "not empty" in refused.stderr
    assert restore(archive, env, "--force").returncode == 0
