"""Mail that must not be lost: the outbox written with the change it reports."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .orders import Order


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
