import pytest

from tests.accounts.fixtures import fresh_cache  # noqa: F401 (fixture)
from tests.browser.helpers import sign_in_to_admin

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
    live_server, demo, page, screenshot, language, heading
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


def test_language_switcher_leads_to_the_translation(live_server, demo, page):
    page.goto(f"{live_server.url}/fr/a-propos/")

    page.locator("nav.languages a[hreflang=es]").click()

    assert page.url == f"{live_server.url}/es/acerca-de/"
    assert page.get_by_role("heading", level=1).inner_text() == "Acerca de la AIVP"


def test_mobile_menu_opens_and_closes(live_server, demo, browser, screenshot):
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
    live_server, demo, page, screenshot
):
    # The admin signs in through the site's sign-in page, then a second factor.
    sign_in_to_admin(page, live_server.url)
    screenshot("admin-dashboard")

    page.goto(f"{live_server.url}/admin/pages/")
    # The French home page, listed under the root (the admin is in French too: its
    # breadcrumbs' hidden "Accueil" comes first in the page).
    assert page.locator("table").get_by_text("Accueil").first.is_visible()
    screenshot("admin-pages")


def test_a_csp_violation_is_caught(live_server, demo, page, csp_violations):
    # What a stored XSS would do: add a script to the page. The policy refuses it
    # and the browser fixture records it (every browser test fails on such a record).
    page.goto(f"{live_server.url}/en/")
    page.evaluate(
        """() => {
            const script = document.createElement("script");
            script.textContent = "document.title = 'injected'";
            document.body.append(script);
        }"""
    )
    page.wait_for_timeout(200)

    assert page.title() != "injected"
    assert any("script-src" in violation for violation in csp_violations)
    csp_violations.clear()
