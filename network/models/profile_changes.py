"""Changes to an organisation's public profile proposed by its people."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

# The fields a member may propose to change, in the order the forms show them.
PROPOSABLE_FIELDS = (
    "presentation",
    "presentation_en",
    "presentation_es",
    "website",
    "city",
)


class ProfileChangeRequest(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")

    organisation = models.ForeignKey(
        "accounts.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="profile_change_requests",
    )
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("proposed by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="profile_change_requests",
    )
    proposed_at = models.DateTimeField(_("proposed at"), auto_now_add=True)
    language = models.CharField(_("language"), max_length=8, blank=True)
    values = models.JSONField(_("proposed values"), default=dict)
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.PENDING
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    staff_comment = models.TextField(_("staff comment"), blank=True)

    class Meta:
        verbose_name = _("profile change proposal")
        verbose_name_plural = _("profile change proposals")
        ordering = ["-proposed_at"]

    def __str__(self) -> str:
        return f"{self.organisation} ({self.get_status_display()})"
