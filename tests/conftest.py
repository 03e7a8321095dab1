import pytest
from wagtail.models import Page, Site

from tests.factories import HomePageFactory, translate_page


@pytest.fixture
def homes(db) -> dict:
    """A published home page in each language, the French one as the site root."""
    root = Page.get_first_root_node()
    Site.objects.all().delete()
    Page.objects.filter(depth=2).delete()  # Wagtail's placeholder welcome page
    french = HomePageFactory(parent=root, slug="accueil")
    Site.objects.create(
        hostname="localhost", port=80, root_page=french, is_default_site=True
    )
    return {
        "fr": french,
        "en": translate_page(
            french,
            "en",
            title="Home",
            slug="home",
            hero_title="The port cities network",
        ),
        "es": translate_page(
            french,
            "es",
            title="Inicio",
            slug="inicio",
            hero_title="La red de ciudades portuarias",
        ),
    }
