"""Port Centers: places that open a port to its citizens, on a worldwide map.

A Port Center is one record (a snippet) whatever the language, its texts in one
column per language (core.i18n_fields); the public sees it on the Port Centers page
of each language, as a marker, in a list and on a page of its own (a route of that
page). Only published Port Centers appear anywhere public.
"""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page

from accounts.models import HttpsURLField
from cms.models import SitePage
from core import geo
from core.i18n_fields import Localized

SLUG_MAX_LENGTH = 80
DESCRIPTION_MAX_LENGTH = 2000
YEAR_VALIDATORS = [MinValueValidator(1990), MaxValueValidator(2100)]


class Audience(models.TextChoices):
    """Whom a Port Center welcomes (a visitor filters the map by it)."""

    GENERAL_PUBLIC = "general_public", _("General public")
    FAMILIES = "families", _("Families")
    SCHOOLS = "schools", _("Schools")
    STUDENTS = "students", _("Students")
    PROFESSIONALS = "professionals", _("Professionals")
    TOURISTS = "tourists", _("Tourists")


class LabelStatus(models.TextChoices):
    """Where a Port Center stands with the "Port Center by AIVP" label."""

    NONE = "none", _("Not labelled")
    CANDIDATE = "candidate", _("Candidate for the label")
    LABELLED = "labelled", _("Labelled")
    SUSPENDED = "suspended", _("Label suspended")
    WITHDRAWN = "withdrawn", _("Label withdrawn")


# What the public is told: a suspended or withdrawn label is no label.
PUBLIC_LABEL_STATUSES = (LabelStatus.LABELLED, LabelStatus.CANDIDATE, LabelStatus.NONE)


def public_label_status(status: str) -> str:
    return status if status in PUBLIC_LABEL_STATUSES else LabelStatus.NONE


class PortCenterQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)


class PortCenter(ClusterableModel):
    """A Port Center of the network's worldwide directory and map."""

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(
        _("address name"),
        max_length=SLUG_MAX_LENGTH,
        unique=True,
        blank=True,
        help_text=_(
            "The last part of the Port Center's public address. Made from the name "
            "when left empty; it does not change when the name does."
        ),
    )
    city = models.CharField(_("port city"), max_length=100)
    country = CountryField(_("country"))
    latitude = geo.LatitudeField(_("latitude"))
    longitude = geo.LongitudeField(_("longitude"))
    address = models.TextField(_("address"), max_length=500, blank=True)
    website = HttpsURLField(_("website"), blank=True)
    opening_hours = models.TextField(
        _("opening hours (French)"), max_length=1000, blank=True
    )
    opening_hours_en = models.TextField(
        _("opening hours (English)"), max_length=1000, blank=True
    )
    opening_hours_es = models.TextField(
        _("opening hours (Spanish)"), max_length=1000, blank=True
    )
    # Codes of Audience, in the order of its choices.
    audiences = models.JSONField(_("audiences"), default=list, blank=True)
    description = models.TextField(
        _("description (French)"), max_length=DESCRIPTION_MAX_LENGTH, blank=True
    )
    description_en = models.TextField(
        _("description (English)"), max_length=DESCRIPTION_MAX_LENGTH, blank=True
    )
    description_es = models.TextField(
        _("description (Spanish)"), max_length=DESCRIPTION_MAX_LENGTH, blank=True
    )
    label_status = models.CharField(
        _("label status"),
        max_length=20,
        choices=LabelStatus.choices,
        default=LabelStatus.NONE,
        help_text=_(
            'The "Port Center by AIVP" label. A suspended or withdrawn label is '
            "shown to the public as no label."
        ),
    )
    label_year = models.PositiveSmallIntegerField(
        _("label year"),
        null=True,
        blank=True,
        validators=YEAR_VALIDATORS,
        help_text=_("The year the label was granted (or applied for)."),
    )
    charter_signatory = models.BooleanField(
        _("signed the Port Center charter"), default=False
    )
    charter_year = models.PositiveSmallIntegerField(
        _("charter year"), null=True, blank=True, validators=YEAR_VALIDATORS
    )
    organisation = models.ForeignKey(
        "accounts.Organisation",
        verbose_name=_("member organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="port_centers",
        help_text=_("The member that runs it, if any."),
    )
    is_published = models.BooleanField(
        _("published"),
        default=False,
        help_text=_("Shown on the public map, list and pages, and in the open data."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = PortCenterQuerySet.as_manager()

    local_description = Localized("description")
    local_opening_hours = Localized("opening_hours")

    class Meta:
        verbose_name = _("Port Center")
        verbose_name_plural = _("Port Centers")
        ordering = ["name", "pk"]
        constraints = [
            *geo.coordinate_constraints("network_portcenter"),
            models.CheckConstraint(
                condition=models.Q(label_status__in=LabelStatus.values),
                name="network_portcenter_label_status_known",
            ),
            models.CheckConstraint(
                condition=models.Q(charter_signatory=True)
                | models.Q(charter_year__isnull=True),
                name="network_portcenter_charter_year_needs_signature",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def public_label_status(self) -> str:
        return public_label_status(self.label_status)

    def get_public_label_status_display(self) -> str:
        return LabelStatus(self.public_label_status).label

    def audience_labels(self) -> list[str]:
        labels = dict(Audience.choices)
        return [labels[code] for code in Audience.values if code in self.audiences]

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = free_port_center_slug(self.name, pk=self.pk)
        # Stored in the order of the choices, without repeats.
        self.audiences = [code for code in Audience.values if code in self.audiences]
        super().save(*args, **kwargs)

    def clean(self) -> None:
        super().clean()
        errors = {}
        audiences = self.audiences if isinstance(self.audiences, list) else [None]
        unknown = set(audiences) - set(Audience.values)
        if unknown:
            errors["audiences"] = _("Unknown audience: %(codes)s.") % {
                "codes": ", ".join(sorted(map(str, unknown)))
            }
        if self.label_status == LabelStatus.LABELLED and not self.label_year:
            errors["label_year"] = _("A labelled Port Center needs the label's year.")
        if self.charter_year and not self.charter_signatory:
            errors["charter_year"] = _(
                "A charter year is only for a Port Center that signed the charter."
            )
        if self.slug and (
            PortCenter.objects.filter(slug=self.slug).exclude(pk=self.pk).exists()
        ):
            errors["slug"] = _("Another Port Center has this address name.")
        if errors:
            raise ValidationError(errors)


def free_port_center_slug(name: str, *, pk=None) -> str:
    """An address name made from the name that no other Port Center has."""
    base = slugify(name)[: SLUG_MAX_LENGTH - 6].strip("-") or "port-center"
    taken = set(
        PortCenter.objects.filter(slug__startswith=base)
        .exclude(pk=pk)
        .values_list("slug", flat=True)
    )
    candidate, number = base, 1
    while candidate in taken:
        number += 1
        candidate = f"{base}-{number}"
    return candidate


class PortCenterPhoto(Orderable):
    """A photo of a Port Center, in the order editors give."""

    port_center = ParentalKey(
        PortCenter, on_delete=models.CASCADE, related_name="photos"
    )
    image = models.ForeignKey(
        "cms.CustomImage",
        verbose_name=_("image"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    # The image's own description (and credit) serve when these are left blank.
    alt_text = models.CharField(
        _("alternative text (French)"), max_length=250, blank=True
    )
    alt_text_en = models.CharField(
        _("alternative text (English)"), max_length=250, blank=True
    )
    alt_text_es = models.CharField(
        _("alternative text (Spanish)"), max_length=250, blank=True
    )

    local_alt_text = Localized("alt_text")

    panels = [
        FieldPanel("image"),
        FieldPanel("alt_text"),
        FieldPanel("alt_text_en"),
        FieldPanel("alt_text_es"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("photo")
        verbose_name_plural = _("photos")

    @property
    def alt(self) -> str:
        return self.local_alt_text or self.image.description or ""


class PortCentersPage(RoutablePageMixin, SitePage):
    """The worldwide map and list of Port Centers, and a page for each of them.

    Its own address shows the map beside a filterable list; each published Port
    Center has its page at ``<page address><slug>/``.
    """

    introduction = RichTextField(
        _("introduction"), blank=True, features=["bold", "italic", "link"]
    )

    content_panels = [*Page.content_panels, FieldPanel("introduction")]

    parent_page_types = ["cms.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Port Centers page")

    def detail_url(self, port_center, request=None) -> str:
        return self.get_url(request) + self.reverse_subpage(
            "detail", kwargs={"slug": port_center.slug}
        )

    @path("")
    def listing(self, request):
        from ..maps import allow_map_tiles
        from ..port_centers.pages import listing_context

        context = self.get_context(request)
        context.update(listing_context(self, request))
        response = TemplateResponse(request, "network/port_centers_page.html", context)
        return allow_map_tiles(response)

    @path("<slug:slug>/")
    def detail(self, request, slug):
        from ..maps import allow_map_tiles
        from ..port_centers.pages import detail_context

        extra = detail_context(self, request, slug)
        if extra is None:
            raise Http404
        context = self.get_context(request)
        context.update(extra)
        response = TemplateResponse(request, "network/port_center_detail.html", context)
        return allow_map_tiles(response)
