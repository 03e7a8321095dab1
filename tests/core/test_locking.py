"""locked_atomic: a lock held too long becomes the app's "busy" error, nothing else."""

import threading

import pytest
from django.db import OperationalError, connection, connections, transaction

from accounts.models import Organisation
from core.exceptions import BusyError
from core.locking import is_lock_timeout, locked_atomic
from tests.factories import OrganisationFactory


class ToyBusy(BusyError):
    default_message = "The toy is busy."


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="row locks need PostgreSQL"
)
@pytest.mark.django_db(transaction=True)
def test_a_lock_held_elsewhere_becomes_busy_then_succeeds_once_released():
    organisation = OrganisationFactory(city="Le Havre")
    locked, release = threading.Event(), threading.Event()

    def hold_the_row():
        with transaction.atomic():
            Organisation.objects.select_for_update().get(pk=organisation.pk)
            locked.set()
            release.wait(10)
        connections.close_all()

    holder = threading.Thread(target=hold_the_row)
    holder.start()
    locked.wait(10)
    try:
        with (
            pytest.raises(ToyBusy, match="The toy is busy."),
            locked_atomic(busy=ToyBusy, timeout="100ms"),
        ):
            row = Organisation.objects.select_for_update().get(pk=organisation.pk)
            row.city = "Rouen"
            row.save()
    finally:
        release.set()
        holder.join()
    assert Organisation.objects.get(pk=organisation.pk).city == "Le Havre"

    with locked_atomic(busy=ToyBusy, timeout="100ms"):
        row = Organisation.objects.select_for_update().get(pk=organisation.pk)
        row.city = "Rouen"
        row.save()
    assert Organisation.objects.get(pk=organisation.pk).city == "Rouen"


@pytest.mark.django_db
def test_other_database_errors_pass_through_untouched():
    with pytest.raises(OperationalError), locked_atomic(busy=ToyBusy):
        raise OperationalError("no such table: nowhere")


def test_lock_timeouts_are_recognised():
    assert is_lock_timeout(OperationalError("database is locked"))
    assert not is_lock_timeout(OperationalError("no such table: nowhere"))
