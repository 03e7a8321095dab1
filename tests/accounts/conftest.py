import time

import pytest
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    """allauth counts attempts in the cache: each test starts with none."""
    cache.clear()
    yield
    cache.clear()


def totp_now(secret: str) -> str:
    """The code an authenticator app would show now for this secret."""
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))
