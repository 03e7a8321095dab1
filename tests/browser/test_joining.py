"""A prospect applies on the campaign page; once approved, the member is listed."""

import pytest
from django.test import Client

from accounts.models import Organisation
from network.models import MembershipApplication
from tests.browser.helpers import problems_on
from tests.network.joining_fixtures import decider

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PAGES = [
    "/fr/adherer/",
    "/fr/adherer/ameriques-2026/",
    "/en/join/",
    "/en/join/americas-2026/",
    "/es/unirse/",
    "/es/unirse/americas-2026/",
]


@pytest.mark.parametrize("width", [390, 1366])
def test_join_pages_fit_and_pass_axe(live_server, demo, browser, width):
    context = browser.new_context(viewport={"width": width, "height": 844})
    tab = context.new_page()
    found = [p for path in PAGES for p in problems_on(tab, live_server.url + path)]
    context.close()

    assert found == []


def test_a_prospect_applies_then_appears_in_the_directory(live_server, demo, browser):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    tab = context.new_page()
    tab.goto(live_server.url + "/en/join/americas-2026/?utm_source=linkedin")
    tab.fill("#id_organisation_name", "Port of Houston Test")
    tab.select_option("#id_kind", "port_authority")
    tab.select_option("#id_country", "US")
    tab.fill("#id_city", "Houston")
    tab.fill("#id_contact_name", "Jo Smith")
    tab.fill("#id_contact_role", "Director")
    tab.fill("#id_email", "jo@houston.example")
    tab.check("#id_consent")
    tab.locator("form.form button[type=submit]").click()
    tab.wait_for_selector(".notice[role=status]")

    application = MembershipApplication.objects.get(email="jo@houston.example")
    assert application.campaign.code == "americas-2026"
    assert application.utm_source == "linkedin"
    assert application.language == "en"

    staff = Client()
    staff.force_login(decider())
    response = staff.post(
        f"/admin/network/applications/{application.pk}/approve/",
        {"kind": "port_authority", "membership_start": "2026-01-01"},
    )
    assert response.status_code == 302
    assert Organisation.objects.get(name="Port of Houston Test").is_listed

    tab.goto(live_server.url + "/en/members/?q=Houston")
    assert "Port of Houston Test" in tab.content()
    context.close()
