"""Backups that restore: one dated tar.gz with the database, the media and a manifest.

On PostgreSQL the database is a ``pg_dump`` in custom format, taken from the same
snapshot as the row counts of the manifest; on SQLite it is a copy made with SQLite's
online backup. ``restore`` loads an archive into an empty database and media
directory, then checks the row counts against the manifest.
"""

import json
import os
import platform
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import django
import wagtail
from django.conf import settings
from django.db import connection, transaction

MANIFEST = "manifest.json"
PG_DUMP = "database.dump"
SQLITE_COPY = "database.sqlite3"


class BackupError(Exception):
    """A backup or a restore that cannot go on; the message says why."""


def _pg_command(name: str, *args: str) -> tuple[list[str], dict]:
    db = connection.settings_dict
    command = [shutil.which(name) or name, "--no-password"]
    for flag, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if db.get(key):
            command += [flag, str(db[key])]
    env = {**os.environ}
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = db["PASSWORD"]
    return [*command, *args, "--dbname", db["NAME"]], env


def _run(command: list[str], env: dict | None = None) -> str:
    try:
        result = subprocess.run(  # noqa: S603 - arguments built above
            command, env=env, check=True, capture_output=True, text=True
        )
    except FileNotFoundError as error:
        raise BackupError(f"{command[0]} is not installed") from error
    except subprocess.CalledProcessError as error:
        raise BackupError(f"{command[0]} failed: {error.stderr.strip()}") from error
    return result.stdout


def table_counts() -> dict[str, int]:
    """Rows in every table of the database, by table name."""
    quote = connection.ops.quote_name
    counts = {}
    with connection.cursor() as cursor:
        for table in sorted(connection.introspection.table_names(cursor)):
            cursor.execute(f"SELECT COUNT(*) FROM {quote(table)}")  # noqa: S608
            counts[table] = cursor.fetchone()[0]
    return counts


def _media_files(media: Path) -> list[Path]:
    return sorted(p for p in media.rglob("*") if p.is_file()) if media.exists() else []


def _versions() -> dict[str, str]:
    versions = {
        "python": platform.python_version(),
        "django": django.get_version(),
        "wagtail": wagtail.__version__,
        "database": connection.vendor,
    }
    if connection.vendor == "postgresql":
        versions["postgresql"] = str(connection.pg_version)
        versions["pg_dump"] = _run([shutil.which("pg_dump") or "pg_dump", "--version"])
    else:
        versions["sqlite"] = sqlite3.sqlite_version
    return {key: value.strip() for key, value in versions.items()}


def _dump_database(target: Path) -> dict[str, int]:
    """Write the database into ``target``; the row counts of the same snapshot."""
    if connection.vendor == "postgresql":
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
                cursor.execute("SELECT pg_export_snapshot()")
                snapshot = cursor.fetchone()[0]
            counts = table_counts()
            command, env = _pg_command(
                "pg_dump",
                "--format=custom",
                "--no-owner",
                "--no-privileges",
                f"--snapshot={snapshot}",
                f"--file={target / PG_DUMP}",
            )
            _run(command, env)
        return counts
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        with sqlite3.connect(target / SQLITE_COPY) as copy:
            connection.connection.backup(copy)
        return table_counts()
    raise BackupError(f"no backup method for {connection.vendor}")


def backup_write(*, directory: Path, now: datetime | None = None) -> Path:
    """Write one dated archive into ``directory`` and return its path."""
    now = now or datetime.now(tz=UTC)
    directory.mkdir(parents=True, exist_ok=True)
    archive = directory / f"aivp-{now:%Y%m%d-%H%M%S}.tar.gz"
    media = Path(settings.MEDIA_ROOT)
    with tempfile.TemporaryDirectory(prefix="aivp-backup-") as work:
        work = Path(work)
        counts = _dump_database(work)
        files = _media_files(media)
        manifest = {
            "created_at": now.isoformat(),
            "versions": _versions(),
            "tables": counts,
            "media": {
                "files": len(files),
                "bytes": sum(path.stat().st_size for path in files),
            },
        }
        (work / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True))
        partial = archive.with_suffix(".part")
        with tarfile.open(partial, "w:gz") as tar:
            tar.add(work / MANIFEST, arcname=MANIFEST)
            for name in (PG_DUMP, SQLITE_COPY):
                if (work / name).exists():
                    tar.add(work / name, arcname=name)
            tar.add(media if media.exists() else work, arcname="media", recursive=False)
            for path in files:
                tar.add(path, arcname=f"media/{path.relative_to(media)}")
            private = Path(settings.PRIVATE_MEDIA_ROOT)
            for path in _media_files(private):
                tar.add(path, arcname=f"private/{path.relative_to(private)}")
        partial.rename(archive)
    return archive


def backup_prune(*, directory: Path, keep: int) -> list[Path]:
    """Delete all but the ``keep`` newest archives of ``directory``."""
    archives = sorted(directory.glob("aivp-*.tar.gz"))
    old = archives[:-keep] if keep > 0 else []
    for path in old:
        path.unlink()
    return old


def _database_is_empty() -> bool:
    return not connection.introspection.table_names()


def restore_archive(*, archive: Path, force: bool = False) -> dict[str, int]:
    """Load an archive into this database and media directory.

    Refuses a database that has tables, or a media directory with files, unless
    ``force``. Returns the row counts, which are checked against the manifest.
    """
    media = Path(settings.MEDIA_ROOT)
    if not force and not _database_is_empty():
        raise BackupError(
            "The database is not empty: restore into an empty one, or use --force "
            "to replace what it holds."
        )
    if not force and _media_files(media):
        raise BackupError(
            f"The media directory {media} holds files: use an empty one, or --force."
        )
    with tempfile.TemporaryDirectory(prefix="aivp-restore-") as work:
        work = Path(work)
        with tarfile.open(archive, "r:gz") as tar:
            tar.extractall(work, filter="data")
        manifest = json.loads((work / MANIFEST).read_text())
        vendor = manifest["versions"]["database"]
        if vendor != connection.vendor:
            raise BackupError(
                f"The archive holds a {vendor} database; this site uses "
                f"{connection.vendor}."
            )
        if vendor == "postgresql":
            options = ["--clean", "--if-exists"] if force else []
            command, env = _pg_command(
                "pg_restore",
                "--no-owner",
                "--no-privileges",
                "--exit-on-error",
                "--single-transaction",
                *options,
                str(work / PG_DUMP),
            )
            connection.close()
            _run(command, env)
        else:
            connection.close()
            shutil.copyfile(work / SQLITE_COPY, connection.settings_dict["NAME"])
        media.mkdir(parents=True, exist_ok=True)
        shutil.copytree(work / "media", media, dirs_exist_ok=True)
        if (work / "private").exists():
            shutil.copytree(
                work / "private", settings.PRIVATE_MEDIA_ROOT, dirs_exist_ok=True
            )
    counts = table_counts()
    if counts != manifest["tables"]:
        differ = sorted(
            name
            for name in set(counts) | set(manifest["tables"])
            if counts.get(name) != manifest["tables"].get(name)
        )
        raise BackupError(f"Row counts differ from the manifest in: {differ}")
    return counts
