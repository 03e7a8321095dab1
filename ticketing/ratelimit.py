"""Voucher codes cannot be found by trying: wrong codes are counted and capped.

A speaker's voucher can make a ticket free, so its code is worth guessing. Each wrong
code typed counts against the browser session, the account and the address it came
from; once any of them reaches ``TICKETING_VOUCHER_ATTEMPTS`` within
``TICKETING_VOUCHER_WINDOW`` seconds, no code is looked up (not even a right one)
until the window has passed. The counts live in the cache (Redis in production).
"""

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from .exceptions import TicketingError
from .models import Conference, Voucher
from .selectors import voucher_find


def _counter_keys(request: HttpRequest) -> list[str]:
    who = []
    if request.session.session_key:
        who.append(f"session:{request.session.session_key}")
    if request.user.is_authenticated:
        who.append(f"user:{request.user.pk}")
    if address := request.META.get("REMOTE_ADDR"):
        who.append(f"address:{address}")
    return [f"ticketing:voucher-failures:{key}" for key in who]


def _attempts_exhausted(keys: list[str]) -> bool:
    counts = cache.get_many(keys)
    return any(
        count >= settings.TICKETING_VOUCHER_ATTEMPTS for count in counts.values()
    )


def _count_failure(keys: list[str]) -> None:
    for key in keys:
        # add() starts the window; incr() keeps it (the key's expiry is unchanged).
        cache.add(key, 0, timeout=settings.TICKETING_VOUCHER_WINDOW)
        try:
            cache.incr(key)
        except ValueError:  # expired between the two calls
            cache.set(key, 1, timeout=settings.TICKETING_VOUCHER_WINDOW)


def voucher_for_request(
    request: HttpRequest, *, conference: Conference, code: str
) -> Voucher | None:
    """The voucher a person typed, or None; refused while too many were wrong."""
    code = (code or "").strip()
    if not code:
        return None
    keys = _counter_keys(request)
    if _attempts_exhausted(keys):
        raise TicketingError(
            _(
                "Too many wrong voucher codes were tried. Please wait an hour, or "
                "ask the person who gave you the code."
            ),
            code="voucher_attempts",
        )
    voucher = voucher_find(conference=conference, code=code)
    if voucher is None:
        _count_failure(keys)
    return voucher
