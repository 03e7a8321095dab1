import pytest
from django.conf import settings

from tests.factories import StandardPageFactory, translate_page

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("fr", "Le réseau mondial des villes portuaires"),
        ("en", "The port cities network"),
        ("es", "La red de ciudades portuarias"),
    ],
)
def test_home_page_renders_in_each_language(client, homes, language, title):
    response = client.get(f"/{language}/")

    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert title in html
    assert 'href="#main"' in html  # skip link
    assert '<main id="main"' in html


def test_root_redirects_to_the_visitors_language(client, homes):
    response = client.get("/", headers={"accept-language": "es"})

    assert response.status_code == 302
    assert response["Location"] == "/es/"


def test_language_switcher_goes_to_the_translated_page(client, homes):
    about = StandardPageFactory(parent=homes["fr"], title="À propos", slug="a-propos")
    translate_page(about, "en", title="About", slug="about")

    html = client.get("/fr/a-propos/").content.decode()

    assert 'href="/en/about/" lang="en"' in html
    # Spanish has no translation: the switcher leads to the Spanish home page.
    assert 'href="/es/" lang="es"' in html


def test_untranslated_page_is_not_found_in_another_language(client, homes):
    StandardPageFactory(parent=homes["fr"], title="Statuts", slug="statuts")

    assert client.get("/fr/statuts/").status_code == 200
    assert client.get("/en/statuts/").status_code == 404


def test_every_configured_language_has_a_locale(db):
    from wagtail.models import Locale

    codes = set(Locale.objects.values_list("language_code", flat=True))
    assert codes == {code for code, _ in settings.LANGUAGES}


def test_the_home_page_describes_itself_to_search_engines(client, homes):
    home = homes["fr"]
    home.hero_text = "Depuis 1988, l'AIVP réunit villes et ports."
    home.save_revision().publish()

    html = client.get("/fr/").content.decode()

    assert (
        '<meta name="description" content="Depuis 1988, l&#x27;AIVP réunit villes '
        'et ports.">' in html
    )
