"""People waiting for places of a sold-out ticket type."""

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .catalogue import Conference, TicketType


class WaitingListEntry(models.Model):
    """Someone waiting for places of a sold-out ticket type, served strictly in turn."""

    wagtail_reference_index_ignore = True  # a record of what people did (see Order)

    class State(models.TextChoices):
        WAITING = "waiting", _("Waiting")
        OFFERED = "offered", _("Offered")
        ACCEPTED = "accepted", _("Accepted")
        EXPIRED = "expired", _("Expired")
        CANCELLED = "cancelled", _("Cancelled")

    LIVE_STATES = (State.WAITING, State.OFFERED)

    conference = models.ForeignKey(
        Conference,
        verbose_name=_("conference"),
        on_delete=models.CASCADE,
        related_name="waiting_list",
    )
    ticket_type = models.ForeignKey(
        TicketType,
        verbose_name=_("ticket type"),
        on_delete=models.CASCADE,
        related_name="waiting_list",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="ticket_waiting_list",
    )
    quantity = models.PositiveSmallIntegerField(
        _("tickets wanted"), validators=[MinValueValidator(1)]
    )
    state = models.CharField(
        _("state"), max_length=10, choices=State.choices, default=State.WAITING
    )
    created_at = models.DateTimeField(_("joined at"), default=timezone.now)
    offered_at = models.DateTimeField(_("offered at"), null=True, blank=True)
    offer_expires_at = models.DateTimeField(
        _("offer expires at"), null=True, blank=True
    )

    class Meta:
        verbose_name = _("waiting list entry")
        verbose_name_plural = _("waiting list entries")
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["ticket_type", "state", "created_at"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(quantity__gt=0), name="ticketing_waitinglist_quantity"
            ),
            models.CheckConstraint(
                condition=Q(
                    state__in=["waiting", "offered", "accepted", "expired", "cancelled"]
                ),
                name="ticketing_waitinglist_state_valid",
            ),
            models.CheckConstraint(
                condition=~Q(state="offered")
                | Q(offered_at__isnull=False, offer_expires_at__isnull=False),
                name="ticketing_waitinglist_offer_has_dates",
            ),
            models.UniqueConstraint(
                fields=["user", "ticket_type"],
                condition=Q(state__in=["waiting", "offered"]),
                name="ticketing_waitinglist_one_live_entry",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user_id} · {self.ticket_type} × {self.quantity}"
