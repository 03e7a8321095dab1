"""Good practices: what a port city did, shared so that others can do it too."""

import datetime

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from cms.blocks import BaseStreamBlock
from cms.models import Goal, GoalMeasure
from cms.models.images import image_field
from cms.models.listing import ListedPage, ListingPage


class Theme(models.TextChoices):
    """A practice's subject: a short fixed list, the same words in every language."""

    WATERFRONT = "waterfront", _("Waterfront and urban renewal")
    ENERGY = "energy", _("Energy transition")
    CLIMATE = "climate", _("Climate adaptation")
    MOBILITY = "mobility", _("Mobility and logistics")
    CULTURE = "culture", _("Port culture and citizens")
    NATURE = "nature", _("Biodiversity and water")
    JOBS = "jobs", _("Skills and jobs")
    GOVERNANCE = "governance", _("Governance and dialogue")


def current_year() -> int:
    return datetime.date.today().year


class GoodPracticeIndexPage(ListingPage):
    """The good practices of one language, filtered and paginated."""

    subpage_types = ["network.GoodPracticePage"]
    items_name = "practices"

    class Meta:
        verbose_name = _("good practices index")

    def get_filterset(self, params):
        from ..filters_practices import GoodPracticeFilter
        from ..selectors_practices import practices_queryset

        return GoodPracticeFilter(
            params or None, queryset=practices_queryset().child_of(self)
        )


class GoodPracticePage(ListedPage):
    """One practice of a port city, tagged with the goals and measures it serves."""

    port_city = models.CharField(_("port city"), max_length=120)
    country = CountryField(_("country"))
    year = models.PositiveSmallIntegerField(
        _("year"),
        default=current_year,
        validators=[MinValueValidator(1950), MaxValueValidator(2100)],
        db_index=True,
    )
    theme = models.CharField(
        _("theme"), max_length=20, choices=Theme.choices, db_index=True
    )
    hero_image = image_field(_("hero image"))
    summary = models.TextField(
        _("summary"),
        max_length=400,
        help_text=_("Shown in listings, on goal pages and in link previews."),
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)
    goals = ParentalManyToManyField(
        Goal, verbose_name=_("Agenda 2030 goals"), blank=True, related_name="+"
    )
    measures = ParentalManyToManyField(
        GoalMeasure,
        verbose_name=_("measures addressed"),
        blank=True,
        related_name="+",
    )
    contact_organisation = models.ForeignKey(
        "accounts.Organisation",
        verbose_name=_("contact organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Linked to its directory profile while it is a public member."),
    )

    content_panels = [
        *Page.content_panels,
        FieldRowPanel(
            [FieldPanel("port_city"), FieldPanel("country"), FieldPanel("year")]
        ),
        FieldPanel("theme"),
        FieldPanel("hero_image"),
        FieldPanel("summary"),
        FieldPanel("body"),
        InlinePanel("gallery_images", label=_("Gallery")),
        InlinePanel("documents", label=_("Documents")),
        MultiFieldPanel(
            [FieldPanel("goals"), FieldPanel("measures")],
            heading=_("Agenda 2030"),
        ),
        FieldPanel("contact_organisation"),
    ]

    search_fields = [
        *ListedPage.search_fields,
        index.SearchField("port_city"),
        index.FilterField("year"),
    ]

    parent_page_types = ["network.GoodPracticeIndexPage"]

    class Meta:
        verbose_name = _("good practice")
        verbose_name_plural = _("good practices")

    def get_context(self, request, *args, **kwargs):
        from ..selectors_practices import practice_details

        context = super().get_context(request, *args, **kwargs)
        context.update(practice_details(self))
        return context


class GoodPracticeGalleryImage(Orderable):
    page = ParentalKey(
        GoodPracticePage, on_delete=models.CASCADE, related_name="gallery_images"
    )
    image = models.ForeignKey(
        "cms.CustomImage",
        verbose_name=_("image"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    caption = models.CharField(_("caption"), max_length=250, blank=True)

    panels = [FieldPanel("image"), FieldPanel("caption")]


class GoodPracticeDocument(Orderable):
    page = ParentalKey(
        GoodPracticePage, on_delete=models.CASCADE, related_name="documents"
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("document")]
