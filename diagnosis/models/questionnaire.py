"""The questionnaire, versioned: for each Agenda 2030 measure, one or more questions.

Editors prepare a version as a draft, publish it once, and it is then frozen: the
assessments that answered it keep meaning what they meant. The next version starts as
a copy of the last one; a question keeps its ``key`` from version to version, and only
questions with the same key are compared across years.
"""

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable

from core.i18n_fields import Localized

KEY = RegexValidator(r"^[a-z0-9][a-z0-9-]*$", _("Lowercase letters, digits and -."))


class Questionnaire(models.Model):
    class State(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")
        RETIRED = "retired", _("Retired")

    version = models.PositiveSmallIntegerField(_("version"), unique=True)
    title = models.CharField(_("title (French)"), max_length=200)
    title_en = models.CharField(_("title (English)"), max_length=200, blank=True)
    title_es = models.CharField(_("title (Spanish)"), max_length=200, blank=True)
    introduction = models.TextField(_("introduction (French)"), blank=True)
    introduction_en = models.TextField(_("introduction (English)"), blank=True)
    introduction_es = models.TextField(_("introduction (Spanish)"), blank=True)
    state = models.CharField(
        _("state"), max_length=20, choices=State.choices, default=State.DRAFT
    )
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    copied_from = models.ForeignKey(
        "self",
        verbose_name=_("copied from"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    local_title = Localized("title")
    local_introduction = Localized("introduction")

    class Meta:
        verbose_name = _("questionnaire")
        verbose_name_plural = _("questionnaires")
        ordering = ["-version"]
        constraints = [
            models.CheckConstraint(
                condition=Q(state__in=["draft", "published", "retired"]),
                name="diagnosis_questionnaire_state_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"v{self.version} · {self.local_title}"

    @property
    def is_frozen(self) -> bool:
        return self.state != self.State.DRAFT


class Question(ClusterableModel):
    """One question about one measure: a maturity scale, a choice or a number."""

    class Kind(models.TextChoices):
        SCALE = "scale", _("Maturity scale")
        CHOICE = "choice", _("Yes / in progress / no")
        NUMBER = "number", _("Number")

    questionnaire = models.ForeignKey(
        Questionnaire,
        verbose_name=_("questionnaire"),
        on_delete=models.CASCADE,
        related_name="questions",
    )
    measure = models.ForeignKey(
        "cms.GoalMeasure",
        verbose_name=_("measure"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("The measure in French; its translations follow."),
    )
    key = models.CharField(
        _("key"),
        max_length=50,
        validators=[KEY],
        help_text=_(
            "Kept from one version to the next: answers to questions with the same "
            "key are compared across years."
        ),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    text = models.CharField(_("question (French)"), max_length=300)
    text_en = models.CharField(_("question (English)"), max_length=300, blank=True)
    text_es = models.CharField(_("question (Spanish)"), max_length=300, blank=True)
    guidance = models.TextField(_("guidance (French)"), blank=True)
    guidance_en = models.TextField(_("guidance (English)"), blank=True)
    guidance_es = models.TextField(_("guidance (Spanish)"), blank=True)
    unit = models.CharField(_("unit (French)"), max_length=40, blank=True)
    unit_en = models.CharField(_("unit (English)"), max_length=40, blank=True)
    unit_es = models.CharField(_("unit (Spanish)"), max_length=40, blank=True)
    target = models.DecimalField(
        _("value scoring 100"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
    )
    worst = models.DecimalField(
        _("value scoring 0"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("A number is scored on a straight line between these two."),
    )
    asks_evidence = models.BooleanField(
        _("asks for evidence"),
        default=False,
        help_text=_("A note or a link showing the answer (a plan, a report…)."),
    )

    local_text = Localized("text")
    local_guidance = Localized("guidance")
    local_unit = Localized("unit")

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["questionnaire", "sort_order", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["questionnaire", "key"], name="diagnosis_question_key_unique"
            ),
            models.CheckConstraint(
                condition=Q(kind__in=["scale", "choice", "number"]),
                name="diagnosis_question_kind_valid",
            ),
            models.CheckConstraint(
                condition=~Q(kind="number")
                | (
                    Q(target__isnull=False)
                    & Q(worst__isnull=False)
                    & ~Q(target=models.F("worst"))
                ),
                name="diagnosis_question_number_scored",
            ),
        ]

    def __str__(self) -> str:
        return self.local_text

    def clean(self):
        if self.kind == self.Kind.NUMBER and (
            self.target is None or self.worst is None or self.target == self.worst
        ):
            raise ValidationError(
                _("A number needs a value scoring 100 and a different one scoring 0.")
            )


class Level(Orderable):
    """One step of a maturity scale, described: 0 is the first, the last scores 100."""

    question = ParentalKey(Question, on_delete=models.CASCADE, related_name="levels")
    description = models.CharField(_("description (French)"), max_length=300)
    description_en = models.CharField(
        _("description (English)"), max_length=300, blank=True
    )
    description_es = models.CharField(
        _("description (Spanish)"), max_length=300, blank=True
    )

    local_description = Localized("description")

    class Meta(Orderable.Meta):
        verbose_name = _("level")
        verbose_name_plural = _("levels")
