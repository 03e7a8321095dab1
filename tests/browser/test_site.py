import pytest

from accounts.demo import DEMO_ADMIN_EMAIL, DEMO_TOTP_SECRET, demo_admin_password
from tests.accounts.fixtures import fresh_cache, totp_now  # noqa: F401 (fixture)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


@pytest.mark.parametrize(
    ("language", "heading"),
    [
        ("fr", "Le réseau mondial des villes portuaires"),
        ("en", "The worldwide network of port cities"),
        ("es", "La red mundial de ciudades portuarias"),
    ],
)
def test_home_page_in_each_language(
    live_server, demo_site, page, screenshot, language, heading
):
    page.goto(f"{live_server.url}/{language}/")

    assert page.locator("html").get_attribute("lang") == language
    assert page.get_by_role("heading", level=1).inner_text() == heading
    # The skip link is the first thing a keyboard user reaches, and it is visible.
    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    assert skip.evaluate("el => el === document.activeElement")
    assert skip.bounding_box()["y"] >= 0
    screenshot(f"home-{language}")


def test_language_switcher_leads_to_the_translation(live_server, demo_site, page):
    page.goto(f"{live_server.url}/fr/a-propos/")

    page.locator("nav.languages a[hreflang=es]").click()

    assert page.url == f"{live_server.url}/es/acerca-de/"
    assert page.get_by_role("heading", level=1).inner_text() == "Acerca de la AIVP"


def test_mobile_menu_opens_and_closes(live_server, demo_site, browser, screenshot):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    mobile = context.new_page()
    mobile.goto(f"{live_server.url}/en/")
    menu_link = mobile.get_by_role("link", name="About AIVP").first

    assert not menu_link.is_visible()
    mobile.get_by_role("button", name="Menu").click()
    assert menu_link.is_visible()
    screenshot("home-mobile-menu", mobile)
    mobile.keyboard.press("Escape")
    assert not menu_link.is_visible()
    context.close()


@pytest.mark.usefixtures("fresh_cache")
def test_editor_signs_in_and_opens_the_page_explorer(
    live_server, demo_site, page, screenshot
):
    page.goto(f"{live_server.url}/admin/")
    # The admin signs in through the site's sign-in page, then a second factor.
    page.fill("input[name=login]", DEMO_ADMIN_EMAIL)
    page.fill("input[name=password]", demo_admin_password())
    page.locator("form.form button[type=submit]").first.click()
    page.fill("input[name=code]", totp_now(DEMO_TOTP_SECRET))
    page.locator("form.form button[type=submit]").first.click()
    page.wait_for_url(f"{live_server.url}/admin/")
    screenshot("admin-dashboard")

    page.goto(f"{live_server.url}/admin/pages/")
    assert page.get_by_text("Accueil").first.is_visible()
    screenshot("admin-pages")
