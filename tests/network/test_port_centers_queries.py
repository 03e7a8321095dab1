"""The Port Centers' pages and the GeoJSON cost the same queries at any size."""

from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from network.models import PortCenterPhoto
from tests.factories import OrganisationFactory
from tests.network.port_center_fixtures import PortCenterFactory

pytestmark = pytest.mark.django_db

COUNTRIES = ["FR", "SN", "CL", "JP", "JO", "BR", "KE", "NZ", "ES", "CA"]


def port_centers(count: int, start: int = 0) -> None:
    members = [OrganisationFactory(name=f"Member {start}-{n}") for n in range(2)]
    for number in range(start, start + count):
        PortCenterFactory(
            name=f"Port Center {number:03}",
            slug=f"port-center-{number:03}",
            country=COUNTRIES[number % len(COUNTRIES)],
            latitude=Decimal(number % 80),
            longitude=Decimal(number % 170),
            label_status=["labelled", "candidate", "none"][number % 3],
            label_year=2020,
            audiences=["general_public", "schools"][: number % 3],
            organisation=members[number % 2],
        )


def members_on_map(count: int, start: int = 0) -> None:
    for number in range(start, start + count):
        OrganisationFactory(
            name=f"Placed member {number:03}",
            country=COUNTRIES[number % len(COUNTRIES)],
            latitude=Decimal(number % 80) if number % 4 else None,
            longitude=Decimal(number % 170) if number % 4 else None,
        )


def queries(client, url: str) -> int:
    client.get(url)  # caches warmed (site, locales, settings)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(context.captured_queries)


@pytest.mark.parametrize(
    "url",
    [
        "/fr/port-centers/",
        "/en/port-centers/?region=europe&status=labelled&audience=schools&q=port",
        "/es/port-centers/port-center-001/",
        "/api/port-centers.geojson",
        "/api/port-centers.geojson?lang=es&country=FR&status=candidate",
    ],
)
def test_port_centers_cost_the_same_with_3_and_30(client, port_centers_page, url):
    port_centers(3)
    small = queries(client, url)
    port_centers(27, start=3)
    large = queries(client, url)

    assert small == large, (small, large)
    assert large <= (5 if url.startswith("/api/") else 30)


def test_a_port_center_with_photos_costs_the_same_with_1_and_6(
    client, port_centers_page
):
    from wagtail.images.tests.utils import get_test_image_file

    from cms.models import CustomImage

    port_centers(2)
    center = PortCenterFactory(slug="gallery")
    url = "/fr/port-centers/gallery/"

    def add_photos(count):
        for number in range(count):
            image = CustomImage.objects.create(
                title=f"photo {number}", file=get_test_image_file()
            )
            PortCenterPhoto.objects.create(port_center=center, image=image)

    add_photos(1)
    small = queries(client, url)
    add_photos(5)
    large = queries(client, url)

    assert small == large, (small, large)


@pytest.mark.parametrize(
    "url", ["/api/members.geojson", "/fr/membres/map/", "/en/members/map/"]
)
def test_the_members_map_costs_the_same_with_3_and_30(client, directory, url):
    members_on_map(3)
    small = queries(client, url)
    members_on_map(27, start=3)
    large = queries(client, url)

    assert small == large, (small, large)
    assert large <= (5 if url.startswith("/api/") else 30)
