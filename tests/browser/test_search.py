"""The search as a new visitor uses it, in Chromium: the header box suggests as you
type in each language and the keyboard picks a suggestion; the results page filters
by type and goal; a misspelt query offers the right correction; a member-only file
never appears. Every page fits the window and passes axe."""

import pytest
from wagtail.documents import get_document_model

from network.models import LIBRARY_COLLECTION

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TYPED = {"fr": "biodiv", "en": "shore", "es": "puert"}


@pytest.mark.parametrize("language", ["fr", "en", "es"])
def test_the_header_box_suggests_and_the_keyboard_chooses(
    browser, live_server, demo, screenshot, language
):
    tab = browser.new_page(viewport={"width": 1366, "height": 900})
    tab.goto(f"{live_server.url}/{language}/")
    box = tab.get_by_role("combobox")
    box.press_sequentially(TYPED[language], delay=40)
    options = tab.get_by_role("option")
    options.first.wait_for()
    assert box.get_attribute("aria-expanded") == "true"
    first = options.first.locator("span").inner_text()
    assert TYPED[language] in first.lower()
    screenshot(f"search-suggestions-{language}", tab)
    target = options.first.get_attribute("data-url")
    box.press("ArrowDown")
    assert box.get_attribute("aria-activedescendant") == "site-search-option-0"
    assert options.first.get_attribute("aria-selected") == "true"
    with tab.expect_navigation() as navigation:
        box.press("Enter")
    assert navigation.value.ok
    # The suggestion chosen was opened (a module then redirects to its course).
    request = navigation.value.request
    while request.redirected_from is not None:
        request = request.redirected_from
    assert request.url == live_server.url + target
    assert first.split(":")[0] in tab.content()
    tab.close()


def test_the_results_page_filters_and_corrects(browser, live_server, demo, screenshot):
    from tests.browser.helpers import problems_on

    found = []
    for width in (1366, 390):
        tab = browser.new_page(viewport={"width": width, "height": 900})
        found += problems_on(tab, f"{live_server.url}/fr/search/?q=port")
        screenshot(f"search-results-fr-{width}", tab)
        tab.close()
    tab = browser.new_page(viewport={"width": 1366, "height": 900})
    tab.goto(f"{live_server.url}/fr/search/?q=port")
    facets = tab.get_by_role("complementary", name="Affiner les résultats")
    facets.get_by_role("link", name="Actualités").click()
    types = tab.locator(".search-hit__type").all_inner_texts()
    assert types and all(t.startswith("Actualités") for t in types)
    news = int(tab.locator("#results-heading").inner_text().split()[0])
    goal = facets.locator("a[href*='goal=']").first
    on_goal = int(goal.locator(".count").inner_text().strip("()"))
    goal.click()
    assert "goal=" in tab.url and "type=news" in tab.url
    shown = int(tab.locator("#results-heading").inner_text().split()[0])
    assert shown == on_goal and 1 <= shown <= news

    found += problems_on(tab, f"{live_server.url}/fr/search/?q=biodiverstié")
    tab.get_by_role("link", name="biodiversité").click()
    assert tab.locator(".search-hit").count() >= 1
    assert "biodiversité" in tab.locator(".search-hits").inner_text().lower()
    for language, query in (("en", "shore power"), ("es", "energía")):
        found += problems_on(tab, f"{live_server.url}/{language}/search/?q={query}")
        assert tab.locator(".search-hit").count() >= 1, language
    tab.close()
    assert found == []


def test_members_port_centers_and_winners_are_found(
    browser, live_server, demo, screenshot
):
    from tests.browser.helpers import problems_on

    found = []
    for width in (1366, 390):
        tab = browser.new_page(viewport={"width": width, "height": 900})
        found += problems_on(tab, f"{live_server.url}/es/search/?q=Valparaiso")
        screenshot(f"search-records-es-{width}", tab)
        tab.close()
    assert found == []
    tab = browser.new_page(viewport={"width": 1366, "height": 900})
    tab.goto(f"{live_server.url}/fr/search/?q=Havre")
    members = tab.get_by_role("region", name="Membres")
    assert members.get_by_role("link", name="Havre-Seine Port Authority").count() == 1
    winners = tab.get_by_role("region", name="Lauréats du prix")
    winners.get_by_role("link", name="Les quais de la Seine retrouvés").click()
    assert "#laureate-" in tab.url
    assert tab.locator(tab.url[tab.url.index("#") :]).is_visible()
    tab.goto(f"{live_server.url}/fr/search/?q=Havre")
    tab.get_by_role("region", name="Port Centers").get_by_role(
        "link", name="Port Center Le Havre"
    ).click()
    assert tab.get_by_role("heading", level=1).inner_text() == "Port Center Le Havre"
    tab.close()


def test_a_member_only_file_never_appears(page, live_server, demo):
    files = get_document_model().objects.filter(collection__name=LIBRARY_COLLECTION)
    assert files.exists()
    for document in files:
        page.goto(f"{live_server.url}/fr/search/?q={document.title}")
        assert document.url not in page.content()
        assert "/documents/" not in page.content()
