"""The join page and the admin list of applications cost the same at two sizes."""

import pytest
from django.test import Client

from network.models import MembershipApplication
from tests.network.joining_fixtures import FORM, add_benefits

pytestmark = pytest.mark.django_db


def count_queries(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)  # warm the caches (site root, locales)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


@pytest.mark.parametrize("path", ["/fr/adherer/", "/en/join/"])
def test_join_page_queries_do_not_grow_with_its_blocks(
    client, join_pages, path, django_assert_num_queries
):
    page = join_pages[path.split("/")[1]]
    add_benefits(page, 1)
    small = count_queries(client, path)
    add_benefits(page, 8)
    client.get(path)  # the menu and footer, renewed by the change, kept again

    with django_assert_num_queries(small):
        client.get(path)


def _apply(count):
    sender = Client()
    for n in range(count):
        sender.post("/fr/adherer/", dict(FORM, email=f"p{n}@example.org"))


def test_admin_list_queries_do_not_grow_with_the_applications(
    staff_client, join_pages, settings, campaign, django_assert_num_queries
):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "network.application": "99/h/ip"}
    _apply(2)
    MembershipApplication.objects.update(campaign=campaign)
    small = count_queries(staff_client, "/admin/network/applications/")
    _apply(10)
    MembershipApplication.objects.update(campaign=campaign)

    with django_assert_num_queries(small):
        staff_client.get("/admin/network/applications/")
