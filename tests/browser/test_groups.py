"""Working groups and the members' library in a browser: every page fits a phone and
passes axe, in each language; a member downloads a report a non-member cannot."""

import pytest

from accounts.demo import DEMO_MEMBER_EMAIL, DEMO_NON_MEMBER_EMAIL
from accounts.models import User
from tests.browser.helpers import problems_on, signed_in_context

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PAGES = [
    "/fr/groupes-de-travail/",
    "/fr/groupes-de-travail/port-center/",
    "/fr/bibliotheque/",
    "/fr/bibliotheque/benchmarking-2025/",
    "/en/working-groups/",
    "/en/working-groups/cruise/",
    "/en/library/",
    "/en/library/masterclass-waterfronts/",
    "/es/grupos-de-trabajo/",
    "/es/grupos-de-trabajo/port-center/",
    "/es/biblioteca/",
    "/es/biblioteca/port-center-dakar/",
]
REPORT = "/en/library/benchmarking-2025/"


@pytest.mark.parametrize("width", (390, 1366))
def test_pages_fit_the_window_and_pass_axe(browser, live_server, demo, width):
    context = browser.new_context(viewport={"width": width, "height": 844})
    tab = context.new_page()
    found = [p for path in PAGES for p in problems_on(tab, live_server.url + path)]
    context.close()
    member = User.objects.get(email=DEMO_MEMBER_EMAIL)
    context = signed_in_context(browser, live_server, member, width)
    tab = context.new_page()
    for path in ("/fr/groupes-de-travail/port-center/", REPORT, "/en/account/"):
        found += problems_on(tab, live_server.url + path)
    context.close()
    assert found == [], "\n".join(found)


def test_a_member_downloads_the_report_a_non_member_cannot(browser, live_server, demo):
    member = User.objects.get(email=DEMO_MEMBER_EMAIL)
    context = signed_in_context(browser, live_server, member, 1366)
    tab = context.new_page()
    tab.goto(live_server.url + REPORT)
    link = tab.locator("a[download]").first
    href = link.get_attribute("href")
    with tab.expect_download() as download_info:
        link.click()
    download = download_info.value
    assert download.suggested_filename.endswith(".pdf")
    with open(download.path(), "rb") as handle:
        assert handle.read(4) == b"%PDF"
    tab.goto(live_server.url + "/fr/groupes-de-travail/port-center/")
    assert tab.locator(".members-only a[href^='/documents/']").count() == 1
    context.close()

    outsider = User.objects.get(email=DEMO_NON_MEMBER_EMAIL)
    context = signed_in_context(browser, live_server, outsider, 1366)
    tab = context.new_page()
    tab.goto(live_server.url + REPORT)
    assert tab.locator("a[download]").count() == 0
    response = tab.request.get(live_server.url + href)
    assert response.status == 404
    context.close()
