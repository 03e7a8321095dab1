"""The site's rate limiter: counts per address, account or session; never blocks a
page when the cache is down."""

import logging
import os
import shutil
import signal
import socket
import subprocess
import time

import pytest
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.contrib.sessions.backends.cache import SessionStore
from django.test import RequestFactory

from core.ratelimit import (
    Rate,
    RateLimited,
    client_ip,
    parse_rates,
    rate_limit_check,
)
from tests.factories import VerifiedUserFactory

REDIS_SERVER = shutil.which("redis-server") or "/usr/bin/redis-server"


def visitor(address="203.0.113.9", user=None, **headers):
    request = RequestFactory().post("/", REMOTE_ADDR=address, headers=headers)
    request.user = user or AnonymousUser()
    request.session = SessionStore()
    return request


def test_rates_read_like_allauths():
    assert parse_rates("5/10m/ip, 20/d/user,3/300s/session") == [
        Rate(amount=5, seconds=600, per="ip"),
        Rate(amount=20, seconds=86400, per="user"),
        Rate(amount=3, seconds=300, per="session"),
    ]
    for wrong in ("5/m", "5/10w/ip", "five/m/ip", "5/m/key"):
        with pytest.raises(ValueError):
            parse_rates(wrong)
    # Every configured limit is readable.
    for spec in settings.RATE_LIMITS.values():
        assert parse_rates(spec)


def test_the_limit_refuses_the_next_use_from_the_same_address_only():
    for _ in range(2):
        rate_limit_check(visitor(), "test.form", rates="2/h/ip")

    with pytest.raises(RateLimited) as refused:
        rate_limit_check(visitor(), "test.form", rates="2/h/ip")

    assert refused.value.retry_after == 3600
    assert refused.value.code == "rate_limited"
    rate_limit_check(visitor("198.51.100.4"), "test.form", rates="2/h/ip")
    rate_limit_check(visitor(), "other.form", rates="2/h/ip")


@pytest.mark.django_db
def test_an_account_is_limited_wherever_it_comes_from():
    person = VerifiedUserFactory()
    rate_limit_check(visitor("203.0.113.1", person), "test.form", rates="1/h/user")

    with pytest.raises(RateLimited):
        rate_limit_check(visitor("203.0.113.2", person), "test.form", rates="1/h/user")
    # A visitor has no account: a per-account rate does not apply to them.
    for _ in range(3):
        rate_limit_check(visitor("203.0.113.3"), "test.form", rates="1/h/user")


def test_behind_a_proxy_the_address_is_the_one_the_proxy_saw(settings):
    spoofed = {"x-forwarded-for": "192.0.2.66, 198.51.100.7"}
    assert client_ip(visitor("10.0.0.2", **spoofed)) == "10.0.0.2"

    settings.TRUSTED_PROXY_COUNT = 1

    # The client wrote the first entry, our proxy the last one.
    assert client_ip(visitor("10.0.0.2", **spoofed)) == "198.51.100.7"
    assert client_ip(visitor("10.0.0.2")) == "10.0.0.2"


@pytest.fixture
def own_redis(tmp_path, settings):
    """A Redis server of the test's own, as the site's cache."""
    if not os.path.exists(REDIS_SERVER):
        pytest.skip("redis-server is not installed")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [REDIS_SERVER, "--port", str(port), "--bind", "127.0.0.1", "--save", ""],
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
    )
    for _ in range(100):
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                break
        time.sleep(0.05)
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{port}/0",
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
    yield server
    if server.poll() is None:
        os.kill(server.pid, signal.SIGCONT)
        server.terminate()
        server.wait(timeout=10)


def test_when_redis_hangs_or_dies_the_form_goes_through(own_redis, caplog):
    rate_limit_check(visitor(), "test.form", rates="1/h/ip")
    with pytest.raises(RateLimited):  # Redis up: the limit holds
        rate_limit_check(visitor(), "test.form", rates="1/h/ip")

    os.kill(own_redis.pid, signal.SIGSTOP)  # Redis hangs
    started = time.monotonic()
    with caplog.at_level(logging.WARNING, logger="core.ratelimit"):
        rate_limit_check(visitor(), "test.form", rates="1/h/ip")
    assert time.monotonic() - started < 5
    assert "the cache is unavailable" in caplog.text

    os.kill(own_redis.pid, signal.SIGCONT)
    own_redis.terminate()  # Redis is gone
    own_redis.wait(timeout=10)
    rate_limit_check(visitor(), "test.form", rates="1/h/ip")
