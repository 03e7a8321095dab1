"""Every key page fits a phone and passes axe-core, in each of the three languages.

At 390 px (a phone) and 1366 px, the document must be no wider than the window
(nothing scrolls sideways), and axe-core (WCAG 2.2 AA rules, injected into the page)
must find no serious or critical violation. The signed-in pages are checked as the
demo delegate sees them.
"""

import pytest

from accounts.models import User
from tests.browser.helpers import problems_on, signed_in_context
from ticketing.demo import DELEGATE_EMAIL, SLUG
from ticketing.models import Order

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]

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
