"""Joining the network: the join page, campaigns and the applications it receives."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.contrib.typed_table_block.blocks import TypedTableBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Page

from accounts.models import Organisation
from cms.models import SitePage

UTM_MAX_LENGTH = 100


class Campaign(models.Model):
    """A recruitment campaign: its landing pages and applications are counted."""

    code = models.SlugField(_("code"), max_length=50, unique=True)
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    active = models.BooleanField(_("active"), default=True)

    class Meta:
        verbose_name = _("campaign")
        verbose_name_plural = _("campaigns")
        ordering = ["code"]

    def __str__(self) -> str:
        return self.name


class BenefitBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=120)
    text = blocks.TextBlock(label=_("text"))
    image = ImageChooserBlock(label=_("icon or image"), required=False)

    class Meta:
        icon = "pick"
        label = _("benefit")
        template = "network/joining/benefit_block.html"


class CategoryBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("category name"), max_length=120)
    audience = blocks.TextBlock(label=_("who it is for"))
    includes = blocks.TextBlock(label=_("what it includes"))

    class Meta:
        icon = "group"
        label = _("member category")
        template = "network/joining/category_block.html"


class FeeTableBlock(blocks.StructBlock):
    caption = blocks.CharBlock(label=_("caption"), max_length=200)
    table = TypedTableBlock(
        [
            ("text", blocks.CharBlock(label=_("text"))),
            ("numeric", blocks.CharBlock(label=_("amount"))),
        ],
        label=_("table"),
    )

    class Meta:
        icon = "table"
        label = _("fee grid")
        template = "network/joining/fee_table_block.html"


class ApplicationFormPage(RoutablePageMixin, SitePage):
    """What the join page and the campaign pages share: the form and its routes."""

    thank_you_text = models.TextField(_("thank-you text"), blank=True, max_length=500)

    class Meta:
        abstract = True

    def join_page(self):
        return self

    def campaign_for(self, request):
        return None

    @path("")
    def application(self, request):
        from ..joining import application_view

        return application_view(self, request)

    @path("invitation/")
    def invitation(self, request):
        from ..joining import invitation_view

        # In the query string: Wagtail's page addresses take no ":" in a path.
        return invitation_view(self, request, request.GET.get("token", "")[:500])


class JoinPage(ApplicationFormPage):
    """ "Join the network": why, who, how much, then the application form."""

    introduction = RichTextField(
        _("introduction"), blank=True, features=["bold", "italic", "link"]
    )
    benefits = StreamField(
        [("benefit", BenefitBlock())], blank=True, verbose_name=_("benefits")
    )
    categories = StreamField(
        [("category", CategoryBlock())],
        blank=True,
        verbose_name=_("member categories"),
    )
    fees = StreamField(
        [("fees", FeeTableBlock())], blank=True, max_num=1, verbose_name=_("fees")
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        FieldPanel("benefits"),
        FieldPanel("categories"),
        FieldPanel("fees"),
        FieldPanel("thank_you_text"),
    ]

    parent_page_types = ["cms.HomePage"]
    subpage_types = ["network.CampaignPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("join page")

    def campaign_for(self, request):
        code = request.GET.get("campaign", "")[:50]
        if not code:
            return None
        return Campaign.objects.filter(code=code, active=True).first()


class CampaignPage(ApplicationFormPage):
    """A landing page of a campaign, with its own hero text and the same form."""

    campaign = models.ForeignKey(
        Campaign,
        verbose_name=_("campaign"),
        on_delete=models.PROTECT,
        related_name="pages",
    )
    hero_text = RichTextField(
        _("hero text"), blank=True, features=["bold", "italic", "link"]
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("campaign"),
        FieldPanel("hero_text"),
        FieldPanel("thank_you_text"),
    ]

    parent_page_types = ["network.JoinPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("campaign page")

    def campaign_for(self, request):
        return self.campaign


class MembershipApplication(models.Model):
    """An organisation asks to join; staff follow it from new to a decision."""

    class Status(models.TextChoices):
        NEW = "new", _("New")
        CONTACTED = "contacted", _("Contacted")
        APPROVED = "approved", _("Approved")
        DECLINED = "declined", _("Declined")
        WITHDRAWN = "withdrawn", _("Withdrawn")
        DUPLICATE = "duplicate", _("Duplicate")

    OPEN = (Status.NEW, Status.CONTACTED)

    organisation_name = models.CharField(_("organisation name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=Organisation.Kind.choices)
    country = CountryField(_("country"))
    city = models.CharField(_("city"), max_length=100)
    website = models.URLField(_("website"), blank=True)
    contact_name = models.CharField(_("contact person"), max_length=200)
    contact_role = models.CharField(_("role"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail"))
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    message = models.TextField(_("message"), max_length=3000, blank=True)
    language = models.CharField(
        _("language"), max_length=10, choices=settings.LANGUAGES, default="fr"
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.NEW
    )
    campaign = models.ForeignKey(
        Campaign,
        verbose_name=_("campaign"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="applications",
    )
    utm_source = models.CharField(
        _("UTM source"), max_length=UTM_MAX_LENGTH, blank=True
    )
    utm_medium = models.CharField(
        _("UTM medium"), max_length=UTM_MAX_LENGTH, blank=True
    )
    utm_campaign = models.CharField(
        _("UTM campaign"), max_length=UTM_MAX_LENGTH, blank=True
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("member organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="applications",
    )
    submitted_at = models.DateTimeField(_("submitted"), default=timezone.now)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    invited_at = models.DateTimeField(_("invited"), null=True, blank=True)
    invitation_accepted_at = models.DateTimeField(
        _("invitation accepted"), null=True, blank=True
    )
    anonymised_at = models.DateTimeField(_("anonymised"), null=True, blank=True)

    class Meta:
        verbose_name = _("membership application")
        verbose_name_plural = _("membership applications")
        ordering = ["-submitted_at"]
        permissions = [
            ("decide_membershipapplication", _("Can decide membership applications"))
        ]

    def __str__(self) -> str:
        return self.organisation_name


class ApplicationNote(models.Model):
    """A dated note a staff member wrote about an application."""

    application = models.ForeignKey(
        MembershipApplication,
        verbose_name=_("application"),
        on_delete=models.CASCADE,
        related_name="notes",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    text = models.TextField(_("note"), max_length=3000)
    created_at = models.DateTimeField(_("written"), default=timezone.now)

    class Meta:
        verbose_name = _("note")
        verbose_name_plural = _("notes")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.text[:50]
