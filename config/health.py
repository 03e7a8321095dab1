"""Health endpoints, used by load balancers, container engines and monitoring.

- `/healthz/live`: the process answers requests (no service is called).
- `/healthz/ready`: this node can serve pages: the database answers and every
  migration is applied. Route traffic on this one.
- `/healthz`: the full picture for monitoring: database, migrations, cache, broker.
  A cache or broker outage makes it 503 while pages still work (they degrade).
"""

import logging
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

logger = logging.getLogger(__name__)

# Once every migration is applied, it stays so for the life of the process (a new
# release brings new code, hence new processes): the migration graph is read once.
_memo = {"migrated": False}


def check_database() -> str:
    with connections[DEFAULT_DB_ALIAS].cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return "ok"


def check_migrations() -> str:
    if _memo["migrated"]:
        return "ok"
    executor = MigrationExecutor(connections[DEFAULT_DB_ALIAS])
    pending = executor.migration_plan(executor.loader.graph.leaf_nodes())
    if pending:
        raise RuntimeError(f"{len(pending)} migration(s) not applied")
    _memo["migrated"] = True
    return "ok"


def check_cache() -> str:
    key = f"healthz:{uuid.uuid4().hex}"
    cache.set(key, "1", timeout=10)
    found = cache.get(key)
    cache.delete(key)
    if found != "1":
        raise RuntimeError("value written to the cache could not be read back")
    return "ok"


def check_broker() -> str:
    from config.celery import app

    if app.conf.task_always_eager:
        return "eager"
    with app.connection_for_write() as conn:
        conn.ensure_connection(max_retries=1, timeout=2)
    return "ok"


CHECKS = {
    "database": check_database,
    "migrations": check_migrations,
    "cache": check_cache,
    "broker": check_broker,
}
READY_CHECKS = ("database", "migrations")


def _run(names) -> JsonResponse:
    results: dict[str, str] = {}
    healthy = True
    for name in names:
        try:
            results[name] = CHECKS[name]()
        except Exception as exc:  # noqa: BLE001 - any failure means "down"
            logger.warning("Health check %s failed: %s", name, exc)
            results[name] = "down"
            healthy = False
    payload = {"status": "ok" if healthy else "down", "checks": results}
    if settings.DEBUG:
        payload["debug"] = True
    return JsonResponse(payload, status=200 if healthy else 503)


@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    return _run(CHECKS)


@never_cache
@require_GET
def ready(request: HttpRequest) -> JsonResponse:
    return _run(READY_CHECKS)


@never_cache
@require_GET
def live(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"status": "ok"})
