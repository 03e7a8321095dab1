"""The Agenda 2030 goals: one translatable taxonomy every module tags content with."""

from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index

GOAL_ICONS = (
    ("shield", _("Shield")),
    ("bolt", _("Lightning bolt")),
    ("route", _("Route")),
    ("people", _("People")),
    ("graduate", _("Graduate cap")),
    ("anchor", _("Anchor")),
    ("leaf", _("Leaf")),
    ("interface", _("City and port")),
    ("heart", _("Heart")),
    ("fish", _("Fish")),
)


class GoalManager(models.Manager):
    def get_queryset(self):
        # A goal's address is in its language's words: its locale comes with it.
        return super().get_queryset().select_related("locale")


class Goal(TranslatableMixin, index.Indexed, ClusterableModel):
    """One of the 10 Agenda 2030 goals: the taxonomy every module tags content with."""

    number = models.PositiveSmallIntegerField(
        _("number"), validators=[MinValueValidator(1), MaxValueValidator(99)]
    )
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        help_text=_(
            "In this language's words: it appears in the goal's address and in "
            "filtered listings."
        ),
    )
    title = models.CharField(_("title"), max_length=120)
    short_text = models.TextField(_("short text"), max_length=300)
    colour = models.CharField(
        _("colour"),
        max_length=7,
        validators=[RegexValidator(r"^#[0-9a-fA-F]{6}$", _("Use the form #1f5f8b."))],
        help_text=_("Dark enough for white text (contrast 4.5:1)."),
    )
    icon = models.CharField(_("icon"), max_length=20, choices=GOAL_ICONS)

    objects = GoalManager()

    panels = [
        FieldPanel("number"),
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel("short_text"),
        FieldRowPanel([FieldPanel("colour"), FieldPanel("icon")]),
        InlinePanel("measures", heading=_("Measures"), label=_("Measure")),
    ]
    search_fields = [index.SearchField("title"), index.SearchField("short_text")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("Agenda 2030 goal")
        verbose_name_plural = _("Agenda 2030 goals")
        ordering = ["number"]
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "number"], name="cms_goal_unique_number"
            ),
            models.UniqueConstraint(
                fields=["locale", "slug"], name="cms_goal_unique_slug"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.number}. {self.title}"

    def get_absolute_url(self) -> str:
        with translation.override(self.locale.language_code):
            return reverse("cms:goal_detail", kwargs={"slug": self.slug})

    def translation_urls(self) -> dict[str, str]:
        """The address of this goal in each language, keyed by language code."""
        return {
            goal.locale.language_code: goal.get_absolute_url()
            for goal in self.get_translations(inclusive=True).select_related("locale")
        }


class GoalMeasure(TranslatableMixin, Orderable):
    """One of the goal's measures (the Agenda 2030 has 46): what members commit to do.

    A measure is translated with its goal and keeps its translation key across
    languages, so an assessment can refer to the same measure in every language.
    """

    goal = ParentalKey(Goal, on_delete=models.CASCADE, related_name="measures")
    number = models.PositiveSmallIntegerField(
        _("number"), validators=[MinValueValidator(1), MaxValueValidator(99)]
    )
    title = models.CharField(_("title"), max_length=120)
    text = models.TextField(_("text"), max_length=600, blank=True)

    panels = [FieldPanel("number"), FieldPanel("title"), FieldPanel("text")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order"]
        verbose_name = _("measure")
        verbose_name_plural = _("measures")
        constraints = [
            models.UniqueConstraint(
                fields=["goal", "number"], name="cms_goalmeasure_unique_number"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.goal.number}.{self.number} {self.title}"

    def save(self, *args, **kwargs):
        # A measure speaks its goal's language.
        self.locale_id = self.goal.locale_id
        super().save(*args, **kwargs)
