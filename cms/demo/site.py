"""Demo site settings: the main menu and the footer of the default site."""

from wagtail.models import Page, Site

from ..models import FooterSettings, MenuItem, NavigationSettings, SocialLink


def load_site_settings(
    site: Site, *, pages: dict[str, dict[str, Page]], listings: dict[str, dict]
) -> None:
    """The menu and the footer, filled once; an editor's later changes stay."""
    navigation = NavigationSettings.for_site(site)
    if not navigation.menu_items.exists():
        for order, target in enumerate(
            (
                pages["about"]["fr"],
                listings["news"]["fr"],
                listings["agenda"]["fr"],
                pages["port-center"]["fr"],
                listings["contact"]["fr"],
            )
        ):
            MenuItem.objects.create(settings=navigation, page=target, sort_order=order)

    footer = FooterSettings.for_site(site)
    if not footer.address:
        footer.organisation_name = "AIVP"
        footer.address = "5 quai de la Saône\n76600 Le Havre\nFrance"
        footer.email = "contact@aivp.example"
        footer.phone = "+33 2 35 00 00 00"
        footer.save()
    if not footer.social_links.exists():
        for order, (network, url) in enumerate(
            [
                (SocialLink.Network.LINKEDIN, "https://www.linkedin.com/company/aivp"),
                (SocialLink.Network.YOUTUBE, "https://www.youtube.com/@aivp"),
                (SocialLink.Network.X, "https://x.com/aivp"),
            ]
        ):
            SocialLink.objects.create(
                settings=footer, network=network, url=url, sort_order=order
            )
