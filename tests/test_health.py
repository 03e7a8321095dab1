import pytest
from django.test import override_settings

from config import health
from config.celery import app as celery_app

pytestmark = pytest.mark.django_db


def test_health_reports_every_service(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["checks"]["database"] == "ok"
    assert body["checks"]["migrations"] == "ok"
    assert body["checks"]["cache"] == "ok"
    assert body["checks"]["broker"] in {"ok", "eager"}


@pytest.mark.parametrize(
    "backend",
    ["core.cache.DegradingRedisCache", "django.core.cache.backends.redis.RedisCache"],
)
def test_health_is_503_when_the_cache_is_down(client, backend):
    unreachable = {
        "default": {
            "BACKEND": backend,
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"socket_connect_timeout": 0.5},
        }
    }
    with override_settings(CACHES=unreachable):
        response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json()["checks"]["cache"] == "down"
    assert response.json()["checks"]["database"] == "ok"


@pytest.fixture
def unreachable_broker():
    saved = {key: celery_app.conf[key] for key in ("task_always_eager", "broker_url")}
    celery_app.conf.update(task_always_eager=False, broker_url="redis://127.0.0.1:1/0")
    yield
    celery_app.conf.update(saved)


def test_health_is_503_when_the_broker_is_down(client, unreachable_broker):
    response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json()["checks"]["broker"] == "down"


def test_health_refuses_other_methods(client):
    assert client.post("/healthz").status_code == 405


@pytest.fixture
def fresh_process(monkeypatch):
    """The migration check as a newly started process runs it (nothing memoised)."""
    monkeypatch.setitem(health._memo, "migrated", False)


def test_ready_when_every_migration_is_applied(client, fresh_process):
    response = client.get("/healthz/ready")

    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "checks": {"database": "ok", "migrations": "ok"},
    }


def test_not_ready_while_a_migration_is_not_applied(client, fresh_process):
    with override_settings(MIGRATION_MODULES={"awards": "tests.health_migrations"}):
        ready = client.get("/healthz/ready")
        full = client.get("/healthz")

    assert ready.status_code == 503
    assert ready.json()["checks"] == {"database": "ok", "migrations": "down"}
    assert full.status_code == 503
    assert full.json()["checks"]["migrations"] == "down"


def test_not_ready_when_the_database_is_down(client, fresh_process, monkeypatch):
    def unreachable() -> str:
        raise OSError("connection refused")

    monkeypatch.setitem(health.CHECKS, "database", unreachable)

    response = client.get("/healthz/ready")

    assert response.status_code == 503
    assert response.json()["checks"]["database"] == "down"


def test_live_calls_no_service(client, django_assert_num_queries, monkeypatch):
    def fails() -> str:
        raise AssertionError("liveness must not call a service")

    for name in health.CHECKS:
        monkeypatch.setitem(health.CHECKS, name, fails)

    with django_assert_num_queries(0):
        response = client.get("/healthz/live")

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


@pytest.mark.parametrize("path", ["/healthz/live", "/healthz/ready"])
def test_probes_refuse_other_methods(client, path):
    assert client.post(path).status_code == 405
