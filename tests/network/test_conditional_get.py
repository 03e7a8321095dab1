"""Conditional requests on the maps' GeoJSON and on the sitemap's members and Port
Centers: 304 until what the answer shows changes, even when no timestamp moves."""

import json
from decimal import Decimal

import pytest

from accounts.models import Organisation
from network.models import PortCenter
from tests.factories import OrganisationFactory
from tests.network.port_center_fixtures import PortCenterFactory

pytestmark = pytest.mark.django_db

PORT_CENTERS = "/api/port-centers.geojson"
MEMBERS = "/api/members.geojson"
SITEMAP = "/sitemap.xml"


def revalidate(client, url: str, etag: str, method: str = "get"):
    return getattr(client, method)(url, HTTP_IF_NONE_MATCH=etag)


def assert_not_modified(response) -> None:
    assert response.status_code == 304
    assert response.content == b""


def ids(response) -> list[str]:
    assert response.status_code == 200
    return [feature["id"] for feature in json.loads(response.content)["features"]]


def placed_member(slug: str) -> Organisation:
    return OrganisationFactory(
        name=slug.title(), slug=slug, latitude=Decimal("5.6"), longitude=Decimal("0.1")
    )


@pytest.fixture
def dakar():
    return PortCenterFactory(name="Port Center Dakar", slug="dakar", country="SN")


def test_a_304_keeps_the_caching_and_sharing_headers(client, port_centers_page, havre):
    first = client.get(PORT_CENTERS)
    assert first["ETag"].startswith('W/"')

    not_modified = revalidate(client, PORT_CENTERS, first["ETag"])

    assert_not_modified(not_modified)
    assert not_modified["ETag"] == first["ETag"]
    assert not_modified["Cache-Control"] == first["Cache-Control"]
    assert "public" in not_modified["Cache-Control"]
    assert not_modified["Access-Control-Allow-Origin"] == "*"
    assert not_modified["Cross-Origin-Resource-Policy"] == "cross-origin"


def test_a_port_center_unpublished_or_added_is_seen(
    client, port_centers_page, havre, dakar
):
    first = client.get(PORT_CENTERS)
    assert_not_modified(revalidate(client, PORT_CENTERS, first["ETag"]))

    # Not the latest one changed, and its timestamp does not even move.
    PortCenter.objects.filter(pk=havre.pk).update(is_published=False)
    unpublished = revalidate(client, PORT_CENTERS, first["ETag"])
    assert ids(unpublished) == ["dakar"]
    assert unpublished["ETag"] != first["ETag"]

    PortCenterFactory(name="Port Center Anvers", slug="anvers", country="BE")
    added = revalidate(client, PORT_CENTERS, unpublished["ETag"])
    assert "anvers" in ids(added)


def test_the_language_and_the_filters_are_in_the_etag(
    client, port_centers_page, havre, dakar
):
    urls = [
        PORT_CENTERS,
        f"{PORT_CENTERS}?lang=en",
        f"{PORT_CENTERS}?lang=es",
        f"{PORT_CENTERS}?country=SN",
        f"{PORT_CENTERS}?country=FR",
        f"{PORT_CENTERS}?country=FR&status=labelled",
    ]

    etags = {client.get(url)["ETag"] for url in urls}

    assert len(etags) == len(urls)
    french = f"{PORT_CENTERS}?country=FR"
    senegalese = client.get(f"{PORT_CENTERS}?country=SN")["ETag"]
    assert ids(revalidate(client, french, senegalese)) == ["le-havre"]


def test_a_refused_question_has_no_etag_and_no_304(client, havre):
    for url in (f"{PORT_CENTERS}?status=gold", f"{MEMBERS}?lang=xx"):
        response = client.get(url)

        assert response.status_code == 400
        assert "ETag" not in response
        assert revalidate(client, url, "*").status_code == 400


def test_the_members_map_changes_when_a_member_leaves_or_joins(client, directory):
    tema = placed_member("tema")
    placed_member("dakar")
    first = client.get(MEMBERS)
    assert_not_modified(revalidate(client, MEMBERS, first["ETag"]))

    Organisation.objects.filter(pk=tema.pk).update(is_listed=False)
    left = revalidate(client, MEMBERS, first["ETag"])
    assert ids(left) == ["dakar"]

    placed_member("abidjan")
    joined = revalidate(client, MEMBERS, left["ETag"])
    assert sorted(ids(joined)) == ["abidjan", "dakar"]


def test_the_members_map_has_an_etag_per_language(client, directory):
    placed_member("tema")
    french = client.get(MEMBERS)

    english = revalidate(client, f"{MEMBERS}?lang=en", french["ETag"])

    assert english.status_code == 200
    assert english["ETag"] != french["ETag"]
    assert client.get(f"{MEMBERS}?lang=fr")["ETag"] == french["ETag"]


@pytest.mark.parametrize("url", [PORT_CENTERS, f"{PORT_CENTERS}?lang=es", MEMBERS])
def test_head_gets_the_etag_and_304(client, port_centers_page, directory, havre, url):
    placed_member("tema")
    etag = client.get(url)["ETag"]

    head = client.head(url)

    assert head.status_code == 200
    assert head["ETag"] == etag
    assert_not_modified(revalidate(client, url, etag, method="head"))


def test_the_sitemap_changes_with_members_and_port_centers(
    client, directory, port_centers_page, havre, dakar
):
    tema = placed_member("tema")
    placed_member("abidjan")
    first = client.get(SITEMAP)
    assert_not_modified(revalidate(client, SITEMAP, first["ETag"]))

    Organisation.objects.filter(pk=tema.pk).update(is_listed=False)
    left = revalidate(client, SITEMAP, first["ETag"])
    assert left.status_code == 200
    assert "/membres/tema/" not in left.content.decode()

    PortCenter.objects.filter(pk=havre.pk).update(is_published=False)
    unpublished = revalidate(client, SITEMAP, left["ETag"])
    assert unpublished.status_code == 200
    assert "/port-centers/le-havre/" not in unpublished.content.decode()


@pytest.mark.parametrize(
    "url",
    [
        PORT_CENTERS,
        f"{PORT_CENTERS}?lang=en&country=FR&status=labelled&audience=schools&q=havre",
        MEMBERS,
        f"{MEMBERS}?lang=es",
        SITEMAP,
    ],
)
def test_a_304_costs_at_most_three_queries_whatever_the_content(
    client, port_centers_page, directory, url, django_assert_max_num_queries
):
    for size in (1, 10):
        for number in range(size):
            placed_member(f"member-{size}-{number}")
            PortCenterFactory(slug=f"center-{size}-{number}", label_status="labelled")
        etag = client.get(url)["ETag"]

        with django_assert_max_num_queries(3):
            response = revalidate(client, url, etag)

        assert response.status_code == 304
