"""Certificates of completion, verifiable by anyone who holds the code."""

import secrets

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .enrolments import Enrolment

# Read aloud or typed from paper: no 0/O, 1/I/L.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


def new_certificate_code() -> str:
    """Four groups of four characters: about 80 bits, e.g. ``K7QM-2XHD-…``."""
    groups = (
        "".join(secrets.choice(CODE_ALPHABET) for _ in range(4)) for _ in range(4)
    )
    return "-".join(groups)


class Certificate(models.Model):
    """Issued once per completed enrolment; what it says is fixed when issued."""

    wagtail_reference_index_ignore = True  # a record of what people did (see Order)

    enrolment = models.OneToOneField(
        Enrolment,
        verbose_name=_("enrolment"),
        on_delete=models.PROTECT,
        related_name="certificate",
    )
    code = models.CharField(
        _("verification code"),
        max_length=19,
        unique=True,
        default=new_certificate_code,
        editable=False,
    )
    learner_name = models.CharField(_("learner's name"), max_length=300)
    course_title = models.CharField(_("course"), max_length=300)
    promotion_name = models.CharField(_("promotion"), max_length=300)
    language = models.CharField(_("language"), max_length=10)
    issued_at = models.DateTimeField(_("issued at"), auto_now_add=True)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revocation_reason = models.TextField(_("reason for revocation"), blank=True)

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(revoked_at__isnull=True) | ~Q(revocation_reason=""),
                name="courses_certificate_revocation_has_reason",
            ),
        ]

    def __str__(self) -> str:
        return self.code

    @property
    def is_valid(self) -> bool:
        return self.revoked_at is None
