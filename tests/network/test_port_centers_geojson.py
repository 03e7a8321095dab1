"""The GeoJSON of the Port Centers and of the members: RFC 7946, filters, caching."""

import datetime
import json
from decimal import Decimal

import pytest
from django.utils import timezone

from tests.factories import OrganisationFactory
from tests.network.port_center_fixtures import PortCenterFactory

pytestmark = pytest.mark.django_db

PORT_CENTERS = "/api/port-centers.geojson"
MEMBERS = "/api/members.geojson"


def assert_rfc7946(collection: dict) -> None:
    """What RFC 7946 requires of a FeatureCollection of Points (sections 3.1-3.3)."""
    assert collection["type"] == "FeatureCollection"
    assert isinstance(collection["features"], list)
    for feature in collection["features"]:
        assert feature["type"] == "Feature"
        assert isinstance(feature["properties"], dict)
        geometry = feature["geometry"]
        assert geometry["type"] == "Point"
        position = geometry["coordinates"]
        assert len(position) == 2
        longitude, latitude = position
        for value in position:
            assert isinstance(value, int | float) and not isinstance(value, bool)
        assert -180 <= longitude <= 180
        assert -90 <= latitude <= 90
        if "id" in feature:
            assert isinstance(feature["id"], str | int)


def features(client, url: str, expected_status: int = 200) -> list[dict]:
    response = client.get(url)
    assert response.status_code == expected_status, response.content
    collection = json.loads(response.content)
    assert_rfc7946(collection)
    return collection["features"]


def test_a_port_center_is_a_point_longitude_first(client, port_centers_page, havre):
    response = client.get(PORT_CENTERS)

    assert response["Content-Type"].startswith("application/geo+json")
    collection = json.loads(response.content)
    assert_rfc7946(collection)
    [feature] = collection["features"]
    assert feature["geometry"]["coordinates"] == [0.11, 49.49]
    assert feature["id"] == "le-havre"
    properties = feature["properties"]
    assert properties == {
        "name": "Port Center Le Havre",
        "slug": "le-havre",
        "city": "Le Havre",
        "country": "FR",
        "country_name": "France",
        "label_status": "labelled",
        "label_status_name": "Labellisé",
        "audiences": ["general_public", "schools"],
        "url": "http://testserver/fr/port-centers/le-havre/",
    }


def test_the_language_names_countries_and_chooses_the_page(
    client, port_centers_page, havre
):
    [english] = features(client, f"{PORT_CENTERS}?lang=en")
    [spanish] = features(client, f"{PORT_CENTERS}?lang=es")

    assert english["properties"]["url"] == "http://testserver/en/port-centers/le-havre/"
    assert english["properties"]["label_status_name"] == "Labelled"
    assert spanish["properties"]["url"] == "http://testserver/es/port-centers/le-havre/"
    assert spanish["properties"]["country_name"] == "Francia"


def test_unpublished_port_centers_are_left_out(client, port_centers_page, havre, draft):
    slugs = [f["properties"]["slug"] for f in features(client, PORT_CENTERS)]

    assert slugs == ["le-havre"]
    assert b"Secret Draft" not in client.get(PORT_CENTERS).content


def test_a_suspended_label_is_published_as_no_label(client, port_centers_page):
    PortCenterFactory(slug="paused", label_status="suspended", label_year=2020)

    [feature] = features(client, f"{PORT_CENTERS}?lang=en")

    assert feature["properties"]["label_status"] == "none"
    assert [f["id"] for f in features(client, f"{PORT_CENTERS}?status=none")] == [
        "paused"
    ]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["dakar", "le-havre", "montreal"]),
        ("country=SN", ["dakar"]),
        ("region=americas", ["montreal"]),
        ("region=europe", ["le-havre"]),
        ("status=labelled", ["le-havre"]),
        ("status=candidate", ["montreal"]),
        ("status=none", ["dakar"]),
        ("audience=schools", ["dakar", "le-havre"]),
        ("audience=tourists", []),
        ("q=mont", ["montreal"]),
        ("q=HAVRE&audience=schools&country=FR", ["le-havre"]),
        ("country=US", []),  # any ISO code is a valid question
    ],
)
def test_filters(client, port_centers_page, havre, query, expected):
    PortCenterFactory(
        name="Dakar Port Center",
        slug="dakar",
        city="Dakar",
        country="SN",
        audiences=["schools"],
    )
    PortCenterFactory(
        name="Montréal Port Center",
        slug="montreal",
        city="Montreal",
        country="CA",
        label_status="candidate",
    )

    found = features(client, f"{PORT_CENTERS}?{query}")

    assert sorted(f["properties"]["slug"] for f in found) == expected


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("country=ZZ", "country"),
        ("region=atlantis", "region"),
        ("status=gold", "status"),
        ("audience=aliens", "audience"),
        ("q=" + "x" * 101, "q"),
        ("lang=de", "lang"),
    ],
)
def test_a_bad_value_is_a_400_with_a_json_message(client, havre, query, field):
    response = client.get(f"{PORT_CENTERS}?{query}")

    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert response["Access-Control-Allow-Origin"] == "*"
    payload = json.loads(response.content)
    assert payload["error"]
    assert field in payload["fields"]


def test_the_error_is_in_the_requested_language(client):
    response = client.get(f"{PORT_CENTERS}?lang=es&status=gold")

    payload = json.loads(response.content)
    assert payload["error"] == "Algunos filtros no son válidos (véase fields)."
    assert "gold" in payload["fields"]["status"][0]
    assert "Escoja una opción válida" in payload["fields"]["status"][0]


def test_caching_and_sharing_headers(client, port_centers_page, havre):
    response = client.get(PORT_CENTERS)

    assert response["Cache-Control"] == "public, max-age=300"
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response["Cross-Origin-Resource-Policy"] == "cross-origin"
    etag = response["ETag"]
    again = client.get(PORT_CENTERS, headers={"if-none-match": etag})
    assert again.status_code == 304
    assert again.content == b""
    havre.name = "Port Center du Havre"
    havre.save()
    changed = client.get(PORT_CENTERS, headers={"if-none-match": etag})
    assert changed.status_code == 200
    assert changed["ETag"] != etag


def test_only_read_methods_are_answered(client, havre):
    assert client.post(PORT_CENTERS).status_code == 405
    assert client.head(PORT_CENTERS).status_code == 200


# --- The members' map -----------------------------------------------------------


def test_members_geojson_shows_public_members_with_coordinates_only(
    client, directory, hidden
):
    OrganisationFactory(
        name="Port of Tema",
        slug="port-of-tema",
        kind="port_authority",
        country="GH",
        city="Tema",
        latitude=Decimal("5.633"),
        longitude=Decimal("0.016"),
    )
    OrganisationFactory(name="Nowhere City", slug="nowhere")  # no coordinates
    for organisation in hidden:  # unlisted, lapsed, suspended, prospective
        organisation.latitude, organisation.longitude = Decimal(1), Decimal(2)
        organisation.save()

    found = features(client, f"{MEMBERS}?lang=en")

    assert [f["id"] for f in found] == ["port-of-tema"]
    [tema] = found
    assert tema["geometry"]["coordinates"] == [0.016, 5.633]
    assert tema["properties"] == {
        "name": "Port of Tema",
        "slug": "port-of-tema",
        "city": "Tema",
        "country": "GH",
        "country_name": "Ghana",
        "kind": "port_authority",
        "kind_name": "Port authority",
        "url": "http://testserver/en/members/port-of-tema/",
        "badges": [],  # distinctions other modules give (docs/network.md)
    }
    content = client.get(MEMBERS).content.decode()
    for organisation in hidden:
        assert organisation.name not in content


def test_a_member_whose_membership_ends_leaves_the_map(client, directory):
    member = OrganisationFactory(
        slug="ending", latitude=Decimal("10"), longitude=Decimal("20")
    )
    assert [f["id"] for f in features(client, MEMBERS)] == ["ending"]

    member.membership_end = timezone.localdate() - datetime.timedelta(days=1)
    member.save()

    assert features(client, MEMBERS) == []


def test_members_geojson_shares_the_format_and_its_refusals(client, directory):
    response = client.get(f"{MEMBERS}?lang=xx")

    assert response.status_code == 400
    assert "lang" in json.loads(response.content)["fields"]
    ok = client.get(MEMBERS)
    assert ok["Content-Type"].startswith("application/geo+json")
    assert ok["Access-Control-Allow-Origin"] == "*"
    assert ok["Cache-Control"] == "public, max-age=300"
