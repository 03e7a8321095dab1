from django.core.management import call_command
from wagtail.models import Page

from accounts.demo import DEMO_ADMIN_EMAIL, DEMO_TOTP_SECRET, demo_admin_password
from cms.models import HomePage
from tests.accounts.fixtures import totp_now


def test_load_demo_is_idempotent_and_serves_each_language(demo, client):
    pages = Page.objects.count()
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115

    assert Page.objects.count() == pages
    assert HomePage.objects.live().count() == 3
    for language, text in [
        ("fr", "Le réseau mondial des villes portuaires"),
        ("en", "The worldwide network of port cities"),
        ("es", "La red mundial de ciudades portuarias"),
    ]:
        response = client.get(f"/{language}/")
        assert response.status_code == 200
        assert text in response.content.decode()


def test_demo_admin_can_sign_in_to_the_wagtail_admin(demo, client):
    client.post(
        "/en/accounts/login/",
        {"login": DEMO_ADMIN_EMAIL, "password": demo_admin_password()},
    )
    # The admin's second factor: the demo's published TOTP secret.
    response = client.post(
        "/en/accounts/2fa/authenticate/", {"code": totp_now(DEMO_TOTP_SECRET)}
    )

    assert response.status_code == 302
    assert client.get("/admin/pages/").status_code == 200


def test_the_demo_site_lives_at_the_address_it_is_served_at(demo, client, settings):
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8001"
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115

    home = client.get("/fr/", HTTP_HOST="127.0.0.1:8001").content.decode()
    sitemap = client.get("/sitemap.xml", HTTP_HOST="127.0.0.1:8001").content.decode()

    assert (
        '<link rel="alternate" hreflang="en" href="http://127.0.0.1:8001/en/">' in home
    )
    assert "<loc>http://127.0.0.1:8001/fr/</loc>" in sitemap
    assert "http://localhost" not in home + sitemap
