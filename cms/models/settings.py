"""Site settings editors change without a deploy: the main menu and the footer."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable, Page


@register_setting(icon="list-ul")
class NavigationSettings(BaseSiteSetting, ClusterableModel):
    """The main menu; each entry follows the visitor's language automatically."""

    panels = [InlinePanel("menu_items", heading=_("Menu items"), label=_("Menu item"))]

    class Meta:
        verbose_name = _("main navigation")


class NavigationLink(Orderable):
    """A link editors place: a page of the site (in the visitor's language) or an
    external address."""

    page = models.ForeignKey(
        Page,
        verbose_name=_("page"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    url = models.URLField(_("external link"), blank=True)
    label = models.CharField(
        _("label"),
        max_length=60,
        blank=True,
        help_text=_(
            "Leave empty to use the title of the page in the visitor's language."
        ),
    )

    panels = [FieldPanel("page"), FieldPanel("url"), FieldPanel("label")]

    class Meta(Orderable.Meta):
        abstract = True
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(page__isnull=True, url=""),
                name="%(app_label)s_%(class)s_has_target",
            )
        ]

    def clean(self) -> None:
        if not self.page_id and not self.url:
            raise ValidationError(_("Choose a page or enter an external link."))
        if self.url and not self.label:
            raise ValidationError({"label": _("An external link needs a label.")})


class MenuItem(NavigationLink):
    """One entry of the main menu."""

    settings = ParentalKey(
        NavigationSettings, on_delete=models.CASCADE, related_name="menu_items"
    )

    class Meta(NavigationLink.Meta):
        verbose_name = _("menu item")


@register_setting(icon="site")
class FooterSettings(BaseSiteSetting, ClusterableModel):
    """What every page shows at the bottom: address, social links, newsletter."""

    organisation_name = models.CharField(
        _("organisation name"), max_length=120, default="AIVP"
    )
    address = models.TextField(_("postal address"), blank=True)
    email = models.EmailField(_("contact e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    newsletter_url = models.URLField(
        _("newsletter sign-up link"),
        blank=True,
        help_text=_("Leave empty to use the site's own sign-up form."),
    )

    panels = [
        FieldPanel("organisation_name"),
        FieldPanel("address"),
        FieldPanel("email"),
        FieldPanel("phone"),
        FieldPanel("newsletter_url"),
        InlinePanel(
            "footer_links",
            heading=_("Links to the network's sections"),
            label=_("Link"),
        ),
        InlinePanel("social_links", heading=_("Social links"), label=_("Social link")),
    ]

    class Meta:
        verbose_name = _("footer")

    @cached_property
    def social_link_list(self) -> list["SocialLink"]:
        """The social links, read once per request (the footer and the page's
        structured data both show them)."""
        return list(self.social_links.all())


class SocialLink(Orderable):
    """A link to one of the network's social media accounts."""

    class Network(models.TextChoices):
        LINKEDIN = "linkedin", "LinkedIn"
        X = "x", "X"
        YOUTUBE = "youtube", "YouTube"
        FACEBOOK = "facebook", "Facebook"
        INSTAGRAM = "instagram", "Instagram"
        BLUESKY = "bluesky", "Bluesky"

    settings = ParentalKey(
        FooterSettings, on_delete=models.CASCADE, related_name="social_links"
    )
    network = models.CharField(_("network"), max_length=20, choices=Network.choices)
    url = models.URLField(_("link"))

    panels = [FieldPanel("network"), FieldPanel("url")]

    class Meta(Orderable.Meta):
        verbose_name = _("social link")


class FooterLink(NavigationLink):
    """A link in the footer's list of the network's sections."""

    settings = ParentalKey(
        FooterSettings, on_delete=models.CASCADE, related_name="footer_links"
    )

    class Meta(NavigationLink.Meta):
        verbose_name = _("footer link")
