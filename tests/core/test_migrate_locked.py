"""migrate_locked: processes that start together apply migrations one at a time."""

import io
import threading

import pytest
from django.core.management import call_command
from django.db import OperationalError, connection, connections

from core.management.commands.migrate_locked import MIGRATE_LOCK_KEY


@pytest.mark.django_db
def test_it_runs_migrate():
    out = io.StringIO()

    call_command("migrate_locked", stdout=out)

    assert "No migrations to apply." in out.getvalue()


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="advisory locks need PostgreSQL"
)
@pytest.mark.django_db(transaction=True)
def test_it_waits_while_another_process_migrates():
    other = connections.create_connection("default")
    with other.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_lock(%s)", [MIGRATE_LOCK_KEY])
    out = io.StringIO()

    def migrate():
        try:
            call_command("migrate_locked", stdout=out)
        finally:
            connections.close_all()

    second = threading.Thread(target=migrate)
    try:
        second.start()
        second.join(2)
        assert second.is_alive(), "migrate ran while another process held the lock"
        assert "waiting for it" in out.getvalue()
        assert "No migrations to apply." not in out.getvalue()
    finally:
        with other.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_unlock(%s)", [MIGRATE_LOCK_KEY])
        other.close()
    second.join(30)

    assert not second.is_alive()
    assert "No migrations to apply." in out.getvalue()


@pytest.fixture
def database_answering_on_third_try(monkeypatch):
    attempts = []
    real = connection.ensure_connection

    def ensure_connection():
        attempts.append(1)
        if len(attempts) < 3:
            raise OperationalError("connection refused")
        real()

    monkeypatch.setattr(connection, "ensure_connection", ensure_connection)
    monkeypatch.setattr(
        "core.management.commands.migrate_locked.time.sleep", lambda seconds: None
    )
    return attempts


@pytest.mark.django_db
def test_it_waits_for_a_database_that_is_starting(database_answering_on_third_try):
    out = io.StringIO()

    call_command("migrate_locked", wait=30, stdout=out)

    assert len(database_answering_on_third_try) > 3  # then migrate's own queries
    assert out.getvalue().count("The database does not answer yet") == 2
    assert "No migrations to apply." in out.getvalue()


@pytest.mark.django_db
def test_without_wait_a_missing_database_fails_at_once(database_answering_on_third_try):
    with pytest.raises(OperationalError):
        call_command("migrate_locked", stdout=io.StringIO())

    assert len(database_answering_on_third_try) == 1
