"""A learner's place in a promotion, and the invitations staff send."""

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .promotions import Promotion


def new_token() -> str:
    return secrets.token_urlsafe(32)


class Enrolment(models.Model):
    """One learner in one promotion, from application to completion."""

    wagtail_reference_index_ignore = True  # a record of what people did (see Order)

    class State(models.TextChoices):
        APPLIED = "applied", _("Applied")
        ACCEPTED = "accepted", _("Accepted")
        WAITLISTED = "waitlisted", _("On the waiting list")
        REJECTED = "rejected", _("Not accepted")
        ENROLLED = "enrolled", _("Enrolled")
        COMPLETED = "completed", _("Completed")
        WITHDRAWN = "withdrawn", _("Withdrawn")
        NOT_COMPLETED = "not_completed", _("Not completed")

    # The states that hold one of the promotion's places.
    HOLDS_PLACE = ("accepted", "enrolled", "completed", "not_completed")
    # The states whose learner may read the lessons of a running promotion.
    LEARNING = ("enrolled", "completed", "not_completed")

    promotion = models.ForeignKey(
        Promotion,
        verbose_name=_("promotion"),
        on_delete=models.PROTECT,
        related_name="enrolments",
    )
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.PROTECT,
        related_name="enrolments",
    )
    state = models.CharField(_("state"), max_length=20, choices=State.choices)
    answers = models.JSONField(
        _("application answers"),
        default=dict,
        blank=True,
        help_text=_("The answers to the promotion's questions, by question."),
    )
    order = models.ForeignKey(
        "ticketing.Order",
        verbose_name=_("order"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="enrolments",
        help_text=_("The order that pays for a paid place."),
    )
    calendar_token = models.CharField(
        _("calendar token"), max_length=64, unique=True, default=new_token
    )
    last_lesson_key = models.UUIDField(_("last lesson"), null=True, blank=True)
    last_activity_at = models.DateTimeField(_("last activity"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    enrolled_at = models.DateTimeField(_("enrolled at"), null=True, blank=True)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        ordering = ["promotion", "created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["promotion", "learner"], name="courses_enrolment_once"
            ),
            models.CheckConstraint(
                condition=Q(
                    state__in=[
                        "applied",
                        "accepted",
                        "waitlisted",
                        "rejected",
                        "enrolled",
                        "completed",
                        "withdrawn",
                        "not_completed",
                    ]
                ),
                name="courses_enrolment_state_valid",
            ),
            models.CheckConstraint(
                condition=~Q(state="completed") | Q(completed_at__isnull=False),
                name="courses_enrolment_completed_has_date",
            ),
        ]
        indexes = [models.Index(fields=["promotion", "state"])]

    def __str__(self) -> str:
        return f"{self.learner} – {self.promotion}"

    @property
    def is_learning(self) -> bool:
        return self.state in self.LEARNING


class Invitation(models.Model):
    """Staff invite someone by e-mail to a promotion, even outside its window."""

    promotion = models.ForeignKey(
        Promotion,
        verbose_name=_("promotion"),
        on_delete=models.CASCADE,
        related_name="invitations",
    )
    email = models.EmailField(_("e-mail"))
    token = models.CharField(max_length=64, unique=True, default=new_token)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("invited by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("sent at"), auto_now_add=True)
    accepted_at = models.DateTimeField(_("accepted at"), null=True, blank=True)
    enrolment = models.ForeignKey(
        Enrolment,
        verbose_name=_("enrolment"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.email
