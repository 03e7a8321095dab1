"""Row locks for ticketing: one way to take them, one order to take them in.

Every write that locks rows opens its transaction with ``locked_atomic()``: the wait
for a lock is bounded by ``LOCK_TIMEOUT`` and a timeout becomes ``TicketingBusy``
(the translated "busy, try again"), never a raw ``OperationalError``.

Locking order, the same everywhere so two transactions never wait on each other in a
circle: payment, then order, then quotas (by id), then the voucher.
"""

from collections.abc import Iterable
from contextlib import AbstractContextManager

from django.conf import settings

from core.locking import locked_atomic as core_locked_atomic

from ..exceptions import TicketingBusy
from ..models import Quota


def locked_atomic() -> AbstractContextManager[None]:
    """An atomic block whose lock waits end in ``TicketingBusy``."""
    return core_locked_atomic(busy=TicketingBusy)


def lock_quotas(quota_ids: Iterable[int]) -> list[Quota]:
    """Lock the quotas' rows in id order so concurrent buyers queue, not deadlock.

    ``TICKETING_LOCK_QUOTAS`` exists so that a test can switch the locking off and
    show the oversell it prevents; it is always on otherwise.
    """
    quotas = Quota.objects.filter(pk__in=sorted(set(quota_ids))).order_by("pk")
    if settings.TICKETING_LOCK_QUOTAS:
        quotas = quotas.select_for_update()
    return list(quotas)
