"""The prize on the public site: its page, and one page per edition.

Pages are translated with wagtail-localize. Each edition's page shows the call
while it is open and the winners once they are announced; the state, dates and
criteria belong to the edition record it points to, the same in every language.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from cms.models import SitePage
from cms.models.images import image_field

TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "h3"]


class PrizePage(SitePage):
    """The Antoine Rufenacht Prize: what it rewards, its history, its past winners."""

    introduction = models.TextField(_("introduction"), max_length=600)
    hero_image = image_field(_("hero image"))
    history = RichTextField(_("history"), features=TEXT_FEATURES, blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        FieldPanel("hero_image"),
        FieldPanel("history"),
    ]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["awards.PrizeEditionPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("prize page")

    def get_context(self, request, *args, **kwargs):
        from ..selectors import prize_context

        context = super().get_context(request, *args, **kwargs)
        context.update(prize_context(self, request))
        return context


class PrizeEditionPage(SitePage):
    """One edition: its rules and eligibility, then its call or its winners."""

    edition = models.ForeignKey(
        "awards.Edition",
        verbose_name=_("edition"),
        on_delete=models.PROTECT,
        related_name="pages",
    )
    introduction = models.TextField(_("introduction"), max_length=600)
    hero_image = image_field(_("hero image"))
    rules = RichTextField(_("rules"), features=TEXT_FEATURES, blank=True)
    eligibility = RichTextField(_("eligibility"), features=TEXT_FEATURES, blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("edition"),
        FieldPanel("introduction"),
        FieldPanel("hero_image"),
        FieldPanel("eligibility"),
        FieldPanel("rules"),
    ]
    parent_page_types = ["awards.PrizePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("prize edition page")

    def get_context(self, request, *args, **kwargs):
        from ..selectors import edition_context

        context = super().get_context(request, *args, **kwargs)
        context.update(edition_context(self, request))
        return context
