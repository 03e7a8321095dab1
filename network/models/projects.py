"""Cooperation projects: what AIVP runs with its partners, from start to results."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from cms.blocks import BaseStreamBlock
from cms.models import Goal
from cms.models.images import image_field
from cms.models.listing import ListedPage, ListingPage


class ProjectStatus(models.TextChoices):
    """Derived from the dates, never typed: it cannot go stale."""

    PLANNED = "planned", _("Planned")
    ONGOING = "ongoing", _("Ongoing")
    COMPLETED = "completed", _("Completed")


def status_on(start: datetime.date, end: datetime.date | None, day) -> str:
    if start > day:
        return ProjectStatus.PLANNED
    if end is not None and end < day:
        return ProjectStatus.COMPLETED
    return ProjectStatus.ONGOING


class ProjectIndexPage(ListingPage):
    """The cooperation projects of one language, filtered and paginated."""

    subpage_types = ["network.ProjectPage"]
    items_name = "projects"

    class Meta:
        verbose_name = _("cooperation projects index")

    def get_filterset(self, params):
        from ..filters_practices import ProjectFilter
        from ..selectors_practices import projects_queryset

        return ProjectFilter(
            params or None, queryset=projects_queryset().child_of(self)
        )


class ProjectPage(ListedPage):
    """A cooperation project: its dates, partners, funding, goals and results."""

    start_date = models.DateField(_("start date"), db_index=True)
    end_date = models.DateField(
        _("end date"), null=True, blank=True, help_text=_("Empty: open-ended.")
    )
    programme = models.CharField(
        _("funding programme"),
        max_length=120,
        blank=True,
        help_text=_("For example Interreg, Horizon Europe."),
    )
    hero_image = image_field(_("hero image"))
    summary = models.TextField(
        _("summary"),
        max_length=400,
        help_text=_("Shown in listings, on goal pages and in link previews."),
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)
    results = RichTextField(
        _("results"), blank=True, features=["bold", "italic", "link", "ul", "ol"]
    )
    partner_organisations = ParentalManyToManyField(
        "accounts.Organisation",
        verbose_name=_("member partners"),
        blank=True,
        related_name="+",
    )
    other_partners = models.TextField(
        _("other partners"),
        blank=True,
        max_length=1000,
        help_text=_("Partners that are not members: one per line."),
    )
    goals = ParentalManyToManyField(
        Goal, verbose_name=_("Agenda 2030 goals"), blank=True, related_name="+"
    )
    related_news = ParentalManyToManyField(
        "cms.NewsArticlePage",
        verbose_name=_("related news"),
        blank=True,
        related_name="+",
    )

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        FieldPanel("programme"),
        FieldPanel("hero_image"),
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("results"),
        MultiFieldPanel(
            [FieldPanel("partner_organisations"), FieldPanel("other_partners")],
            heading=_("Partners"),
        ),
        FieldPanel("goals"),
        FieldPanel("related_news"),
    ]

    search_fields = [
        *ListedPage.search_fields,
        index.SearchField("programme"),
        index.FilterField("start_date"),
    ]

    parent_page_types = ["network.ProjectIndexPage"]

    class Meta:
        verbose_name = _("cooperation project")
        verbose_name_plural = _("cooperation projects")

    def clean(self) -> None:
        super().clean()
        if self.end_date and self.start_date and self.end_date < self.start_date:
            raise ValidationError(
                {"end_date": _("A project cannot end before it starts.")}
            )

    @property
    def status(self) -> str:
        return status_on(self.start_date, self.end_date, timezone.localdate())

    def get_status_display(self) -> str:
        return ProjectStatus(self.status).label

    @property
    def other_partner_names(self) -> list[str]:
        return [
            line.strip() for line in self.other_partners.splitlines() if line.strip()
        ]

    def get_context(self, request, *args, **kwargs):
        from ..selectors_practices import project_details

        context = super().get_context(request, *args, **kwargs)
        context.update(project_details(self))
        return context
