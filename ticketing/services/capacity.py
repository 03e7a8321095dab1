"""Whether the places asked for are still there, counted once the quotas are locked.

Used by every write that takes places (an order, a late payment): the count happens
after ``lock_quotas`` inside the caller's ``locked_atomic`` block, so the last places
are never sold twice.
"""

from collections import Counter
from datetime import datetime

from django.utils.translation import gettext_lazy as _

from ..exceptions import TicketingError
from ..models import Order, TicketType
from ..selectors import places_left
from .locking import lock_quotas


def check_capacity(
    *,
    counts: Counter,
    on: datetime,
    exclude_order: Order | None = None,
    for_user=None,
) -> None:
    """Refuse unless every quota has room for the tickets asked, counted after lock.

    ``counts`` maps a ticket type to a number of tickets; ``for_user`` is the buyer,
    whose own waiting-list offer does not count against them.
    """
    quota_ids = {
        quota_id
        for ticket_type in counts
        for quota_id in ticket_type.quotas.values_list("pk", flat=True)
    }
    for ticket_type in counts:
        if not ticket_type.quotas.exists():
            raise TicketingError(
                _("“%(name)s” is not on sale.") % {"name": ticket_type.local_name},
                code="not_on_sale",
            )
    quotas = lock_quotas(quota_ids)
    left_by_quota = places_left(
        quotas=quotas, on=on, exclude_order=exclude_order, for_user=for_user
    )
    for quota in quotas:
        type_ids = set(quota.ticket_types.values_list("pk", flat=True))
        wanted = sum(n for tt, n in counts.items() if tt.pk in type_ids)
        if not wanted:
            continue
        left = left_by_quota[quota.pk]
        if wanted > left:
            names = ", ".join(tt.local_name for tt in counts if tt.pk in type_ids)
            if left == 0:
                message = _("“%(names)s” is sold out.") % {"names": names}
            else:
                message = _(
                    "Only %(left)d place(s) left for “%(names)s”; please choose fewer."
                ) % {"left": left, "names": names}
            raise TicketingError(message, code="sold_out")


def check_quantity(*, ticket_type: TicketType, quantity: int) -> None:
    """Refuse a number of tickets outside the ticket type's bounds per order."""
    if not ticket_type.min_per_order <= quantity <= ticket_type.max_per_order:
        raise TicketingError(
            _("Choose between %(min)d and %(max)d “%(name)s” tickets per order.")
            % {
                "min": ticket_type.min_per_order,
                "max": ticket_type.max_per_order,
                "name": ticket_type.local_name,
            },
            code="quantity",
        )
