"""Good practices, projects and partners fit a phone and pass axe-core; a visitor
filters the practices by goal and opens one."""

import pytest

from tests.browser.helpers import problems_on

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Every page type in every language, at both widths.
PAGES = [
    "/fr/bonnes-pratiques/",
    "/fr/bonnes-pratiques/port-center-le-havre/",
    "/fr/projets/",
    "/fr/projets/villes-portuaires-afrique-ouest/",
    "/fr/partenaires/",
    "/fr/a-propos/",
    "/en/good-practices/?goal=port-city-interface",
    "/en/good-practices/hamburg-hafencity/",
    "/en/projects/",
    "/en/projects/interfaces-city-port/",
    "/en/partners/",
    "/es/buenas-practicas/?year=abc",
    "/es/buenas-practicas/dakar-pesca-artesanal/",
    "/es/proyectos/",
    "/es/proyectos/plug-in-ports/",
    "/es/socios/",
    "/es/agenda-2030/interfaz-ciudad-puerto/",
]


@pytest.mark.parametrize("width", (390, 1366))
def test_the_pages_fit_the_window_and_pass_axe(browser, live_server, demo, width):
    context = browser.new_context(viewport={"width": width, "height": 844})
    tab = context.new_page()
    found = [
        problem
        for path in PAGES
        for problem in problems_on(tab, live_server.url + path)
    ]
    context.close()

    assert found == [], "\n".join(found)


def test_a_visitor_filters_practices_by_goal_and_opens_one(browser, live_server, demo):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    tab = context.new_page()
    tab.goto(f"{live_server.url}/en/good-practices/")
    tab.select_option("select[name=goal]", value="quality-food-for-all")
    tab.get_by_role("button", name="Filter").click()
    tab.wait_for_url("**/en/good-practices/?*goal=quality-food-for-all*")

    cards = tab.locator(".card__title a")
    titles = cards.all_inner_texts()
    assert "Dakar upgrades its small-scale fishing quay" in titles
    assert "Hamburg" not in " ".join(titles)

    tab.get_by_role("link", name="Dakar upgrades its small-scale fishing quay").click()
    tab.wait_for_url("**/en/good-practices/dakar-small-scale-fishing/")
    assert tab.locator("h1").inner_text() == (
        "Dakar upgrades its small-scale fishing quay"
    )
    assert tab.get_by_role("link", name="Port of Dakar").count() == 1
    context.close()
