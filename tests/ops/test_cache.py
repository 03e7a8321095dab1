"""The degrading Redis cache: a miss or a no-op while Redis is down, then used again."""

import pytest
from django.core.cache import caches
from django.test import override_settings


@pytest.fixture
def cache(redis_server):
    config = {
        "default": {
            "BACKEND": "core.cache.DegradingRedisCache",
            "LOCATION": redis_server.url(3),
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
    with override_settings(CACHES=config):
        yield caches["default"]


def test_reads_miss_and_writes_are_dropped_while_redis_is_down(cache, redis_server):
    cache.set("kept", 1)
    assert cache.get("kept") == 1

    redis_server.stop()

    assert cache.get("kept", "default") == "default"
    assert cache.get_many(["kept"]) == {}
    assert cache.get_or_set("computed", 7) == 7
    assert cache.set_many({"a": 1, "b": 2}) == ["a", "b"]
    assert cache.add("lock", True) is True
    cache.set("dropped", 2)
    cache.delete("kept")
    with pytest.raises(ValueError, match="not found"):
        cache.incr("counter")

    redis_server.start()

    assert cache.get("dropped") is None
    cache.set("kept", 3)
    assert cache.get("kept") == 3
    assert cache.incr("kept") == 4


def test_other_errors_are_not_hidden(cache):
    with pytest.raises(ValueError):
        cache.incr("missing")  # a real miss, Redis being up
