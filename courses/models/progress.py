"""What a learner did: lessons done, quiz attempts, packaged activity results.

Rows name lessons by their ``translation_key`` so that progress follows the learner
from one language to another.
"""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .enrolments import Enrolment


class LessonProgress(models.Model):
    """A learner's state in one lesson: done, and what its package reported."""

    wagtail_reference_index_ignore = True  # a record of what people did (see Order)

    enrolment = models.ForeignKey(
        Enrolment,
        verbose_name=_("enrolment"),
        on_delete=models.CASCADE,
        related_name="progress",
    )
    lesson_key = models.UUIDField(_("lesson"))
    done_at = models.DateTimeField(_("done at"), null=True, blank=True)
    # What a SCORM package reported (cmi.core.lesson_status, cmi.completion_status…).
    completion_status = models.CharField(_("completion"), max_length=20, blank=True)
    success_status = models.CharField(_("success"), max_length=20, blank=True)
    score = models.DecimalField(
        _("score (%)"), max_digits=5, decimal_places=2, null=True, blank=True
    )
    runtime_data = models.JSONField(_("runtime data"), default=dict, blank=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("lesson progress")
        verbose_name_plural = _("lesson progress")
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "lesson_key"], name="courses_progress_once"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.enrolment} – {self.lesson_key}"


class QuizAttempt(models.Model):
    """One submission of a lesson's quiz, marked on the server."""

    wagtail_reference_index_ignore = True  # a record of what people did (see Order)

    enrolment = models.ForeignKey(
        Enrolment,
        verbose_name=_("enrolment"),
        on_delete=models.CASCADE,
        related_name="quiz_attempts",
    )
    lesson_key = models.UUIDField(_("lesson"))
    answers = models.JSONField(_("answers"), default=dict)
    score = models.DecimalField(_("score (%)"), max_digits=5, decimal_places=2)
    passed = models.BooleanField(_("passed"))
    created_at = models.DateTimeField(_("submitted at"), auto_now_add=True)

    class Meta:
        verbose_name = _("quiz attempt")
        verbose_name_plural = _("quiz attempts")
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["enrolment", "lesson_key"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(score__gte=0, score__lte=100),
                name="courses_attempt_score_range",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.enrolment} – {self.score} %"


class ReminderSent(models.Model):
    """A reminder already sent to a learner, so that it is never sent twice."""

    wagtail_reference_index_ignore = True  # a record of what people did (see Order)

    class Kind(models.TextChoices):
        MODULE_RELEASED = "module_released", _("Module released")
        DUE_SOON = "due_soon", _("Due date in 3 days")
        INACTIVE = "inactive", _("Inactive for 14 days")
        ENDING = "ending", _("Promotion ending")

    enrolment = models.ForeignKey(
        Enrolment,
        verbose_name=_("enrolment"),
        on_delete=models.CASCADE,
        related_name="reminders",
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    key = models.CharField(
        _("about"),
        max_length=64,
        blank=True,
        help_text=_("What the reminder was about: a module, a date."),
    )
    sent_at = models.DateTimeField(_("sent at"), auto_now_add=True)

    class Meta:
        verbose_name = _("reminder sent")
        verbose_name_plural = _("reminders sent")
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "kind", "key"], name="courses_reminder_once"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.enrolment} – {self.kind}"
