"""Demo content for the site's pages, in French, English and Spanish.

Idempotent: pages are found again by a stable translation key, so running the loader
twice changes nothing. One module per kind of content; ``load(stdout)`` is what
``manage.py load_demo`` runs.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from wagtail.models import Page, Site

from ..models import EventPage, Goal, HomePage, NewsArticlePage, StandardPage
from ..services import goals_ensure
from .common import LANGUAGES, publish_translations, resolve
from .events import load_events
from .home import HOME, promotions
from .images import load_images
from .listings import load_listings
from .news import load_news
from .pages import STANDARD_PAGES
from .site import load_site_settings


def load_editorial(
    stdout, homes: dict[str, HomePage], *, images, pages
) -> dict[str, dict[str, Page]]:
    """News, events, goals, the listings and the contact page."""
    goals_ensure()
    today = timezone.localdate()
    listings = load_listings(homes)
    load_news(
        index_by_language=listings["news"], images=images, pages=pages, today=today
    )
    load_events(agenda_by_language=listings["agenda"], images=images, today=today)
    stdout.write(
        f"News: {NewsArticlePage.objects.count()}, "
        f"events: {EventPage.objects.count()}, goals: {Goal.objects.count()}."
    )
    return listings


@transaction.atomic
def load(stdout) -> None:
    root = Page.get_first_root_node()
    site = Site.objects.filter(is_default_site=True).first()

    # Replace Wagtail's placeholder "Welcome" page with the real home page.
    if site and not isinstance(site.root_page.specific, HomePage):
        placeholder = site.root_page
        site.root_page = root
        site.save()
        placeholder.delete()

    homes = publish_translations(
        key="home",
        model=HomePage,
        parent_by_language=dict.fromkeys(LANGUAGES, root),
        content=HOME,
    )
    if site is None:
        site = Site.objects.create(
            hostname="localhost", port=80, root_page=homes["fr"], is_default_site=True
        )
    # The site's address is the one it is served at (hreflang, sitemap, calendars).
    address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    site.hostname = address.hostname or "localhost"
    site.port = address.port or (443 if address.scheme == "https" else 80)
    site.root_page = homes["fr"]
    site.site_name = "AIVP"
    site.save()

    images = load_images()
    pages: dict[str, dict[str, Page]] = {}
    for key, content in STANDARD_PAGES.items():
        # A page's pictures and buttons may use the pages created before it.
        pages[key] = publish_translations(
            key=key,
            model=StandardPage,
            parent_by_language=homes,
            content={
                language: {
                    **fields,
                    "body": resolve(
                        fields["body"], language=language, images=images, pages=pages
                    ),
                }
                for language, fields in content.items()
            },
        )

    for language, home in homes.items():
        if home.hero_link_id is None or home.hero_image_id is None:
            home.hero_link = home.hero_link or pages["about"][language]
            home.hero_image = home.hero_image or images["harbour-dusk"][language]
            home.save_revision().publish()

    listings = load_editorial(stdout, homes, images=images, pages=pages)
    for language, home in homes.items():
        if not home.promotions:
            home = HomePage.objects.get(pk=home.pk)
            home.promotions = promotions(language, pages, images)
            home.save_revision().publish()

    load_site_settings(site, pages=pages, listings=listings)
    stdout.write(f"Pages: {Page.objects.filter(depth__gt=1).count()} in 3 languages.")
