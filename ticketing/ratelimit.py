"""Voucher codes cannot be found by trying: wrong codes are counted and capped.

A speaker's voucher can make a ticket free, so its code is worth guessing. Each wrong
code typed counts against the browser session, the account and the address it came
from; once any of them reaches ``TICKETING_VOUCHER_ATTEMPTS`` within
``TICKETING_VOUCHER_WINDOW`` seconds, no code is looked up (not even a right one)
until the window has passed. The counts are kept by the site's rate limiter
(``core.ratelimit``), in the cache.
"""

from django.conf import settings
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from core.ratelimit import rate_limit_count, rate_limit_reached

from .exceptions import TicketingError
from .models import Conference, Voucher
from .selectors import voucher_find

SCOPE = "ticketing.voucher_failures"


def _rates() -> str:
    """The same cap for the session, the account and the address."""
    attempts = settings.TICKETING_VOUCHER_ATTEMPTS
    window = settings.TICKETING_VOUCHER_WINDOW
    return ",".join(f"{attempts}/{window}s/{per}" for per in ("session", "user", "ip"))


def voucher_for_request(
    request: HttpRequest, *, conference: Conference, code: str
) -> Voucher | None:
    """The voucher a person typed, or None; refused while too many were wrong."""
    code = (code or "").strip()
    if not code:
        return None
    if rate_limit_reached(request, SCOPE, rates=_rates()):
        raise TicketingError(
            _(
                "Too many wrong voucher codes were tried. Please wait an hour, or "
                "ask the person who gave you the code."
            ),
            code="voucher_attempts",
        )
    voucher = voucher_find(conference=conference, code=code)
    if voucher is None:
        rate_limit_count(request, SCOPE, rates=_rates())
    return voucher
