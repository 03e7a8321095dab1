import pytest

from tests.accounts.fixtures import fresh_cache, totp_now

__all__ = ["fresh_cache", "totp_now"]


@pytest.fixture(autouse=True)
def _fresh_cache(fresh_cache):
    """allauth counts attempts and used codes in the cache: each test starts clean."""
