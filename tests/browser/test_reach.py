"""Every key page fits a phone and passes axe-core, in each of the three languages.

At 390 px (a phone) and 1366 px, the document must be no wider than the window
(nothing scrolls sideways), and axe-core (WCAG 2.2 AA rules, injected into the page)
must find no serious or critical violation. The signed-in pages are checked as the
demo delegate sees them.
"""

from importlib.resources import files

import pytest
from django.test import Client

from accounts.models import User
from ticketing.demo import DELEGATE_EMAIL, SLUG
from ticketing.models import Order

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]

AXE = (files("axe_playwright_python") / "axe.min.js").read_text(encoding="utf-8")
PUBLIC = {
    "fr": [
        "/fr/",
        "/fr/actualites/",
        "/fr/agenda/",
        "/fr/agenda-2030/",
        "/fr/agenda-2030/interface-ville-port/",
        "/fr/contact/",
        "/fr/membres/",
        "/fr/membres/port-of-le-havre/",
        "/fr/accounts/login/",
        "/fr/accounts/signup/",
        "/fr/newsletter/",
        f"/fr/tickets/{SLUG}/",
    ],
    "en": [
        "/en/",
        "/en/news/",
        "/en/agenda/",
        "/en/agenda-2030/",
        "/en/agenda-2030/port-city-interface/",
        "/en/members/",
        "/en/members/?region=africa&kind=port_city",
        f"/en/tickets/{SLUG}/",
    ],
    "es": [
        "/es/",
        "/es/noticias/",
        "/es/agenda/",
        "/es/agenda-2030/",
        "/es/agenda-2030/interfaz-ciudad-puerto/",
        "/es/miembros/",
        "/es/miembros/port-of-le-havre/",
    ],
}
SIGNED_IN = [
    "/fr/account/",
    "/fr/tickets/orders/",
    "/es/account/",
    f"/fr/tickets/{SLUG}/group/",
    f"/es/tickets/{SLUG}/group/",
    "/es/tickets/waiting-list/",
]
WIDTHS = (390, 1366)


def problems_on(tab, url: str) -> list[str]:
    """What a visitor would hit on this page: sideways scrolling, axe findings."""
    response = tab.goto(url)
    found = []
    if response is None or response.status != 200:
        return [f"{url}: status {response.status if response else 'none'}"]
    width = tab.evaluate("document.documentElement.scrollWidth")
    window = tab.viewport_size["width"]
    if width > window:
        found.append(f"{url}: {width} px wide in a {window} px window")
    tab.evaluate(AXE)  # run by the test, not by the page: the CSP still holds
    result = tab.evaluate(
        "axe.run(document, {runOnly: {type: 'tag', values: "
        "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}})"
    )
    found += [
        f"{url} @{window}px: {v['id']} ({v['impact']}) at {v['nodes'][0]['target']}"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    return found


def signed_in_context(browser, live_server, user, width: int):
    client = Client()
    client.force_login(user)
    context = browser.new_context(viewport={"width": width, "height": 844})
    context.add_cookies(
        [
            {
                "name": "sessionid",
                "value": client.cookies["sessionid"].value,
                "url": live_server.url,
            }
        ]
    )
    return context


@pytest.mark.parametrize("width", WIDTHS)
def test_key_pages_fit_the_window_and_pass_axe(browser, live_server, demo, width):
    context = browser.new_context(viewport={"width": width, "height": 844})
    tab = context.new_page()
    found = [
        problem
        for paths in PUBLIC.values()
        for path in paths
        for problem in problems_on(tab, live_server.url + path)
    ]
    context.close()

    delegate = User.objects.get(email=DELEGATE_EMAIL)
    orders = [
        f"/fr/tickets/orders/{code}/"
        for code in Order.objects.filter(buyer=delegate).values_list("code", flat=True)
    ]
    assert orders, "the demo gives the delegate orders"
    context = signed_in_context(browser, live_server, delegate, width)
    tab = context.new_page()
    found += [
        problem
        for path in [*SIGNED_IN, *orders]
        for problem in problems_on(tab, live_server.url + path)
    ]
    context.close()

    assert found == [], "\n".join(found)
