"""The Port Centers' map and the members' map in Chromium: markers, CSP, no JS.

Tile requests never leave the machine: the tests answer them with a blank image
(the page still asks the tile server's real origin, which the CSP must allow).
"""

import base64

import pytest
from django.conf import settings
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from tests.browser.helpers import problems_on

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]

BLANK_TILE = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mP8/x8AAwMCAO+ip1sAAAAASUVORK5CYII="
)
PAGES = {
    "fr": ["/fr/port-centers/", "/fr/port-centers/port-center-le-havre/"],
    "en": ["/en/port-centers/?region=europe", "/en/members/map/"],
    "es": ["/es/port-centers/", "/es/port-centers/valparaiso-port-center/"],
}


def offline_tiles(context) -> list[str]:
    """Tile requests are answered here; the list says which were asked for."""
    asked = []

    def answer(route):
        asked.append(route.request.url)
        route.fulfill(status=200, content_type="image/png", body=BLANK_TILE)

    context.route(f"{settings.MAP_TILE_ORIGIN}/**", answer)
    return asked


def wait_for_markers(tab) -> int:
    """The map's markers are drawn and it has stopped moving."""
    tab.wait_for_selector("[data-map][data-markers]", timeout=10_000)
    map_at_rest(tab)
    return int(tab.get_attribute("[data-map]", "data-markers"))


def map_at_rest(tab) -> None:
    """No zoom or cluster animation under way (axe and clicks need still targets)."""
    tab.wait_for_function(
        "() => !document.querySelector('.leaflet-zoom-anim, .leaflet-cluster-anim')"
    )


@pytest.mark.parametrize("width", (390, 1366))
@pytest.mark.parametrize("language", ["fr", "en", "es"])
def test_the_maps_fit_the_window_and_pass_axe(
    browser, live_server, demo, screenshot, width, language
):
    context = browser.new_context(viewport={"width": width, "height": 844})
    asked = offline_tiles(context)
    tab = context.new_page()
    found = []
    markers = {}

    def map_drawn(tab):
        markers[tab.url] = wait_for_markers(tab)

    for path in PAGES[language]:
        found += problems_on(tab, live_server.url + path, ready=map_drawn)
    assert len(markers) == len(PAGES[language])
    assert all(markers.values()), markers
    screenshot(f"port-centers-{language}-{width}", tab)
    context.close()

    assert found == [], "\n".join(found)
    assert asked, "the map asked for its tiles"


def test_the_map_shows_clusters_and_markers_with_links(browser, live_server, demo):
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    offline_tiles(context)
    tab = context.new_page()
    tab.goto(f"{live_server.url}/en/port-centers/")

    assert wait_for_markers(tab) == 25
    clusters = tab.locator(".map-cluster")
    markers = tab.locator(".map-place")
    assert clusters.count() + markers.count() > 1
    assert "zoom in" in clusters.first.inner_text()  # its accessible name
    # A single Port Center's popup links to its page in the page's language.
    tab.locator(".map-cluster").first.click()
    link = tab.locator(".leaflet-popup-content a")
    # A click that lands while the clusters still spread out opens nothing: the
    # visitor clicks again, and so does the test (three tries at most).
    for _attempt in range(3):
        map_at_rest(tab)
        tab.locator(".map-place").first.click()
        try:
            link.wait_for(timeout=5_000)
            break
        except PlaywrightTimeoutError:
            continue
    link.wait_for()
    assert link.get_attribute("href").startswith(f"{live_server.url}/en/port-centers/")
    context.close()


def test_the_list_works_without_javascript(browser, live_server, demo):
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, java_script_enabled=False
    )
    asked = offline_tiles(context)
    tab = context.new_page()
    tab.goto(f"{live_server.url}/fr/port-centers/")

    assert not tab.locator(".map-panel").first.is_visible()
    assert tab.locator(".place-list__item").count() == 20  # a page of the list
    tab.select_option("#id_country", "MA")
    tab.locator(".filters button[type=submit]").click()
    tab.wait_for_url("**/fr/port-centers/?*country=MA*")
    names = tab.locator(".place-list__name").all_inner_texts()
    assert names == ["Casablanca Port Center", "Tanger Med Port Center"]
    tab.get_by_role("link", name="Tanger Med Port Center").click()
    assert tab.locator("h1").inner_text() == "Tanger Med Port Center"
    assert asked == []
    context.close()


def test_the_admin_picker_fills_the_fields(browser, live_server, demo):
    from tests.browser.helpers import sign_in_to_admin

    context = browser.new_context(viewport={"width": 1366, "height": 900})
    offline_tiles(context)
    tab = context.new_page()
    sign_in_to_admin(tab, live_server.url)
    tab.goto(f"{live_server.url}/admin/port-centers/add/")
    picker = tab.locator("[data-map-picker]")
    picker.scroll_into_view_if_needed()
    tab.wait_for_selector("[data-map-picker][data-ready]")
    picker.click(position={"x": 200, "y": 150})

    latitude = float(tab.input_value("#id_latitude"))
    longitude = float(tab.input_value("#id_longitude"))
    assert -90 <= latitude <= 90 and -180 <= longitude <= 180
    assert tab.locator("[data-map-picker] img.leaflet-marker-icon").count() == 1
    tab.fill("#id_latitude", "49.49")
    tab.fill("#id_longitude", "0.11")
    assert tab.locator("[data-map-picker] img.leaflet-marker-icon").count() == 1
    context.close()
