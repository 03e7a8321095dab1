"""An invitation by e-mail to fill in an organisation's assessments.

The primary contact invites a colleague who may not have an account yet. The link in
the mail carries a signed token naming the invitation; accepting it, signed in with
the invited address verified, affiliates the person to the organisation and makes
them a contributor. An invitation is used once, and the primary contact can
withdraw it until then.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Invitation(models.Model):
    class State(models.TextChoices):
        PENDING = "pending", _("Waiting")
        ACCEPTED = "accepted", _("Accepted")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    organisation = models.ForeignKey(
        "accounts.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="diagnosis_invitations",
    )
    email = models.EmailField(_("e-mail address"))
    language = models.CharField(_("language"), max_length=10, blank=True)
    state = models.CharField(
        _("state"), max_length=20, choices=State.choices, default=State.PENDING
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("invited by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("sent"), auto_now_add=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("accepted by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("accepted or withdrawn"), null=True, blank=True)

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "email"],
                condition=models.Q(state="pending"),
                name="diagnosis_invitation_one_pending",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.email} · {self.organisation}"
