"""An organisation's assessment of one year, its answers and its contributors.

Answers are saved goal by goal. Each goal's ``Section`` carries a version number
that every save checks and raises: two people editing the same goal never silently
overwrite each other. Submitting locks the assessment and stores its scores (per goal
and overall) so the network's figures are read from rows, not recomputed.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Contributor(models.Model):
    """A colleague the primary contact lets fill in the organisation's assessments."""

    organisation = models.ForeignKey(
        "accounts.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="diagnosis_contributors",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="diagnosis_contributions",
    )
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("granted by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    granted_at = models.DateTimeField(_("granted"), auto_now_add=True)

    class Meta:
        verbose_name = _("contributor")
        verbose_name_plural = _("contributors")
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "user"], name="diagnosis_contributor_unique"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.organisation}"


class Assessment(models.Model):
    class State(models.TextChoices):
        DRAFT = "draft", _("In progress")
        SUBMITTED = "submitted", _("Submitted")

    organisation = models.ForeignKey(
        "accounts.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="assessments",
    )
    year = models.PositiveSmallIntegerField(_("year"))
    questionnaire = models.ForeignKey(
        "diagnosis.Questionnaire",
        verbose_name=_("questionnaire"),
        on_delete=models.PROTECT,
        related_name="assessments",
    )
    state = models.CharField(
        _("state"), max_length=20, choices=State.choices, default=State.DRAFT
    )
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("started by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("started"), auto_now_add=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("submitted by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    score = models.DecimalField(
        _("overall score"), max_digits=5, decimal_places=2, null=True, blank=True
    )
    show_status = models.BooleanField(
        _("show the status on the directory"),
        default=False,
        help_text=_(
            "“Agenda 2030 self-assessed” and the year, on the organisation's profile "
            "and the map, while the assessment is current."
        ),
    )

    class Meta:
        verbose_name = _("assessment")
        verbose_name_plural = _("assessments")
        ordering = ["-year", "organisation__name"]
        permissions = [("reopen_assessment", _("Can reopen a submitted assessment"))]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "year"], name="diagnosis_assessment_one_a_year"
            ),
            models.CheckConstraint(
                condition=Q(state__in=["draft", "submitted"]),
                name="diagnosis_assessment_state_valid",
            ),
            models.CheckConstraint(
                condition=Q(state="draft") | Q(submitted_at__isnull=False),
                name="diagnosis_assessment_submitted_has_date",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.organisation.name} · {self.year}"

    @property
    def is_submitted(self) -> bool:
        return self.state == self.State.SUBMITTED


class Section(models.Model):
    """One goal of one assessment: who saved it last, and its version for locking."""

    assessment = models.ForeignKey(
        Assessment,
        verbose_name=_("assessment"),
        on_delete=models.CASCADE,
        related_name="sections",
    )
    goal_number = models.PositiveSmallIntegerField(_("goal"))
    version = models.PositiveIntegerField(_("version"), default=0)
    updated_at = models.DateTimeField(_("updated"), null=True, blank=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("updated by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    score = models.DecimalField(
        _("score"), max_digits=5, decimal_places=2, null=True, blank=True
    )

    class Meta:
        verbose_name = _("goal section")
        verbose_name_plural = _("goal sections")
        ordering = ["assessment", "goal_number"]
        constraints = [
            models.UniqueConstraint(
                fields=["assessment", "goal_number"],
                name="diagnosis_section_one_per_goal",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.assessment} · {self.goal_number}"


class Answer(models.Model):
    class Choice(models.TextChoices):
        YES = "yes", _("Yes")
        IN_PROGRESS = "in_progress", _("In progress")
        NO = "no", _("No")

    assessment = models.ForeignKey(
        Assessment,
        verbose_name=_("assessment"),
        on_delete=models.CASCADE,
        related_name="answers",
    )
    question = models.ForeignKey(
        "diagnosis.Question",
        verbose_name=_("question"),
        on_delete=models.PROTECT,
        related_name="answers",
    )
    level = models.PositiveSmallIntegerField(_("level"), null=True, blank=True)
    choice = models.CharField(
        _("answer"), max_length=20, choices=Choice.choices, blank=True
    )
    number = models.DecimalField(
        _("number"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    evidence = models.TextField(_("evidence"), max_length=2000, blank=True)

    class Meta:
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        constraints = [
            models.UniqueConstraint(
                fields=["assessment", "question"], name="diagnosis_answer_unique"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.assessment} · {self.question_id}"

    @property
    def is_given(self) -> bool:
        return self.level is not None or bool(self.choice) or self.number is not None
