"""Site settings editors change without a deploy: the main menu and the footer."""

from django.core.exceptions import ValidationError
from django.db import models
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


class MenuItem(Orderable):
    """One entry of the main menu: a page of the site or an external link."""

    settings = ParentalKey(
        NavigationSettings, on_delete=models.CASCADE, related_name="menu_items"
    )
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
        verbose_name = _("menu item")
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(page__isnull=True, url=""),
                name="cms_menuitem_has_target",
            )
        ]

    def clean(self) -> None:
        if not self.page_id and not self.url:
            raise ValidationError(_("Choose a page or enter an external link."))
        if self.url and not self.label:
            raise ValidationError({"label": _("An external link needs a label.")})


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
        InlinePanel("social_links", heading=_("Social links"), label=_("Social link")),
    ]

    class Meta:
        verbose_name = _("footer")


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
