"""What is on sale: a conference, its ticket types, their quotas and vouchers."""

import zoneinfo
from datetime import date, timedelta, tzinfo
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from core.i18n_fields import Localized


class Conference(models.Model):
    """An edition of the world conference that sells tickets.

    Visitor-facing text has one column per language (core/i18n_fields.py): the base
    column in French, the default language; read ``local_name``, ``local_venue`` and
    ``local_terms`` to show it in the active language.
    """

    name = models.CharField(_("name (French)"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200, blank=True)
    name_es = models.CharField(_("name (Spanish)"), max_length=200, blank=True)
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
    venue = models.CharField(_("venue (French)"), max_length=255, blank=True)
    venue_en = models.CharField(_("venue (English)"), max_length=255, blank=True)
    venue_es = models.CharField(_("venue (Spanish)"), max_length=255, blank=True)
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
    terms = models.TextField(_("terms and conditions (French)"), blank=True)
    terms_en = models.TextField(_("terms and conditions (English)"), blank=True)
    terms_es = models.TextField(_("terms and conditions (Spanish)"), blank=True)
    bank_transfer_days = models.PositiveSmallIntegerField(
        _("days to pay by bank transfer"), default=14
    )
    sold_for = models.CharField(
        _("sold for"),
        max_length=40,
        blank=True,
        editable=False,
        help_text=_(
            "Blank for the conference's own tickets. Otherwise the module whose "
            "places these orders pay for (a course promotion): no public ticket "
            "page and no admission tickets; that module confirms the places."
        ),
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

    local_name = Localized("name")
    local_venue = Localized("venue")
    local_terms = Localized("terms")

    def __str__(self) -> str:
        return self.name

    @property
    def sells_tickets(self) -> bool:
        """Whether these are admission tickets (QR code, calendar, check-in)."""
        return not self.sold_for

    def sales_are_open(self, on) -> bool:
        return self.sales_open_at <= on < self.sales_close_at

    @cached_property
    def zone(self) -> tzinfo:
        """Where the conference takes place: its agenda event's time zone.

        Its days are that place's days (a conference in Montreal ends on its
        last day there, whatever the site's own time zone).
        """
        page = self.event_page if self.event_page_id else None
        name = getattr(page.specific_deferred, "time_zone", "") if page else ""
        return zoneinfo.ZoneInfo(name) if name else timezone.get_default_timezone()

    @property
    def first_day(self) -> date:
        return timezone.localtime(self.starts_at, self.zone).date()

    @property
    def last_day(self) -> date:
        """The last day of the conference: an end at midnight belongs to the day before.

        The agenda stores an all-day event's end as the midnight that follows it
        (exclusive), as calendars do; people read the last day they attend.
        """
        end = timezone.localtime(self.ends_at, self.zone)
        return (end - timedelta(microseconds=1)).date()


class TicketType(models.Model):
    """A kind of ticket with its own price and sales window (early bird, regular…).

    One row whatever the language, since orders, quotas and vouchers refer to it: its
    name and description have one column per language (read ``local_name`` and
    ``local_description``).
    """

    conference = models.ForeignKey(
        Conference,
        verbose_name=_("conference"),
        on_delete=models.CASCADE,
        related_name="ticket_types",
    )
    name = models.CharField(_("name (French)"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200, blank=True)
    name_es = models.CharField(_("name (Spanish)"), max_length=200, blank=True)
    description = models.TextField(_("description (French)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    description_es = models.TextField(_("description (Spanish)"), blank=True)
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

    local_name = Localized("name")
    local_description = Localized("description")

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

    # Short codes can be found by trying; wrong guesses are also capped per person
    # (ticketing.ratelimit), but a long code is the first defence.
    MIN_CODE_LENGTH = 8

    def clean(self) -> None:
        super().clean()
        self.code = self.code.strip()
        if len(self.code) < self.MIN_CODE_LENGTH:
            raise ValidationError(
                {
                    "code": _(
                        "Use at least %(count)d characters, so that the code "
                        "cannot be guessed."
                    )
                    % {"count": self.MIN_CODE_LENGTH}
                }
            )
        if self.kind == self.Kind.PERCENT and self.value > 100:
            raise ValidationError({"value": _("A percentage cannot exceed 100.")})

    def is_valid(self, on) -> bool:
        if self.valid_from and on < self.valid_from:
            return False
        return not (self.valid_until and on >= self.valid_until)
