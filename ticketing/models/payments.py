"""Money in and out of an order: payments, refunds, and the Stripe events seen."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .orders import Order, OrderPosition


class Payment(models.Model):
    """An attempt to pay an order: a Stripe Checkout Session or an expected transfer."""

    wagtail_reference_index_ignore = True  # a record of what people did (see Order)

    class State(models.TextChoices):
        CREATED = "created", _("Created")
        PROCESSING = "processing", _("Processing")
        CONFIRMED = "confirmed", _("Confirmed")
        FAILED = "failed", _("Failed")
        CANCELLED = "cancelled", _("Cancelled")

    order = models.ForeignKey(
        Order,
        verbose_name=_("order"),
        on_delete=models.PROTECT,
        related_name="payments",
    )
    method = models.CharField(
        _("method"), max_length=15, choices=Order.PaymentMethod.choices
    )
    state = models.CharField(
        _("state"), max_length=10, choices=State.choices, default=State.CREATED
    )
    amount = models.DecimalField(_("amount"), max_digits=12, decimal_places=2)
    # Stripe Checkout Session id (cs_...); empty for bank transfers.
    provider_reference = models.CharField(
        _("provider reference"), max_length=255, blank=True
    )
    # Stripe PaymentIntent id (pi_...), known once the session is paid; refunds use it.
    payment_intent = models.CharField(_("payment intent"), max_length=255, blank=True)
    checkout_url = models.URLField(_("checkout URL"), max_length=2000, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    refund_due_at = models.DateTimeField(
        _("refund due since"),
        null=True,
        blank=True,
        help_text=_(
            "Set when this money could not buy its places and must go back; "
            "a periodic sweep refunds it if the first attempt was lost."
        ),
    )

    class Meta:
        verbose_name = _("payment")
        verbose_name_plural = _("payments")
        ordering = ["order", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["provider_reference"],
                condition=~Q(provider_reference=""),
                name="ticketing_payment_reference_unique",
            ),
            models.CheckConstraint(
                condition=Q(amount__gte=0), name="ticketing_payment_amount_positive"
            ),
            models.CheckConstraint(
                condition=~Q(state="confirmed") | Q(confirmed_at__isnull=False),
                name="ticketing_payment_confirmed_has_date",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.order.code} · {self.amount}"


class Refund(models.Model):
    """Money given back on an order, through Stripe or recorded for a bank transfer."""

    wagtail_reference_index_ignore = True  # a record of what people did (see Order)

    order = models.ForeignKey(
        Order,
        verbose_name=_("order"),
        on_delete=models.PROTECT,
        related_name="refunds",
    )
    payment = models.ForeignKey(
        Payment,
        verbose_name=_("payment"),
        on_delete=models.PROTECT,
        related_name="refunds",
    )
    amount = models.DecimalField(_("amount"), max_digits=12, decimal_places=2)
    positions = models.ManyToManyField(
        OrderPosition,
        verbose_name=_("cancelled tickets"),
        blank=True,
        related_name="refunds",
    )
    # Stripe Refund id (re_...); empty for a refund recorded by staff.
    provider_reference = models.CharField(
        _("provider reference"), max_length=255, blank=True
    )
    reason = models.CharField(_("reason"), max_length=255, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("refund")
        verbose_name_plural = _("refunds")
        ordering = ["order", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(amount__gt=0), name="ticketing_refund_amount_positive"
            ),
            models.UniqueConstraint(
                fields=["provider_reference"],
                condition=~Q(provider_reference=""),
                name="ticketing_refund_reference_unique",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.order.code} · −{self.amount}"


class StripeEvent(models.Model):
    """A Stripe webhook event received, so a redelivery changes nothing.

    The webhook stores it and answers at once; a task applies it
    (``processed_at``), and a sweep applies again those whose task was lost or
    whose locks were busy (``next_attempt_at``). What Stripe sent is kept until it
    is applied. An event about one of our orders that could not be applied (a
    session we have no payment for, say) is kept flagged, with what Stripe sent, for
    staff to resolve.
    """

    wagtail_reference_index_ignore = True  # a record of what people did (see Order)

    event_id = models.CharField(_("event id"), max_length=255, unique=True)
    type = models.CharField(_("type"), max_length=100)
    received_at = models.DateTimeField(_("received at"), auto_now_add=True)
    # What the event is about, read from its object (session, charge…).
    object_id = models.CharField(_("Stripe object"), max_length=255, blank=True)
    payment_intent = models.CharField(_("payment intent"), max_length=255, blank=True)
    order_code = models.CharField(_("order code"), max_length=32, blank=True)
    amount_cents = models.BigIntegerField(_("amount (cents)"), null=True, blank=True)
    currency = models.CharField(_("currency"), max_length=3, blank=True)
    flagged = models.BooleanField(_("needs attention"), default=False)
    flag_reason = models.TextField(_("reason"), blank=True)
    payload = models.JSONField(_("Stripe object as received"), null=True, blank=True)
    processed_at = models.DateTimeField(_("applied at"), null=True, blank=True)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)

    class Meta:
        verbose_name = _("Stripe event")
        verbose_name_plural = _("Stripe events")
        ordering = ["-received_at"]
        indexes = [
            models.Index(
                fields=["-received_at"],
                condition=Q(flagged=True),
                name="ticketing_stripeevent_flagged",
            ),
            models.Index(
                fields=["next_attempt_at"],
                condition=Q(processed_at__isnull=True),
                name="ticketing_stripeevent_due",
            ),
        ]

    def __str__(self) -> str:
        return self.event_id
