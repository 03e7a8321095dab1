"""Many people register for the last places at the same moment: the places are
never exceeded (the rows are counted) and everyone else waits, in order.

Each person is a thread with its own database connection, released together
(PostgreSQL only: SQLite serialises every writer).
"""

import threading

import pytest
from django.db import connection, connections

from events.models import Registrant
from events.services import registrant_cancel, registrant_register
from tests.factories import VerifiedUserFactory
from tests.snapshots import snapshots

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="SQLite serialises every writer; run with DATABASE_URL=postgres://…",
    ),
]

PEOPLE = 12


@pytest.fixture(autouse=True)
def _migrated_rows(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        snapshots.restore("migrated")


def test_parallel_registrations_never_exceed_the_places(registration, settings):
    settings.LOCK_TIMEOUT = "30s"
    registration.capacity = 3
    registration.save()
    people = [VerifiedUserFactory() for _ in range(PEOPLE)]
    start = threading.Barrier(PEOPLE)
    errors = []

    def register(person):
        try:
            start.wait()
            registrant_register(
                registration=registration, user=person, answers={}, language="fr"
            )
        except Exception as error:  # noqa: BLE001 (reported below)
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=register, args=(p,)) for p in people]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    rows = Registrant.objects.filter(registration=registration)
    assert rows.count() == PEOPLE
    assert rows.filter(state="registered").count() == 3
    waiting = list(rows.filter(state="waitlisted").order_by("queued_at", "pk"))
    assert len(waiting) == PEOPLE - 3

    # A place freed goes to whoever joined the waiting list first.
    first = rows.filter(state="registered").first()
    registrant_cancel(registrant=first, actor=first.user)
    waiting[0].refresh_from_db()
    assert waiting[0].state == "registered"
    assert rows.filter(state="registered").count() == 3
