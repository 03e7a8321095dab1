"""Paid registration for the network's world conference.

Money is Decimal throughout; every amount that a buyer sees is stored per position, so
an order and its invoice keep telling the same story after prices change. The rules
that must never break (no negative price, a line's VAT adding up, one use of a Stripe
event, one invoice number per year) are database constraints.
"""

import secrets
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

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


class Conference(models.Model):
    """An edition of the world conference that sells tickets."""

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    event_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("event page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    venue = models.CharField(_("venue"), max_length=255, blank=True)
    sales_open_at = models.DateTimeField(_("ticket sales open at"))
    sales_close_at = models.DateTimeField(_("ticket sales close at"))
    currency = models.CharField(
        _("currency"), max_length=3, default="EUR", editable=False
    )
    vat_rate = models.DecimalField(
        _("VAT rate (%)"),
        max_digits=5,
        decimal_places=2,
        default=Decimal("20.00"),
        validators=[MinValueValidator(Decimal(0)), MaxValueValidator(Decimal(100))],
    )
    terms = models.TextField(_("terms and conditions"), blank=True)
    bank_transfer_days = models.PositiveSmallIntegerField(
        _("days to pay by bank transfer"), default=14
    )
    bank_details = models.TextField(
        _("bank details"),
        blank=True,
        help_text=_("Account holder, IBAN and BIC printed on pro-forma invoices."),
    )

    class Meta:
        verbose_name = _("conference")
        verbose_name_plural = _("conferences")
        ordering = ["-starts_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gte=F("starts_at")),
                name="ticketing_conference_ends_after_start",
            ),
            models.CheckConstraint(
                condition=Q(sales_close_at__gt=F("sales_open_at")),
                name="ticketing_conference_sales_window",
            ),
            models.CheckConstraint(
                condition=Q(vat_rate__gte=0, vat_rate__lte=100),
                name="ticketing_conference_vat_rate_range",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def sales_are_open(self, on) -> bool:
        return self.sales_open_at <= on < self.sales_close_at


class TicketType(models.Model):
    """A kind of ticket with its own price and sales window (early bird, regular…)."""

    conference = models.ForeignKey(
        Conference,
        verbose_name=_("conference"),
        on_delete=models.CASCADE,
        related_name="ticket_types",
    )
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    price = models.DecimalField(
        _("price excluding VAT"),
        max_digits=10,
        decimal_places=2,
        validators=[MinValueValidator(Decimal(0))],
    )
    available_from = models.DateTimeField(_("available from"), null=True, blank=True)
    available_until = models.DateTimeField(_("available until"), null=True, blank=True)
    members_only = models.BooleanField(
        _("members only"),
        default=False,
        help_text=_("Only people from a member organisation may buy it."),
    )
    requires_voucher = models.BooleanField(
        _("requires a voucher"),
        default=False,
        help_text=_("Hidden from the ticket list unless a voucher unlocks it."),
    )
    min_per_order = models.PositiveSmallIntegerField(_("minimum per order"), default=1)
    max_per_order = models.PositiveSmallIntegerField(_("maximum per order"), default=10)
    sort_order = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("ticket type")
        verbose_name_plural = _("ticket types")
        ordering = ["conference", "sort_order", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(price__gte=0), name="ticketing_tickettype_price_positive"
            ),
            models.CheckConstraint(
                condition=Q(min_per_order__gte=1)
                & Q(max_per_order__gte=F("min_per_order")),
                name="ticketing_tickettype_per_order_bounds",
            ),
            models.CheckConstraint(
                condition=Q(available_from__isnull=True)
                | Q(available_until__isnull=True)
                | Q(available_until__gt=F("available_from")),
                name="ticketing_tickettype_availability_window",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def is_available(self, on) -> bool:
        if self.available_from and on < self.available_from:
            return False
        return not (self.available_until and on >= self.available_until)


class Quota(models.Model):
    """A number of places shared by ticket types: the venue, or a cap on early birds.

    A ticket is sold only when every quota it belongs to has a place left; a ticket
    type in no quota is not for sale.
    """

    conference = models.ForeignKey(
        Conference,
        verbose_name=_("conference"),
        on_delete=models.CASCADE,
        related_name="quotas",
    )
    name = models.CharField(_("name"), max_length=200)
    capacity = models.PositiveIntegerField(_("capacity"))
    ticket_types = models.ManyToManyField(
        TicketType, verbose_name=_("ticket types"), related_name="quotas"
    )

    class Meta:
        verbose_name = _("quota")
        verbose_name_plural = _("quotas")
        ordering = ["conference", "name"]

    def __str__(self) -> str:
        return f"{self.name} ({self.capacity})"


class Voucher(models.Model):
    """A promo code that discounts or unlocks ticket types a limited number of times."""

    class Kind(models.TextChoices):
        PERCENT = "percent", _("Percentage off")
        FIXED = "fixed", _("Fixed amount off")
        SET_PRICE = "set_price", _("Set price")

    conference = models.ForeignKey(
        Conference,
        verbose_name=_("conference"),
        on_delete=models.CASCADE,
        related_name="vouchers",
    )
    code = models.CharField(_("code"), max_length=50)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    value = models.DecimalField(
        _("value"),
        max_digits=10,
        decimal_places=2,
        validators=[MinValueValidator(Decimal(0))],
        help_text=_("A percentage, or an amount excluding VAT, depending on the kind."),
    )
    max_uses = models.PositiveIntegerField(
        _("maximum uses"),
        default=1,
        help_text=_("Each ticket bought with the code counts as one use."),
    )
    valid_from = models.DateTimeField(_("valid from"), null=True, blank=True)
    valid_until = models.DateTimeField(_("valid until"), null=True, blank=True)
    ticket_types = models.ManyToManyField(
        TicketType,
        verbose_name=_("ticket types"),
        blank=True,
        related_name="vouchers",
        help_text=_("Leave empty for every ticket type."),
    )
    comment = models.CharField(_("comment"), max_length=255, blank=True)

    class Meta:
        verbose_name = _("voucher")
        verbose_name_plural = _("vouchers")
        ordering = ["conference", "code"]
        constraints = [
            models.UniqueConstraint(
                Lower("code"),
                "conference",
                name="ticketing_voucher_code_ci_unique",
            ),
            models.CheckConstraint(
                condition=Q(value__gte=0), name="ticketing_voucher_value_positive"
            ),
            models.CheckConstraint(
                condition=~Q(kind="percent") | Q(value__lte=100),
                name="ticketing_voucher_percent_at_most_100",
            ),
            models.CheckConstraint(
                condition=Q(kind__in=["percent", "fixed", "set_price"]),
                name="ticketing_voucher_kind_valid",
            ),
        ]

    def __str__(self) -> str:
        return self.code

    def clean(self) -> None:
        super().clean()
        self.code = self.code.strip()
        if self.kind == self.Kind.PERCENT and self.value > 100:
            raise ValidationError({"value": _("A percentage cannot exceed 100.")})

    def is_valid(self, on) -> bool:
        if self.valid_from and on < self.valid_from:
            return False
        return not (self.valid_until and on >= self.valid_until)


class Order(models.Model):
    """One buyer's purchase of one or more tickets, and where its payment stands."""

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


class Payment(models.Model):
    """An attempt to pay an order: a Stripe Checkout Session or an expected transfer."""

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
    """A Stripe webhook event already handled, so a redelivery changes nothing."""

    event_id = models.CharField(_("event id"), max_length=255, unique=True)
    type = models.CharField(_("type"), max_length=100)
    received_at = models.DateTimeField(_("received at"), auto_now_add=True)

    class Meta:
        verbose_name = _("Stripe event")
        verbose_name_plural = _("Stripe events")
        ordering = ["-received_at"]

    def __str__(self) -> str:
        return self.event_id


class OrderLogEntry(models.Model):
    """Who changed an order or its payment, when, and from which state to which."""

    order = models.ForeignKey(
        Order,
        verbose_name=_("order"),
        on_delete=models.CASCADE,
        related_name="log_entries",
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("actor"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("at"), auto_now_add=True)
    action = models.CharField(_("action"), max_length=100)
    from_state = models.CharField(_("from state"), max_length=20, blank=True)
    to_state = models.CharField(_("to state"), max_length=20, blank=True)
    data = models.JSONField(_("data"), default=dict, blank=True)

    class Meta:
        verbose_name = _("order log entry")
        verbose_name_plural = _("order log entries")
        ordering = ["order", "created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.order_id} {self.action} {self.from_state}→{self.to_state}"


class Outbox(models.Model):
    """Mail that must not be lost, written in the same transaction as the change."""

    class Kind(models.TextChoices):
        CONFIRMATION = "confirmation", _("Order confirmation")
        BANK_TRANSFER = "bank_transfer", _("Bank transfer instructions")

    order = models.ForeignKey(
        Order,
        verbose_name=_("order"),
        on_delete=models.CASCADE,
        related_name="outbox",
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)

    class Meta:
        verbose_name = _("outgoing e-mail")
        verbose_name_plural = _("outgoing e-mails")
        constraints = [
            models.UniqueConstraint(
                fields=["order", "kind"], name="ticketing_outbox_once_per_kind"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.order_id} {self.kind}"


class InvoiceCounter(models.Model):
    """The last invoice number given out in a year; locked while taking the next."""

    year = models.PositiveSmallIntegerField(_("year"), unique=True)
    last_number = models.PositiveIntegerField(_("last number"), default=0)

    class Meta:
        verbose_name = _("invoice counter")
        verbose_name_plural = _("invoice counters")

    def __str__(self) -> str:
        return f"{self.year}: {self.last_number}"


class Invoice(models.Model):
    """A numbered invoice or credit note; never deleted, so numbers have no gaps."""

    class Kind(models.TextChoices):
        INVOICE = "invoice", _("Invoice")
        CREDIT_NOTE = "credit_note", _("Credit note")

    order = models.ForeignKey(
        Order,
        verbose_name=_("order"),
        on_delete=models.PROTECT,
        related_name="invoices",
    )
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    year = models.PositiveSmallIntegerField(_("year"))
    sequence = models.PositiveIntegerField(_("sequence"))
    number = models.CharField(_("number"), max_length=20, unique=True)
    refund = models.OneToOneField(
        Refund,
        verbose_name=_("refund"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="credit_note",
    )
    amount = models.DecimalField(_("amount"), max_digits=12, decimal_places=2)
    issued_at = models.DateTimeField(_("issued at"))

    class Meta:
        verbose_name = _("invoice")
        verbose_name_plural = _("invoices")
        ordering = ["year", "sequence"]
        constraints = [
            models.UniqueConstraint(
                fields=["year", "sequence"], name="ticketing_invoice_sequence_unique"
            ),
            models.UniqueConstraint(
                fields=["order"],
                condition=Q(kind="invoice"),
                name="ticketing_invoice_one_per_order",
            ),
        ]

    def __str__(self) -> str:
        return self.number


class WaitingListEntry(models.Model):
    """Someone waiting for places of a sold-out ticket type, served strictly in turn."""

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
    offer_mailed_at = models.DateTimeField(
        _("offer e-mailed at"), null=True, blank=True
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


class WaitingListLogEntry(models.Model):
    """Who changed a waiting list entry, when, and from which state to which."""

    entry = models.ForeignKey(
        WaitingListEntry,
        verbose_name=_("waiting list entry"),
        on_delete=models.CASCADE,
        related_name="log_entries",
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("actor"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("at"), auto_now_add=True)
    from_state = models.CharField(_("from state"), max_length=20, blank=True)
    to_state = models.CharField(_("to state"), max_length=20)

    class Meta:
        verbose_name = _("waiting list log entry")
        verbose_name_plural = _("waiting list log entries")
        ordering = ["entry", "created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.entry_id} {self.from_state}→{self.to_state}"
