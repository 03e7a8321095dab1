"""Check-in at the door: a ticket admits its holder once.

The ticket's row is locked while it is checked, so two desks scanning the same ticket
at the same moment admit it once; a lock held too long answers "busy, scan again".
"""

from dataclasses import dataclass
from datetime import datetime

from django.utils import timezone

from ..models import Order, OrderPosition
from .history import order_log
from .locking import locked_atomic


@dataclass(frozen=True)
class CheckInResult:
    """What the desk shows: ``status`` is ok, already, unpaid, cancelled, unknown
    (or busy, when the desk could not get the ticket's lock: nothing was recorded).
    """

    status: str
    position: OrderPosition | None = None
    previous: datetime | None = None

    @property
    def admitted(self) -> bool:
        return self.status == "ok"


def position_check_in(
    *, secret: str, actor, now: datetime | None = None
) -> CheckInResult:
    """Admit the holder of a ticket once; a second scan or a bad ticket is refused.

    Raises ``TicketingBusy`` when the ticket stays locked too long: nothing changed,
    scanning again will work.
    """
    now = now or timezone.now()
    secret = (secret or "").strip()
    if not secret:
        return CheckInResult(status="unknown")
    with locked_atomic():
        position = (
            OrderPosition.objects.select_for_update(of=("self",))
            .select_related("order", "ticket_type")
            .filter(secret=secret)
            .first()
        )
        if position is None:
            return CheckInResult(status="unknown")
        if position.cancelled_at is not None:
            return CheckInResult(status="cancelled", position=position)
        if position.order.state != Order.State.PAID:
            return CheckInResult(status="unpaid", position=position)
        if position.checked_in_at is not None:
            return CheckInResult(
                status="already", position=position, previous=position.checked_in_at
            )
        position.checked_in_at = now
        position.save(update_fields=["checked_in_at"])
        order_log(
            order=position.order,
            actor=actor,
            action="checked_in",
            ticket=position.pk,
            attendee=position.attendee_name,
        )
    return CheckInResult(status="ok", position=position)
