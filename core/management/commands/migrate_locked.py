"""`migrate`, one process at a time: what a container runs when it starts.

Several web containers started together would otherwise apply the same migrations
at once. On PostgreSQL the command holds a session advisory lock while `migrate`
runs; the others wait for it, then find nothing left to apply. Other databases run
`migrate` directly.

With `--wait N`, a database that does not answer yet (a container started beside its
database) is tried again every second for up to N seconds.
"""

import time

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import DEFAULT_DB_ALIAS, OperationalError, connections

# Any constant works, as long as every process of the project uses the same one.
MIGRATE_LOCK_KEY = 0x41495650  # "AIVP"


class Command(BaseCommand):
    help = "Apply migrations while holding a lock, so that processes migrate in turn."

    def add_arguments(self, parser):
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS)
        parser.add_argument(
            "--wait",
            type=int,
            default=0,
            metavar="SECONDS",
            help="How long to try again while the database does not answer.",
        )

    def handle(self, *args, database: str, wait: int, **options) -> None:
        connection = connections[database]
        verbosity = options["verbosity"]
        self._wait_for(connection, wait)
        if connection.vendor != "postgresql":
            self._migrate(database, verbosity)
            return
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_try_advisory_lock(%s)", [MIGRATE_LOCK_KEY])
            if not cursor.fetchone()[0]:
                self.stdout.write("Another process is migrating; waiting for it.")
                cursor.execute("SELECT pg_advisory_lock(%s)", [MIGRATE_LOCK_KEY])
        try:
            self._migrate(database, verbosity)
        finally:
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_unlock(%s)", [MIGRATE_LOCK_KEY])

    def _wait_for(self, connection, seconds: int) -> None:
        deadline = time.monotonic() + seconds
        while True:
            try:
                connection.ensure_connection()
                return
            except OperationalError as exc:
                if time.monotonic() >= deadline:
                    raise
                reason = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
                self.stdout.write(f"The database does not answer yet ({reason}).")
                time.sleep(1)

    def _migrate(self, database: str, verbosity: int) -> None:
        call_command(
            "migrate",
            database=database,
            interactive=False,
            verbosity=verbosity,
            stdout=self.stdout,
            stderr=self.stderr,
        )
