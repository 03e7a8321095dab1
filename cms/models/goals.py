"""The Agenda 2030 goals: one translatable taxonomy every module tags content with."""

from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import TranslatableMixin
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


class Goal(TranslatableMixin, index.Indexed, models.Model):
    """One of the 10 Agenda 2030 goals: the taxonomy every module tags content with."""

    number = models.PositiveSmallIntegerField(
        _("number"), validators=[MinValueValidator(1), MaxValueValidator(99)]
    )
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        help_text=_("The same in every language: it appears in shareable addresses."),
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

    panels = [
        FieldPanel("number"),
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel("short_text"),
        FieldRowPanel([FieldPanel("colour"), FieldPanel("icon")]),
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
        from django.urls import reverse

        return reverse("cms:goal_detail", kwargs={"slug": self.slug})
