"""Helpers for tests that sign in through allauth, in this folder and beyond."""

import time
from uuid import uuid4

import pytest
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value


@pytest.fixture
def fresh_cache(settings):
    """A cache of its own for the test: no rate-limit counts, no used TOTP codes.

    A key prefix of its own, rather than clearing the cache: on Redis, clearing would
    also wipe the counters of tests running in parallel.
    """
    default = settings.CACHES["default"]
    prefix = f"{default.get('KEY_PREFIX', '')}-{uuid4().hex}"
    settings.CACHES = {**settings.CACHES, "default": {**default, "KEY_PREFIX": prefix}}


def totp_now(secret: str) -> str:
    """The code an authenticator app would show now for this secret."""
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))
