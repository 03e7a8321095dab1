"""The demo's editor and ticketing staff sign in and land on the admin home: in
French, under the network's brand, with their own menus, and nothing fetched from
another site."""

from urllib.parse import urlsplit

import pytest

from accounts.demo import DEMO_EDITOR_EMAIL, DEMO_TICKETING_EMAIL
from tests.accounts.fixtures import fresh_cache  # noqa: F401 (fixture)
from tests.browser.helpers import problems_on, sign_in_to_admin

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("fresh_cache"),
]

# Who: e-mail, a menu of theirs, a menu that is not, their section of the guide.
STAFF = {
    "editor": (DEMO_EDITOR_EMAIL, "Pages", "Billetterie", "editors"),
    "ticketing": (DEMO_TICKETING_EMAIL, "Billetterie", "Pages", "ticketing"),
}


@pytest.mark.parametrize("width", [1366, 390])
@pytest.mark.parametrize("who", list(STAFF))
def test_staff_land_on_their_dashboard_in_french_under_the_brand(
    browser, live_server, demo, screenshot, who, width
):
    email, their_menu, not_theirs, section = STAFF[who]
    context = browser.new_context(
        viewport={"width": width, "height": 900}, locale="en-US"
    )
    tab = context.new_page()
    requested = []
    tab.on("request", lambda request: requested.append(request.url))

    sign_in_to_admin(tab, live_server.url, email=email)
    tab.wait_for_selector("#wagtail-sidebar .sidebar-custom-branding", state="attached")

    # French, although the browser asks for English: the person's admin language.
    assert tab.locator("html").get_attribute("lang") == "fr"
    assert tab.title() == "Tableau de bord - AIVP"
    heading = tab.get_by_role("heading", level=1).inner_text()
    assert "AIVP" in heading
    assert "Le réseau mondial des villes portuaires" in heading
    assert tab.locator(".sidebar-custom-branding img.aivp-brand__logo").count() == 1
    screenshot(f"admin-home-{who}-{width}", tab)

    # Their menus and not the others', and the staff guide under Help ("Aide").
    if width < 800:
        tab.get_by_role("button", name="Afficher/masquer la barre latérale").click()
    menu = tab.locator("#wagtail-sidebar")
    assert (
        menu.get_by_role("link", name=their_menu, exact=True).count()
        + (menu.get_by_role("button", name=their_menu, exact=True).count())
        == 1
    )
    assert menu.get_by_text(not_theirs, exact=True).count() == 0
    menu.get_by_role("button", name="Aide").click()
    menu.locator('a[href="/admin/staff-guide/"]').click()
    tab.wait_for_url(f"{live_server.url}/admin/staff-guide/")
    assert tab.locator(f"section#{section}").is_visible()
    screenshot(f"admin-staff-guide-{who}-{width}", tab)

    found = problems_on(tab, f"{live_server.url}/admin/")
    found += problems_on(tab, f"{live_server.url}/admin/staff-guide/")
    context.close()

    elsewhere = [
        url
        for url in requested
        if urlsplit(url).scheme not in ("data", "blob")
        and not url.startswith(f"{live_server.url}/")
    ]
    assert elsewhere == []
    assert found == [], "\n".join(found)
