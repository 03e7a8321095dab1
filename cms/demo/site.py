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


def add_to_menu(page: Page) -> None:
    """Put a page in the default site's main menu, once (other modules' demos)."""
    _add_link(NavigationSettings, "menu_items", page)


def add_to_footer(page: Page) -> None:
    """Put a page in the footer's list of sections, once (other modules' demos)."""
    _add_link(FooterSettings, "footer_links", page)


def _add_link(setting_model, relation: str, page: Page) -> None:
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return
    setting = setting_model.for_site(site)
    links = getattr(setting, relation)
    if not links.filter(page__translation_key=page.translation_key).exists():
        # Through the model's own manager: the setting's related manager (a
        # modelcluster one) would keep the new link in memory only.
        links.model.objects.create(
            settings=setting, page=page, sort_order=links.count()
        )
