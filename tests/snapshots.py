"""Snapshots of the test database, restored in place.

Loading the demo content takes seconds; restoring a copy of the database it left
takes milliseconds on SQLite (the backup API, between two in-memory databases) and a
fraction of a second on PostgreSQL (the test database dropped and created again from
a template database). Each test process loads the demo once and restores it for
every test that needs it, then puts back the database as migrations left it.
"""

import io
import sqlite3

from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection, connections
from django.test import Client
from wagtail.models import Page


class Snapshots:
    def __init__(self) -> None:
        # What the database holds now, when known ("migrated", "demo"); None after
        # a test that may have changed it.
        self.current: str | None = None
        self._sqlite: dict[str, sqlite3.Connection] = {}
        self._postgres: set[str] = set()

    def take(self, name: str) -> None:
        if connection.vendor == "sqlite":
            connection.ensure_connection()
            copy = sqlite3.connect(":memory:", check_same_thread=False)
            connection.connection.backup(copy)
            self._sqlite[name] = copy
        else:
            database = connection.settings_dict["NAME"]
            connections.close_all()
            with self._maintenance() as cursor:
                cursor.execute(f'DROP DATABASE IF EXISTS "{database}_{name}"')
                cursor.execute(
                    f'CREATE DATABASE "{database}_{name}" TEMPLATE "{database}"'
                )
            self._postgres.add(name)
        self.current = name

    def has(self, name: str) -> bool:
        return name in self._sqlite or name in self._postgres

    def restore(self, name: str) -> None:
        if connection.vendor == "sqlite":
            connection.ensure_connection()
            self._sqlite[name].backup(connection.connection)
        else:
            database = connection.settings_dict["NAME"]
            connections.close_all()
            with self._maintenance() as cursor:
                # FORCE ends the sessions a live server's threads may have left.
                cursor.execute(f'DROP DATABASE "{database}" WITH (FORCE)')
                cursor.execute(
                    f'CREATE DATABASE "{database}" TEMPLATE "{database}_{name}"'
                )
        # Content type ids are cached per process; the restored rows may differ.
        ContentType.objects.clear_cache()
        self.current = name

    def drop_all(self) -> None:
        for copy in self._sqlite.values():
            copy.close()
        self._sqlite.clear()
        if self._postgres:
            database = connection.settings_dict["NAME"]
            with self._maintenance() as cursor:
                for name in self._postgres:
                    cursor.execute(f'DROP DATABASE IF EXISTS "{database}_{name}"')
            self._postgres.clear()

    def _maintenance(self):
        """A cursor on the server's maintenance database, outside any transaction."""
        return connection._nodb_cursor()


snapshots = Snapshots()


def restore_demo() -> None:
    """The database as `load_demo` leaves it; loaded on first use in this process.

    Every page is rendered once before the snapshot is taken, so the image
    renditions the templates ask for are in it and no test makes them again.
    """
    if not snapshots.has("demo"):
        snapshots.restore("migrated")
        call_command("load_demo", stdout=io.StringIO())
        client = Client()
        for page in Page.objects.live().filter(depth__gt=1):
            client.get(page.get_url())
        snapshots.take("demo")
    else:
        snapshots.restore("demo")
