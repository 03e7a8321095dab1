"""The home page and the general content pages."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from ..blocks import BaseStreamBlock, PromoStreamBlock
from .base import SitePage
from .images import image_field


class HomePage(SitePage):
    """The front door of the site, one per language."""

    hero_title = models.CharField(_("hero title"), max_length=160)
    hero_text = models.TextField(_("hero text"), blank=True)
    hero_image = image_field(_("hero image"))
    hero_link = models.ForeignKey(
        Page,
        verbose_name=_("hero link"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_link_label = models.CharField(_("hero link label"), max_length=60, blank=True)
    featured_news = models.ForeignKey(
        "cms.NewsArticlePage",
        verbose_name=_("featured article"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown first; the latest articles follow."),
    )
    promotions = StreamField(
        PromoStreamBlock(),
        verbose_name=_("promoted items"),
        blank=True,
        help_text=_("The world conference, the course, the prize…"),
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("hero_title"),
                FieldPanel("hero_text"),
                FieldPanel("hero_image"),
                FieldPanel("hero_link"),
                FieldPanel("hero_link_label"),
            ],
            heading=_("Hero"),
        ),
        FieldPanel("featured_news"),
        FieldPanel("promotions"),
        FieldPanel("body"),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("hero_text"),
        index.SearchField("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")

    @property
    def localized(self):
        """The live home page in the active language, or this one (as Wagtail's),
        from the homes remembered until content changes."""
        from ..routing import current_language, localized_homes

        return localized_homes(self).get(current_language(), self)

    def route(self, request, path_components):
        from ..routing import route_down

        return route_down(self, request, path_components)

    def get_context(self, request, *args, **kwargs):
        from ..selectors import home_body

        context = super().get_context(request, *args, **kwargs)
        context["home_body"] = home_body(request, home=self, context=context)
        return context


class StandardPage(SitePage):
    """A general content page: about the network, governance, membership, FAQ."""

    introduction = models.TextField(_("introduction"), blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        FieldPanel("body"),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = _("standard page")
