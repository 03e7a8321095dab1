import pytest
from django.test import override_settings

from config.celery import app as celery_app

pytestmark = pytest.mark.django_db


def test_health_reports_every_service(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["checks"]["database"] == "ok"
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
