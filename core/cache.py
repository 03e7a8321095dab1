"""A Redis cache that degrades instead of failing when Redis cannot be reached.

Nothing the site keeps in the cache is the only copy of anything (sessions live in the
database), so while Redis is down every read is a miss and every write is dropped: pages
are built from the database, a little slower, and rate limits kept in the cache
(sign-in, voucher codes) do not count until Redis is back. Failures are logged at
most once a minute per process, so monitoring sees them without a flooded log.
"""

import logging
import time
from collections.abc import Callable
from functools import wraps

from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

WARNING_INTERVAL = 60.0  # seconds between two warnings of one process


def _degrades(fallback: Callable) -> Callable:
    """Run the cache operation; on a Redis error, log and answer ``fallback(...)``."""

    def decorate(method: Callable) -> Callable:
        @wraps(method)
        def wrapper(self, *args, **kwargs):
            try:
                return method(self, *args, **kwargs)
            except RedisError as error:
                self._warn(method.__name__, error)
                return fallback(*args, **kwargs)

        return wrapper

    return decorate


def _miss_on_incr(key, delta=1, version=None):
    raise ValueError(f"Key '{key}' not found (the cache is unavailable)")


class DegradingRedisCache(RedisCache):
    """Django's Redis cache, where an unreachable Redis is a miss or a no-op."""

    _last_warning = 0.0

    def _warn(self, operation: str, error: Exception) -> None:
        now = time.monotonic()
        if now - DegradingRedisCache._last_warning >= WARNING_INTERVAL:
            DegradingRedisCache._last_warning = now
            logger.warning(
                "Cache unavailable, %s treated as a miss: %s", operation, error
            )

    get = _degrades(lambda key, default=None, version=None: default)(RedisCache.get)
    get_many = _degrades(lambda *args, **kwargs: {})(RedisCache.get_many)
    has_key = _degrades(lambda *args, **kwargs: False)(RedisCache.has_key)
    # "Stored": a lock taken with add() (allauth's rate limits) must not wait forever.
    add = _degrades(lambda *args, **kwargs: True)(RedisCache.add)
    set = _degrades(lambda *args, **kwargs: None)(RedisCache.set)
    set_many = _degrades(lambda data, *args, **kwargs: list(data))(RedisCache.set_many)
    touch = _degrades(lambda *args, **kwargs: False)(RedisCache.touch)
    delete = _degrades(lambda *args, **kwargs: False)(RedisCache.delete)
    delete_many = _degrades(lambda *args, **kwargs: None)(RedisCache.delete_many)
    incr = _degrades(_miss_on_incr)(RedisCache.incr)
    clear = _degrades(lambda: False)(RedisCache.clear)
