"""An expert's review of a submitted assessment: SWOT, top five priorities, advice.

Staff (or the reviewers they appoint, by adding them to the "Self-diagnosis
reviewers" group) write it in the admin; the organisation sees it with its results
and in the PDF once it is published.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

PRIORITIES = 5


class ExpertReview(models.Model):
    class State(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published to the organisation")

    assessment = models.OneToOneField(
        "diagnosis.Assessment",
        verbose_name=_("assessment"),
        on_delete=models.CASCADE,
        related_name="review",
        limit_choices_to={"state": "submitted"},
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    strengths = models.TextField(_("strengths"), blank=True)
    weaknesses = models.TextField(_("weaknesses"), blank=True)
    opportunities = models.TextField(_("opportunities"), blank=True)
    threats = models.TextField(_("threats"), blank=True)
    priority_1 = models.CharField(_("priority 1"), max_length=300, blank=True)
    priority_2 = models.CharField(_("priority 2"), max_length=300, blank=True)
    priority_3 = models.CharField(_("priority 3"), max_length=300, blank=True)
    priority_4 = models.CharField(_("priority 4"), max_length=300, blank=True)
    priority_5 = models.CharField(_("priority 5"), max_length=300, blank=True)
    advice = models.TextField(_("advice"), blank=True)
    state = models.CharField(
        _("state"), max_length=20, choices=State.choices, default=State.DRAFT
    )
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("expert review")
        verbose_name_plural = _("expert reviews")
        ordering = ["-updated_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(state__in=["draft", "published"]),
                name="diagnosis_review_state_valid",
            ),
        ]

    def __str__(self) -> str:
        return str(self.assessment)

    def save(self, *args, **kwargs):
        if self.is_published and self.published_at is None:
            self.published_at = timezone.now()
        super().save(*args, **kwargs)

    @property
    def priorities(self) -> list[str]:
        return [
            text
            for text in (getattr(self, f"priority_{n}") for n in range(1, 6))
            if text.strip()
        ]

    @property
    def is_published(self) -> bool:
        return self.state == self.State.PUBLISHED
