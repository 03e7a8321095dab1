"""The newsroom, its articles, their authors, tags and categories."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from ..blocks import BaseStreamBlock
from .goals import Goal
from .images import image_field
from .listing import ListedPage, ListingPage


class NewsCategory(TranslatableMixin, models.Model):
    """An editorial section of the news (highlights, opinions, network life)."""

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=80)

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("news category")
        verbose_name_plural = _("news categories")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="cms_newscategory_unique_slug"
            )
        ]

    def __str__(self) -> str:
        return self.name


class NewsIndexPage(ListingPage):
    """The newsroom: every article of one language, filtered and paginated."""

    subpage_types = ["cms.NewsArticlePage"]
    items_name = "articles"
    card_part = "news-card"

    class Meta:
        verbose_name = _("news index page")

    def get_filterset(self, params):
        from ..filters import NewsFilter
        from ..selectors import news_queryset

        # No filter chosen: an unbound form, which shows no errors.
        return NewsFilter(params or None, queryset=news_queryset().child_of(self))


class NewsArticleTag(TaggedItemBase):
    content_object = ParentalKey(
        "cms.NewsArticlePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class NewsArticlePage(ListedPage):
    """A news article, opinion or announcement published by the network."""

    date = models.DateField(_("date"), default=datetime.date.today, db_index=True)
    hero_image = image_field(_("hero image"))
    summary = models.TextField(
        _("summary"),
        max_length=400,
        help_text=_("Shown in listings, feeds and link previews."),
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)
    categories = ParentalManyToManyField(
        NewsCategory, verbose_name=_("categories"), blank=True, related_name="+"
    )
    goals = ParentalManyToManyField(
        Goal, verbose_name=_("Agenda 2030 goals"), blank=True, related_name="+"
    )
    tags = ClusterTaggableManager(
        verbose_name=_("tags"), through=NewsArticleTag, blank=True
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        InlinePanel("authors", label=_("Authors")),
        FieldPanel("hero_image"),
        FieldPanel("summary"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("categories"), FieldPanel("goals"), FieldPanel("tags")],
            heading=_("Classification"),
        ),
    ]

    search_fields = [*ListedPage.search_fields, index.FilterField("date")]

    parent_page_types = ["cms.NewsIndexPage"]

    class Meta:
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")

    def clean(self) -> None:
        super().clean()
        if self.hero_image_id and not self.hero_image.description:
            raise ValidationError(
                {
                    "hero_image": _(
                        "This image has no alternative text: add a description to "
                        "the image first."
                    )
                }
            )


class NewsArticleAuthor(Orderable):
    """Who signed an article (a name, not an account: guests write too)."""

    page = ParentalKey(
        NewsArticlePage, on_delete=models.CASCADE, related_name="authors"
    )
    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(_("role"), max_length=160, blank=True)

    panels = [FieldPanel("name"), FieldPanel("role")]

    class Meta(Orderable.Meta):
        verbose_name = _("author")

    def __str__(self) -> str:
        return self.name
