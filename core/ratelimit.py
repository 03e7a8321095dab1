"""How often one person may use a form that sends a message or creates a record.

    @rate_limit("cms.contact")            # a view: POSTs over the limit get a 429 page
    rate_limit_check(request, "cms.contact")   # anywhere else: raises RateLimited

Each scope's rates come from ``settings.RATE_LIMITS`` in allauth's notation, so the
sign-in limits (``ACCOUNT_RATE_LIMITS``) and ours read alike: ``"5/10m/ip,20/d/ip"`` is
five uses per ten minutes and twenty per day from one address. A rate counts per
``ip`` (the client's address, see ``client_ip``), ``user`` (a signed-in account) or
``session`` (one browser); a rate whose key is missing (``user`` for a visitor) does
not apply. Each window is fixed: it starts at the first use and lasts its duration.

Counts live in the cache (Redis in production). When the cache cannot be reached the
limiter lets the request through and logs a warning: an outage of the cache must never
refuse a page.
"""

import hashlib
import logging
import re
from dataclasses import dataclass
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from .exceptions import AppError

logger = logging.getLogger(__name__)

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_RATE = re.compile(r"^(?P<amount>\d+)/(?P<count>\d*)(?P<unit>[smhd])/(?P<per>\w+)$")
KEYS = ("ip", "user", "session")


class RateLimited(AppError):
    """The person used a form too often; the 429 page asks them to wait."""

    default_message = _(
        "For your security, this action is paused for a few minutes. "
        "Please try again later."
    )
    default_code = "rate_limited"

    def __init__(self, message=None, *, code=None, retry_after: int = 60):
        super().__init__(message, code=code)
        self.retry_after = retry_after


@dataclass(frozen=True)
class Rate:
    amount: int
    seconds: int
    per: str


def parse_rates(spec: str) -> list[Rate]:
    """``"5/10m/ip,20/d/ip"`` → two rates; a malformed rate is a configuration error."""
    rates = []
    for part in filter(None, (piece.strip() for piece in spec.split(","))):
        match = _RATE.match(part)
        if match is None or match["per"] not in KEYS:
            raise ValueError(f"Not a rate: {part!r} (e.g. '5/10m/ip', 'per' in {KEYS})")
        seconds = int(match["count"] or 1) * _UNITS[match["unit"]]
        rates.append(
            Rate(amount=int(match["amount"]), seconds=seconds, per=match["per"])
        )
    return rates


def client_ip(request: HttpRequest) -> str:
    """The visitor's address, read through ``TRUSTED_PROXY_COUNT`` proxies.

    Behind one proxy (``TRUSTED_PROXY_COUNT = 1``) the address is the last one the
    proxy appended to X-Forwarded-For; entries before it were written by the client and
    are not trusted. Without proxies it is the connection's address.
    """
    count = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    forwarded = request.headers.get("x-forwarded-for", "")
    if count > 0 and forwarded:
        addresses = [address.strip() for address in forwarded.split(",")]
        if len(addresses) >= count and addresses[-count]:
            return addresses[-count]
    return request.META.get("REMOTE_ADDR", "")


def _who(request: HttpRequest, per: str) -> str | None:
    if per == "ip":
        return client_ip(request) or None
    if per == "user":
        user = getattr(request, "user", None)
        return f"{user.pk}" if user is not None and user.is_authenticated else None
    session = getattr(request, "session", None)
    return session.session_key if session is not None else None


def _keys(request: HttpRequest, scope: str, rates: list[Rate]) -> dict[str, Rate]:
    keys = {}
    for rate in rates:
        who = _who(request, rate.per)
        if who:
            digest = hashlib.sha256(who.encode()).hexdigest()[:32]
            keys[f"ratelimit:{scope}:{rate.seconds}:{rate.per}:{digest}"] = rate
    return keys


def _rates(scope: str, rates: str | None) -> list[Rate]:
    if rates is None:
        rates = settings.RATE_LIMITS.get(scope, "")
    return parse_rates(rates)


def rate_limit_reached(
    request: HttpRequest, scope: str, *, rates: str | None = None
) -> bool:
    """True while any of the scope's counts for this person is at its limit."""
    keys = _keys(request, scope, _rates(scope, rates))
    if not keys:
        return False
    try:
        counts = cache.get_many(list(keys))
    except Exception:
        logger.warning("Rate limit %s not checked: the cache is unavailable", scope)
        return False
    return any(count >= keys[key].amount for key, count in counts.items())


def rate_limit_count(
    request: HttpRequest, scope: str, *, rates: str | None = None
) -> None:
    """Count one use of the scope against each of the person's keys."""
    for key, rate in _keys(request, scope, _rates(scope, rates)).items():
        try:
            # add() starts the window; incr() keeps it (the expiry is unchanged).
            cache.add(key, 0, timeout=rate.seconds)
            try:
                cache.incr(key)
            except ValueError:  # expired between the two calls
                cache.set(key, 1, timeout=rate.seconds)
        except Exception:
            logger.warning("Rate limit %s not counted: the cache is unavailable", scope)
            return


def rate_limit_check(
    request: HttpRequest, scope: str, *, rates: str | None = None
) -> None:
    """Count this use; raise ``RateLimited`` when the person was already at a limit."""
    parsed = _rates(scope, rates)
    if rate_limit_reached(request, scope, rates=rates):
        logger.info("Rate limit %s reached from %s", scope, client_ip(request))
        raise RateLimited(retry_after=min(rate.seconds for rate in parsed))
    rate_limit_count(request, scope, rates=rates)


def rate_limit(scope: str, *, methods: tuple[str, ...] = ("POST",)):
    """Limit a view's ``methods`` (POST by default) by the scope's rates."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if request.method in methods:
                rate_limit_check(request, scope)
            return view(request, *args, **kwargs)

        return wrapper

    return decorator
