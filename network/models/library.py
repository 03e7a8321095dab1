"""The members' library: public teasers, files for members only."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page

from cms.models import SitePage
from cms.models.images import image_field

LIBRARY_COLLECTION = "Members' library"


class LibraryIndexPage(SitePage):
    """The library of one language: its items, newest first."""

    introduction = RichTextField(
        _("introduction"), blank=True, features=["bold", "italic", "link"]
    )

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["network.LibraryItemPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("members' library")

    def get_context(self, request, *args, **kwargs):
        from ..library import index_context

        context = super().get_context(request, *args, **kwargs)
        context.update(index_context(self, request))
        return context


class LibraryItemPage(RoutablePageMixin, SitePage):
    """A report, a recording or a study: its teaser is public, its file is not."""

    class Kind(models.TextChoices):
        BENCHMARKING = "benchmarking", _("Benchmarking report")
        MASTERCLASS = "masterclass", _("Masterclass recording")
        OPPORTUNITY_STUDY = "opportunity-study", _("Port Center opportunity study")

    kind = models.CharField(_("kind"), max_length=32, choices=Kind.choices)
    date = models.DateField(_("date"))
    summary = models.TextField(_("summary"), max_length=1000)
    cover = image_field(_("cover image"))
    goals = ParentalManyToManyField(
        "cms.Goal", verbose_name=_("Agenda 2030 goals"), blank=True, related_name="+"
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("file"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Upload it to the “Members' library” collection. Only members and "
            "staff can download it."
        ),
    )
    recording_url = models.URLField(
        _("recording link"),
        blank=True,
        help_text=_("For a recording: its address, shown to members only."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("kind"),
        FieldPanel("date"),
        FieldPanel("summary"),
        FieldPanel("cover"),
        FieldPanel("goals"),
        MultiFieldPanel(
            [FieldPanel("document"), FieldPanel("recording_url")],
            heading=_("For members only"),
        ),
    ]
    parent_page_types = ["network.LibraryIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("library item")

    def clean(self):
        super().clean()
        if not self.document_id and not self.recording_url:
            raise ValidationError(_("Give a file or a recording link."))

    @path("")
    def item(self, request):
        from django.template.response import TemplateResponse

        from ..library import item_context

        context = self.get_context(request)
        context.update(item_context(self, request))
        return TemplateResponse(request, "network/library_item_page.html", context)

    @path("download/")
    def download(self, request):
        from ..library import download_response

        return download_response(self, request)
