"""Group bookings: a buyer asks to hold more unpaid places than the default allows."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .catalogue import Conference


class GroupRequest(models.Model):
    """A buyer's request to book for a group; once approved, it raises their limits.

    Without approval a buyer holds at most ``TICKETING_OPEN_PLACES_PER_BUYER`` unpaid
    places, and at most ``TICKETING_TRANSFER_PLACES_WITHOUT_APPROVAL`` by bank
    transfer; an approved request lets them hold up to its number of places.
    """

    wagtail_reference_index_ignore = True  # a record of what people did (see Order)

    class State(models.TextChoices):
        REQUESTED = "requested", _("Awaiting a decision")
        APPROVED = "approved", _("Approved")
        DECLINED = "declined", _("Declined")

    conference = models.ForeignKey(
        Conference,
        verbose_name=_("conference"),
        on_delete=models.CASCADE,
        related_name="group_requests",
    )
    buyer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("buyer"),
        on_delete=models.CASCADE,
        related_name="ticket_group_requests",
    )
    places = models.PositiveSmallIntegerField(
        _("places"), validators=[MinValueValidator(2), MaxValueValidator(500)]
    )
    organisation = models.CharField(_("organisation"), max_length=200)
    message = models.TextField(_("message"), blank=True, max_length=2000)
    state = models.CharField(
        _("state"), max_length=10, choices=State.choices, default=State.REQUESTED
    )
    created_at = models.DateTimeField(_("requested at"), auto_now_add=True)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decision_note = models.TextField(_("note to the buyer"), blank=True)

    class Meta:
        verbose_name = _("group booking request")
        verbose_name_plural = _("group booking requests")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(state__in=["requested", "approved", "declined"]),
                name="ticketing_grouprequest_state_valid",
            ),
            models.UniqueConstraint(
                fields=["conference", "buyer"],
                condition=Q(state="requested"),
                name="ticketing_grouprequest_one_open",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.organisation} · {self.places}"
