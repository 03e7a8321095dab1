"""`/healthz`: is this node able to serve? Used by load balancers and monitoring."""

import logging
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

logger = logging.getLogger(__name__)


def check_database() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
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


CHECKS = {"database": check_database, "cache": check_cache, "broker": check_broker}


@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    results: dict[str, str] = {}
    healthy = True
    for name, check in CHECKS.items():
        try:
            results[name] = check()
        except Exception as exc:  # noqa: BLE001 - any failure means "down"
            logger.warning("Health check %s failed: %s", name, exc)
            results[name] = "down"
            healthy = False
    payload = {"status": "ok" if healthy else "down", "checks": results}
    if settings.DEBUG:
        payload["debug"] = True
    return JsonResponse(payload, status=200 if healthy else 503)
