"""Numbered invoices and credit notes, and the yearly counter behind the numbers."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .orders import Order
from .payments import Refund


class InvoiceCounter(models.Model):
    """The last invoice number given out in a year; locked while taking the next."""

    wagtail_reference_index_ignore = True  # a record of what people did (see Order)

    year = models.PositiveSmallIntegerField(_("year"), unique=True)
    last_number = models.PositiveIntegerField(_("last number"), default=0)

    class Meta:
        verbose_name = _("invoice counter")
        verbose_name_plural = _("invoice counters")

    def __str__(self) -> str:
        return f"{self.year}: {self.last_number}"


class Invoice(models.Model):
    """A numbered invoice or credit note; never deleted, so numbers have no gaps.

    Its PDF is rendered on demand, from the order and from what was fixed when it was
    issued: the language, and each line's ticket name in that language, so that a
    ticket type renamed later leaves issued invoices as they were.
    """

    wagtail_reference_index_ignore = True  # a record of what people did (see Order)

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
    language = models.CharField(_("language"), max_length=10, blank=True)
    # {"<position pk>": "<ticket type name in the invoice's language>"}
    line_names = models.JSONField(_("ticket names as issued"), default=dict, blank=True)

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
