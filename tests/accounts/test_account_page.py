"""The "My account" page: the accounts panels and those other modules register."""

import pytest
from wagtail import hooks

from accounts.panels import PANEL_HOOK, AccountPanel
from tests.factories import AffiliationFactory, VerifiedUserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def orders_panel():
    """A panel as the ticketing module registers one, with its own template."""
    panel = AccountPanel(
        key="test-orders",
        title="My orders",
        template_name="forms/form.html",
        get_context=lambda request: {"form": None, "orders": ["WC-2026-0001"]},
        order=40,
    )
    with hooks.register_temporarily(PANEL_HOOK, lambda: panel):
        yield panel


def test_anonymous_visitors_are_sent_to_sign_in(client):
    response = client.get("/fr/account/")

    assert response["Location"] == "/fr/accounts/login/?next=/fr/account/"


def test_the_page_shows_profile_organisation_security_and_data(client):
    link = AffiliationFactory(
        user__first_name="Aïcha",
        user__last_name="Diallo",
        organisation__name="Port Autonome de Dakar",
    )
    client.force_login(link.user)

    html = client.get("/en/account/").content.decode()

    assert "Aïcha Diallo" in html
    assert "Port Autonome de Dakar" in html
    assert "You have member rights." in html
    for key in ("profile", "organisation", "security", "privacy"):
        assert f'id="panel-{key}"' in html
    assert html.index('id="panel-profile"') < html.index('id="panel-privacy"')


def test_a_registered_panel_appears_in_its_place(client, orders_panel):
    client.force_login(VerifiedUserFactory())

    html = client.get("/en/account/").content.decode()

    assert 'id="panel-test-orders-title">My orders</h2>' in html
    assert (
        html.index('id="panel-security"')
        < html.index('id="panel-test-orders"')
        < html.index('id="panel-privacy"')
    )


def test_a_panel_with_nothing_to_show_is_left_out(client):
    panel = AccountPanel(
        key="test-courses",
        title="My courses",
        template_name="accounts/panels/profile.html",
        get_context=lambda request: None,
    )
    with hooks.register_temporarily(PANEL_HOOK, lambda: panel):
        client.force_login(VerifiedUserFactory())
        html = client.get("/en/account/").content.decode()

    assert "panel-test-courses" not in html


def test_profile_edit(client):
    user = VerifiedUserFactory()
    client.force_login(user)

    response = client.post(
        "/en/account/profile/",
        {"first_name": " Lucía ", "last_name": "Fernández", "language": "es"},
    )

    assert response["Location"] == "/en/account/"
    user.refresh_from_db()
    assert user.get_full_name() == "Lucía Fernández"


def test_the_account_page_query_count_does_not_grow(
    client, django_assert_max_num_queries
):
    user = VerifiedUserFactory()
    client.force_login(user)
    AffiliationFactory(user=user)
    # The frame, the profile and affiliations, then one query per module's empty panel
    # (two for the prize's: the person's entries, and whether they sit on the jury;
    # two for the self-diagnosis: the organisations, their latest assessments; one
    # for the events the person registered for).
    with django_assert_max_num_queries(36) as few:
        client.get("/en/account/")
    for _ in range(10):
        AffiliationFactory(user=user)

    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get("/en/account/")


@pytest.mark.parametrize(
    ("language", "title"),
    [("fr", "Mon compte"), ("en", "My account"), ("es", "Mi cuenta")],
)
def test_the_page_is_translated(client, language, title):
    client.force_login(VerifiedUserFactory())

    html = client.get(f"/{language}/account/").content.decode()

    assert f"<h1>{title}</h1>" in html
