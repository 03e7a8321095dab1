"""Running the project's migrations to a given state, for tests of data migrations.

Such a test takes the ``latest_schema_after`` fixture (tests/conftest.py), so the
tests after it find every migration applied again.
"""

from django.db import connection
from django.db.migrations.executor import MigrationExecutor


def migrate(targets: list[tuple[str, str]]):
    """Migrate to ``targets``; return the historical apps of that state."""
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def migrate_to_latest() -> None:
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
