"""The jury's work: an entry assigned to a juror in a round, and the juror's marks.

Before opening an entry a juror declares that they have no conflict of interest, or
declares one (the entry then goes to another juror). Obvious conflicts (the juror
belongs to the entering organisation, or to one in the same city) are flagged when
the assignment is made. A review is a draft until the juror submits it; a submitted
review is final.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Assignment(models.Model):
    """One entry for one juror in one round, and the juror's review of it."""

    class Conflict(models.TextChoices):
        UNDECLARED = "undeclared", _("Not declared yet")
        NONE = "none", _("No conflict of interest")
        DECLARED = "declared", _("Conflict of interest declared")

    class Review(models.TextChoices):
        PENDING = "pending", _("Not started")
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Submitted")

    class Flag(models.TextChoices):
        NONE = "", _("None")
        ORGANISATION = "organisation", _("Juror belongs to the entering organisation")
        CITY = "city", _("Juror's organisation is in the same city")

    round = models.ForeignKey(
        "awards.Round",
        verbose_name=_("round"),
        on_delete=models.CASCADE,
        related_name="assignments",
    )
    entry = models.ForeignKey(
        "awards.Entry",
        verbose_name=_("entry"),
        on_delete=models.CASCADE,
        related_name="assignments",
    )
    juror = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("juror"),
        on_delete=models.PROTECT,
        related_name="prize_assignments",
    )
    flag = models.CharField(
        _("possible conflict"), max_length=20, choices=Flag.choices, blank=True
    )
    conflict = models.CharField(
        _("conflict of interest"),
        max_length=20,
        choices=Conflict.choices,
        default=Conflict.UNDECLARED,
    )
    conflict_note = models.TextField(_("conflict explained"), blank=True)
    declared_at = models.DateTimeField(_("declared at"), null=True, blank=True)
    review = models.CharField(
        _("review"), max_length=20, choices=Review.choices, default=Review.PENDING
    )
    comment = models.TextField(_("overall comment"), blank=True, max_length=5000)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    created_at = models.DateTimeField(_("assigned at"), auto_now_add=True)

    class Meta:
        verbose_name = _("jury assignment")
        verbose_name_plural = _("jury assignments")
        ordering = ["round", "entry__reference", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["round", "entry", "juror"], name="awards_assignment_once"
            ),
            models.CheckConstraint(
                condition=Q(conflict__in=["undeclared", "none", "declared"]),
                name="awards_assignment_conflict_valid",
            ),
            models.CheckConstraint(
                condition=Q(review__in=["pending", "draft", "submitted"]),
                name="awards_assignment_review_valid",
            ),
            models.CheckConstraint(
                condition=~Q(review="submitted") | Q(conflict="none"),
                name="awards_assignment_submitted_without_conflict",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.entry.reference} – {self.juror}"

    @property
    def is_active(self) -> bool:
        """Counts towards the entry's reviews: not set aside for a conflict."""
        return self.conflict != self.Conflict.DECLARED


class Score(models.Model):
    """A juror's mark for one criterion, with the comment that explains it."""

    assignment = models.ForeignKey(
        Assignment, on_delete=models.CASCADE, related_name="scores"
    )
    criterion = models.ForeignKey(
        "awards.Criterion",
        verbose_name=_("criterion"),
        on_delete=models.CASCADE,
        related_name="scores",
    )
    value = models.PositiveSmallIntegerField(_("mark"))
    comment = models.TextField(_("comment"), blank=True, max_length=3000)

    class Meta:
        verbose_name = _("score")
        verbose_name_plural = _("scores")
        constraints = [
            models.UniqueConstraint(
                fields=["assignment", "criterion"], name="awards_score_once"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.criterion}: {self.value}"
