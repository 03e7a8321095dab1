"""What a buyer bought: an order and its tickets (one position per attendee)."""

import secrets

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from .catalogue import Conference, TicketType, Voucher

# An order code is short enough to read over the phone: no 0/O, 1/I/L.
ORDER_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
ORDER_CODE_LENGTH = 8


def new_order_code() -> str:
    return "".join(
        secrets.choice(ORDER_CODE_ALPHABET) for _ in range(ORDER_CODE_LENGTH)
    )


def new_ticket_secret() -> str:
    """The unguessable token printed in a ticket's QR code (256 bits)."""
    return secrets.token_urlsafe(32)


# The fields of an order and of a ticket that hold what the buyer typed about
# people: filled from the checkout forms, blanked when an unpaid order is erased.
INVOICE_FIELDS = (
    "invoice_name",
    "invoice_company",
    "invoice_address",
    "invoice_country",
    "invoice_vat_number",
)
ATTENDEE_FIELDS = (
    "attendee_name",
    "attendee_email",
    "organisation",
    "badge_name",
    "dietary_needs",
    "access_needs",
)


class Order(models.Model):
    """One buyer's purchase of one or more tickets, and where its payment stands."""

    # Records of what people did: nothing here is an editor's content to find usages of,
    # and Wagtail's reference index would cost each save three more queries.
    wagtail_reference_index_ignore = True

    class State(models.TextChoices):
        PENDING = "pending", _("Pending payment")
        PAID = "paid", _("Paid")
        EXPIRED = "expired", _("Expired")
        CANCELLED = "cancelled", _("Cancelled")
        REFUNDED = "refunded", _("Refunded")

    class PaymentMethod(models.TextChoices):
        CARD = "card", _("Card (Stripe)")
        BANK_TRANSFER = "bank_transfer", _("Bank transfer")

    code = models.CharField(
        _("code"), max_length=16, unique=True, default=new_order_code, editable=False
    )
    conference = models.ForeignKey(
        Conference,
        verbose_name=_("conference"),
        on_delete=models.PROTECT,
        related_name="orders",
    )
    buyer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("buyer"),
        on_delete=models.PROTECT,
        related_name="ticket_orders",
    )
    state = models.CharField(
        _("state"), max_length=10, choices=State.choices, default=State.PENDING
    )
    payment_method = models.CharField(
        _("payment method"), max_length=15, choices=PaymentMethod.choices
    )
    expires_at = models.DateTimeField(
        _("held until"),
        help_text=_("A pending order releases its tickets after this time."),
    )
    total_excl_vat = models.DecimalField(
        _("total excluding VAT"), max_digits=12, decimal_places=2
    )
    total_vat = models.DecimalField(_("VAT"), max_digits=12, decimal_places=2)
    total = models.DecimalField(
        _("total including VAT"), max_digits=12, decimal_places=2
    )
    voucher = models.ForeignKey(
        Voucher,
        verbose_name=_("voucher"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="orders",
    )
    # Invoice address, as the buyer typed it.
    invoice_name = models.CharField(_("name"), max_length=200)
    invoice_company = models.CharField(_("organisation"), max_length=200, blank=True)
    invoice_address = models.TextField(_("address"))
    invoice_country = models.CharField(_("country"), max_length=100)
    invoice_vat_number = models.CharField(_("VAT number"), max_length=40, blank=True)
    language = models.CharField(
        _("language"),
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("The language of the buyer's e-mails and documents."),
    )
    needs_attention = models.BooleanField(
        _("needs attention"),
        default=False,
        help_text=_("Set when a payment could not be matched to the order safely."),
    )
    attention_reason = models.TextField(_("reason for attention"), blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    paid_at = models.DateTimeField(_("paid at"), null=True, blank=True)

    class Meta:
        verbose_name = _("order")
        verbose_name_plural = _("orders")
        ordering = ["-created_at"]
        # Above settings.TICKETING_REFUND_LIMIT; see ticketing/permissions.py.
        permissions = [("refund_any_amount", "Can refund any amount")]
        indexes = [models.Index(fields=["state", "expires_at"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(
                    state__in=["pending", "paid", "expired", "cancelled", "refunded"]
                ),
                name="ticketing_order_state_valid",
            ),
            models.CheckConstraint(
                condition=Q(payment_method__in=["card", "bank_transfer"]),
                name="ticketing_order_payment_method_valid",
            ),
            models.CheckConstraint(
                condition=Q(total_excl_vat__gte=0) & Q(total_vat__gte=0),
                name="ticketing_order_totals_positive",
            ),
            models.CheckConstraint(
                condition=Q(total=F("total_excl_vat") + F("total_vat")),
                name="ticketing_order_total_adds_up",
            ),
            models.CheckConstraint(
                condition=~Q(state="paid") | Q(paid_at__isnull=False),
                name="ticketing_order_paid_has_date",
            ),
        ]

    def __str__(self) -> str:
        return self.code

    def is_held(self, on) -> bool:
        """Whether the order still counts against the quotas."""
        return self.state == self.State.PAID or (
            self.state == self.State.PENDING and self.expires_at > on
        )


class OrderPosition(models.Model):
    """One ticket in an order, for one named attendee, with its own price and VAT."""

    wagtail_reference_index_ignore = True  # a record of what people did (see Order)

    order = models.ForeignKey(
        Order,
        verbose_name=_("order"),
        on_delete=models.CASCADE,
        related_name="positions",
    )
    ticket_type = models.ForeignKey(
        TicketType,
        verbose_name=_("ticket type"),
        on_delete=models.PROTECT,
        related_name="positions",
    )
    voucher = models.ForeignKey(
        Voucher,
        verbose_name=_("voucher"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="positions",
    )
    attendee_name = models.CharField(_("attendee name"), max_length=200)
    attendee_email = models.EmailField(_("attendee e-mail"))
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    badge_name = models.CharField(_("name on badge"), max_length=60, blank=True)
    dietary_needs = models.CharField(_("dietary needs"), max_length=255, blank=True)
    access_needs = models.CharField(_("access needs"), max_length=255, blank=True)
    price_excl_vat = models.DecimalField(
        _("price excluding VAT"), max_digits=10, decimal_places=2
    )
    vat_rate = models.DecimalField(_("VAT rate (%)"), max_digits=5, decimal_places=2)
    vat = models.DecimalField(_("VAT"), max_digits=10, decimal_places=2)
    price = models.DecimalField(
        _("price including VAT"), max_digits=10, decimal_places=2
    )
    secret = models.CharField(
        _("ticket secret"),
        max_length=64,
        unique=True,
        default=new_ticket_secret,
        editable=False,
    )
    cancelled_at = models.DateTimeField(
        _("cancelled at"),
        null=True,
        blank=True,
        help_text=_("A cancelled ticket no longer counts against the quotas."),
    )
    checked_in_at = models.DateTimeField(_("checked in at"), null=True, blank=True)

    class Meta:
        verbose_name = _("ticket")
        verbose_name_plural = _("tickets")
        ordering = ["order", "pk"]
        # The door's check-in desk (ticketing.views.check_in), and nothing else.
        permissions = [("check_in", "Can check tickets in at the door")]
        constraints = [
            models.CheckConstraint(
                condition=Q(price_excl_vat__gte=0) & Q(vat__gte=0),
                name="ticketing_position_price_positive",
            ),
            models.CheckConstraint(
                condition=Q(price=F("price_excl_vat") + F("vat")),
                name="ticketing_position_price_adds_up",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.attendee_name} – {self.ticket_type}"
