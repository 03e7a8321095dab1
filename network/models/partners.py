"""AIVP's partners: institutions, programmes and media, shown on a page and in blocks.

A partner is one record (not one row per language): its description has a column per
language (core/i18n_fields.py), so a block that points to it shows it in every
language.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from cms.models import SitePage
from cms.models.images import image_field
from core.i18n_fields import Localized, language_panels


class PartnerKind(models.TextChoices):
    INSTITUTIONAL = "institutional", _("Institutional partners")
    PROGRAMME = "programme", _("Programmes and funders")
    ACADEMIC = "academic", _("Academic partners")
    MEDIA = "media", _("Media partners")


class PartnerQuerySet(models.QuerySet):
    def active(self) -> "PartnerQuerySet":
        return self.filter(active=True)


class Partner(models.Model):
    name = models.CharField(_("name"), max_length=160)
    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=PartnerKind.choices,
        default=PartnerKind.INSTITUTIONAL,
    )
    logo = image_field(_("logo"))
    url = models.URLField(_("link"), blank=True)
    description = models.TextField(
        _("description (French)"), max_length=400, blank=True
    )
    description_en = models.TextField(
        _("description (English)"), max_length=400, blank=True
    )
    description_es = models.TextField(
        _("description (Spanish)"), max_length=400, blank=True
    )
    order = models.PositiveSmallIntegerField(
        _("order"), default=100, help_text=_("Smaller numbers come first.")
    )
    active = models.BooleanField(
        _("active"), default=True, help_text=_("Untick to hide it everywhere.")
    )

    local_description = Localized("description")

    objects = PartnerQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("order"), FieldPanel("active")]),
        FieldPanel("logo"),
        FieldPanel("url"),
        *language_panels("description"),
    ]

    class Meta:
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        ordering = ["order", "name"]

    def __str__(self) -> str:
        return self.name


class PartnersPage(SitePage):
    """The partners of the network, grouped by kind (one page per language)."""

    introduction = RichTextField(
        _("introduction"), blank=True, features=["bold", "italic", "link"]
    )

    content_panels = [*Page.content_panels, FieldPanel("introduction")]

    parent_page_types = ["cms.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("partners page")

    def get_context(self, request, *args, **kwargs):
        from ..selectors_practices import partners_by_kind

        context = super().get_context(request, *args, **kwargs)
        context["groups"] = partners_by_kind()
        return context
