"""One way to take row locks: a transaction whose lock waits end in a "busy" error.

    with locked_atomic(busy=TicketingBusy):
        order = Order.objects.select_for_update().get(pk=pk)
        ...

On PostgreSQL the transaction gives up on a lock after ``LOCK_TIMEOUT`` (``SET LOCAL
lock_timeout``) instead of queueing forever; the timeout rolls the block back and
becomes the app's translated "busy" error, so no caller can forget half of it. SQLite
takes a lock on the whole database and reports "database is locked" the same way.
"""

from collections.abc import Iterator
from contextlib import contextmanager

from django.conf import settings
from django.db import OperationalError, connection, transaction

from .exceptions import BusyError

LOCK_NOT_AVAILABLE = "55P03"


def is_lock_timeout(error: OperationalError) -> bool:
    """Whether a database error means "a lock was not granted in time"."""
    cause = getattr(error, "__cause__", None)
    if getattr(cause, "sqlstate", None) == LOCK_NOT_AVAILABLE:
        return True
    return "lock" in str(error).lower()


def set_lock_timeout(timeout: str | None = None) -> None:
    """Bound how long the current transaction waits for a row lock (PostgreSQL)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "SET LOCAL lock_timeout = %s", [timeout or settings.LOCK_TIMEOUT]
            )


@contextmanager
def locked_atomic(
    *, busy: type[BusyError] = BusyError, timeout: str | None = None
) -> Iterator[None]:
    """An atomic block with a bounded lock wait; a lock timeout raises ``busy``."""
    try:
        with transaction.atomic():
            set_lock_timeout(timeout)
            yield
    except OperationalError as error:
        if is_lock_timeout(error):
            raise busy() from error
        raise
