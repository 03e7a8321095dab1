"""Working groups: one index per language, a page per group."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page

from cms.models import SitePage

TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "ol", "ul", "document-link"]


class WorkingGroupIndexPage(SitePage):
    """The working groups of one language."""

    introduction = RichTextField(
        _("introduction"), blank=True, features=["bold", "italic", "link"]
    )

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["network.WorkingGroupPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("working groups index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["groups"] = (
            WorkingGroupPage.objects.child_of(self).live().specific().order_by("title")
        )
        return context


class WorkingGroupPage(SitePage):
    """A working group: its purpose, members, meetings, documents and a part for
    its members only."""

    purpose = RichTextField(_("purpose"), blank=True, features=TEXT_FEATURES)
    members = ParentalManyToManyField(
        "accounts.Organisation",
        verbose_name=_("member organisations"),
        related_name="working_groups",
        blank=True,
    )
    members_text = RichTextField(
        _("members-only text"),
        blank=True,
        features=TEXT_FEATURES,
        help_text=_("Shown only to people of the group's organisations and staff."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("purpose"),
        FieldPanel("members"),
        InlinePanel("meetings", label=_("Meetings (events of the agenda)")),
        InlinePanel("documents", label=_("Public documents")),
        MultiFieldPanel(
            [
                FieldPanel("members_text"),
                InlinePanel("private_documents", label=_("Members-only documents")),
            ],
            heading=_("Members-only part"),
        ),
    ]
    parent_page_types = ["network.WorkingGroupIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("working group")

    def get_context(self, request, *args, **kwargs):
        from ..groups import group_context

        context = super().get_context(request, *args, **kwargs)
        context.update(group_context(self, request))
        return context


class WorkingGroupMeeting(Orderable):
    """An event of the agenda where the group meets (the link lives on this side, so
    the agenda's models stay as they are)."""

    page = ParentalKey(
        WorkingGroupPage, on_delete=models.CASCADE, related_name="meetings"
    )
    event = models.ForeignKey(
        "cms.EventPage",
        verbose_name=_("event"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("event")]


class WorkingGroupDocument(Orderable):
    page = ParentalKey(
        WorkingGroupPage, on_delete=models.CASCADE, related_name="documents"
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("document")]


class WorkingGroupPrivateDocument(Orderable):
    """A document for the group's members only: Wagtail's /documents/ address
    refuses it to anyone else (network/hooks/groups.py)."""

    page = ParentalKey(
        WorkingGroupPage, on_delete=models.CASCADE, related_name="private_documents"
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("document")]
