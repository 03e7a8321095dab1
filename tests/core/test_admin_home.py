"""The admin home's work panels (core/admin_home.py): each role sees the queues it
may act on and no other, each count is the number of rows behind it, and the page
costs the same number of queries with 1 or 50 items in every queue."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.text import slugify

from tests.cms.conftest import agenda
from tests.core.admin_home_queues import (
    CAPACITY,
    ROLES,
    build_world,
    counts,
    fill,
    panels,
    staff,
)

__all__ = ["agenda"]

pytestmark = pytest.mark.django_db

HOME = "/admin/"
EXPECTED = {
    # Editors organise the events' registrations (events.change_registrant).
    "Editors": {"cms_page_work", "events_coming"},
    # Join requests and membership applications, assessments to review.
    "Moderators": {"cms_page_work", "network_applications_waiting", "diagnosis_work"},
    # The failed e-mails too (core.manage_outbox), since one failed here.
    "Ticketing staff": {"ticketing_work", "outbox_failed"},
    "Course staff": {"courses_applications_waiting"},
    "Prize managers": {"awards_work"},
}
EVERY_PANEL = set().union(*EXPECTED.values())


@pytest.fixture
def world(homes, agenda):
    world = build_world(homes, agenda)
    fill(world, 1)
    return world


def home(client, user) -> str:
    client.force_login(user)
    response = client.get(HOME)
    assert response.status_code == 200
    return response.content.decode()


def role_member(role: str):
    return staff(f"{slugify(role)}@aivp.example", groups=[role])


def test_each_role_sees_the_panels_it_may_act_on_and_no_other(client, world):
    seen = {role: panels(home(client, role_member(role))) for role in ROLES}

    assert seen == EXPECTED


def test_a_superuser_sees_every_panel_and_plain_staff_none(client, world):
    superuser = staff("root@aivp.example", superuser=True)
    plain = staff("plain@aivp.example", perms=["wagtailadmin.access_admin"])

    assert panels(home(client, superuser)) == EVERY_PANEL
    assert panels(home(client, plain)) == set()


def test_within_a_panel_each_row_needs_its_own_permission(client, world):
    """Someone who may decide join requests but not membership applications sees
    the first queue only; a ticketing clerk without the waiting list's
    permission does not see it."""
    people = staff(
        "people@aivp.example",
        perms=["wagtailadmin.access_admin", "accounts.change_affiliation"],
    )
    clerk = staff(
        "clerk@aivp.example",
        perms=["wagtailadmin.access_admin", "ticketing.view_order"],
    )

    rows = counts(home(client, people))
    assert set(rows) == {("network_applications_waiting", "join_requests")}
    rows = counts(home(client, clerk))
    assert ("ticketing_work", "orders_attention") in rows
    assert ("ticketing_work", "waiting_list") not in rows
    assert ("ticketing_work", "stripe_flagged") not in rows


def test_the_counts_are_the_rows(client, world):
    superuser = staff("root@aivp.example", superuser=True)
    before, editor_before = (
        counts(home(client, superuser)),
        counts(home(client, world.editor)),
    )

    fill(world, 3)

    after, editor_after = (
        counts(home(client, superuser)),
        counts(home(client, world.editor)),
    )
    grown = {key: after[key] - before.get(key, 0) for key in after}
    expected = {
        ("cms_page_work", "drafts"): 0,  # the editor's, not the superuser's
        ("cms_page_work", "scheduled"): 3,
        ("cms_page_work", "untranslated-en"): 3,
        ("cms_page_work", "untranslated-es"): 3,
        ("ticketing_work", "paid_today"): 3,
        ("ticketing_work", "sold"): 3,
        ("ticketing_work", f"quota-{world.quota.pk}"): -3,
        ("ticketing_work", "transfers_awaited"): 3,
        ("ticketing_work", "transfers_overdue"): 3,
        ("ticketing_work", "orders_attention"): 3,
        ("ticketing_work", "stripe_flagged"): 3,
        ("ticketing_work", "waiting_list"): 3,
        ("ticketing_work", "group_requests"): 3,
        ("network_applications_waiting", "join_requests"): 3,
        ("network_applications_waiting", "applications_new"): 3,
        ("network_applications_waiting", "applications_contacted"): 0,
        ("courses_applications_waiting", f"promotion-{world.promotion.pk}"): 3,
        ("awards_work", f"edition-{world.edition.pk}"): 3,
        ("awards_work", f"round-{world.round.pk}"): 3,
        ("diagnosis_work", "submitted"): 3,
        ("diagnosis_work", "to_review"): 3,
        ("outbox_failed", "failed"): 3,
    }
    assert {key: grown.get(key) for key in expected} == expected
    assert after[("ticketing_work", "sold")] == 4
    assert after[("ticketing_work", f"quota-{world.quota.pk}")] == CAPACITY - 4
    assert after[("courses_applications_waiting", f"promotion-{world.promotion.pk}")]
    assert editor_after[("cms_page_work", "drafts")] == 4
    assert editor_before[("cms_page_work", "drafts")] == 1
    assert editor_after[("cms_page_work", "scheduled")] == 4  # pages they own


def test_the_rows_link_to_listings_showing_the_same_rows(client, world):
    html = home(client, world.editor)

    for kind in ("drafts", "scheduled", "untranslated-en", "untranslated-es"):
        assert f"/admin/pages-to-work-on/?work={kind}" in html
        listing = client.get("/admin/pages-to-work-on/", {"work": kind})
        assert listing.status_code == 200
        pages = [page.slug for page in listing.context["object_list"]]
        if kind in ("drafts", "scheduled"):
            assert pages == ["work-0"]
        else:
            assert "work-0" in pages and world.home.slug not in pages
    clerk = staff("tickets@aivp.example", groups=["Ticketing staff"])
    client.force_login(clerk)
    assert client.get("/admin/pages-to-work-on/").status_code in (302, 403)
    attention = client.get("/admin/ticketing/orders/", {"needs_attention": "true"})
    assert [order.needs_attention for order in attention.context["object_list"]] == [
        True
    ]
    overdue = client.get(
        "/admin/ticketing/orders/",
        {
            "conference": world.conference.pk,
            "state": "expired",
            "payment_method": "bank_transfer",
        },
    )
    assert len(overdue.context["object_list"]) == 1


def test_the_home_page_costs_the_same_with_1_and_50_items_in_each_queue(client, world):
    people = {
        "superuser": staff("root@aivp.example", superuser=True),
        "editor": world.editor,
        **{role: role_member(role) for role in ROLES if role != "Editors"},
    }

    def measure() -> dict[str, int]:
        queries = {}
        for name, user in people.items():
            client.force_login(user)
            assert client.get(HOME).status_code == 200  # warm-up
            with CaptureQueriesContext(connection) as captured:
                assert client.get(HOME).status_code == 200
            queries[name] = len(captured)
        return queries

    with_one = measure()
    fill(world, 49)
    with_fifty = measure()

    assert with_fifty == with_one
