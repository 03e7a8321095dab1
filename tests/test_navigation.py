import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Site

from cms.models import (
    FooterLink,
    FooterSettings,
    MenuItem,
    NavigationSettings,
    SocialLink,
)
from tests.factories import StandardPageFactory, translate_page

pytestmark = pytest.mark.django_db


def test_menu_shows_each_entry_in_the_visitors_language(client, homes):
    site = Site.objects.get(is_default_site=True)
    about = StandardPageFactory(parent=homes["fr"], title="À propos", slug="a-propos")
    translate_page(about, "en", title="About us", slug="about")
    navigation = NavigationSettings.for_site(site)
    MenuItem.objects.create(settings=navigation, page=about, sort_order=0)
    MenuItem.objects.create(
        settings=navigation, url="https://example.org/", label="Partner", sort_order=1
    )

    french = client.get("/fr/").content.decode()
    english = client.get("/en/about/").content.decode()

    assert '<a href="/fr/a-propos/">À propos</a>' in french
    assert '<a href="/en/about/" aria-current="page">About us</a>' in english
    assert '<a href="https://example.org/">Partner</a>' in english


def test_footer_shows_the_editable_settings(client, homes):
    site = Site.objects.get(is_default_site=True)
    footer = FooterSettings.for_site(site)
    footer.address = "5 quai de la Saône\n76600 Le Havre"
    footer.newsletter_url = "https://newsletter.example.org/"
    footer.save()
    SocialLink.objects.create(
        settings=footer, network="linkedin", url="https://www.linkedin.com/company/x"
    )

    html = client.get("/en/").content.decode()

    assert "5 quai de la Saône<br>76600 Le Havre" in html
    assert 'href="https://newsletter.example.org/"' in html
    assert ">LinkedIn</a>" in html


def test_footer_newsletter_defaults_to_the_sites_own_form(client, homes):
    html = client.get("/es/").content.decode()

    assert 'href="/es/newsletter/">Suscribirse</a>' in html


@pytest.mark.django_db
def test_the_brand_link_is_named_by_its_visible_text(client, homes):
    html = client.get("/fr/").content.decode()
    start = html.index('<a class="brand"')
    link = html[start : html.index("</a>", start)]

    assert "aria-label" not in link  # the name starts with what people see
    assert "AIVP" in link
    assert "(page d&#x27;accueil)" in link or "(page d'accueil)" in link


def test_footer_links_follow_the_visitors_language_and_drop_unpublished_pages(
    client, homes
):
    site = Site.objects.get(is_default_site=True)
    footer = FooterSettings.for_site(site)
    members = StandardPageFactory(parent=homes["fr"], title="Membres", slug="membres")
    translate_page(members, "es", title="Miembros", slug="miembros")
    gone = StandardPageFactory(parent=homes["fr"], title="Archives", slug="archives")
    FooterLink.objects.create(settings=footer, page=members, sort_order=0)
    FooterLink.objects.create(settings=footer, page=gone, sort_order=1)
    gone.unpublish()

    spanish = client.get("/es/").content.decode()
    french = client.get("/fr/membres/").content.decode()

    assert '<li><a href="/es/miembros/">Miembros</a></li>' in spanish
    assert '<a href="/fr/membres/" aria-current="page">Membres</a>' in french
    assert "/fr/archives/" not in french
    assert "La red" in spanish  # the footer list's heading


def test_a_footer_link_needs_a_page_or_an_address():
    link = FooterLink(label="Partner")

    with pytest.raises(ValidationError):
        link.clean()
