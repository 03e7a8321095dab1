"""The directory and a profile cost the same queries whatever the number of members."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db

COUNTRIES = ["FR", "SN", "CL", "JP", "JO", "BR", "KE", "NZ", "ES", "CA"]


def members(count: int, start: int = 0) -> None:
    for number in range(start, start + count):
        OrganisationFactory(
            name=f"Member {number:03}",
            country=COUNTRIES[number % len(COUNTRIES)],
            kind="port_city" if number % 2 else "port_authority",
        )


def queries(client, url: str) -> int:
    client.get(url)  # caches warmed (site, locales, settings)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


@pytest.mark.parametrize(
    "url",
    [
        "/fr/membres/",
        "/en/members/?kind=port_city&region=europe",
        "/fr/membres/member-001/",
        "/es/miembros/member-002/",
    ],
)
def test_the_same_queries_with_3_and_30_members(client, directory, url):
    members(3)
    small = queries(client, url)
    members(27, start=3)
    large = queries(client, url)

    assert small == large, (small, large)
    assert large <= 30
