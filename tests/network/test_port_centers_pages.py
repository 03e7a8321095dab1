"""The Port Centers page, each Port Center's page, the sitemap, the members' map."""

import datetime
from decimal import Decimal

import pytest
from django.test import override_settings
from django.utils import timezone

from tests.factories import OrganisationFactory
from tests.network.port_center_fixtures import PortCenterFactory

pytestmark = pytest.mark.django_db

TILES = "https://tile.openstreetmap.org"


def test_the_page_lists_published_port_centers_only(
    client, port_centers_page, havre, draft
):
    response = client.get("/fr/port-centers/")

    assert response.status_code == 200
    assert [p.slug for p in response.context["port_centers"]] == ["le-havre"]
    html = response.content.decode()
    assert 'href="/fr/port-centers/le-havre/"' in html
    assert "Secret Draft" not in html
    assert "Port Center by AIVP" in html
    # The map reads the GeoJSON in the page's language, through data- attributes.
    assert 'data-geojson="/api/port-centers.geojson?lang=fr"' in html
    assert f'data-tile-url="{TILES}/{{z}}/{{x}}/{{y}}.png"' in html
    assert "<script>" not in html


def test_unpublished_port_centers_have_no_page(client, port_centers_page, draft):
    for language in ("fr", "en", "es"):
        response = client.get(f"/{language}/port-centers/secret-draft/")
        assert response.status_code == 404
    assert client.get("/fr/port-centers/no-such-center/").status_code == 404


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("country=FR", ["le-havre"]),
        ("region=africa", ["dakar"]),
        ("status=labelled", ["le-havre"]),
        ("audience=students", ["dakar"]),
        ("q=dak", ["dakar"]),
        ("q=dak&region=europe", []),
    ],
)
def test_filters_of_the_list(client, port_centers_page, havre, query, expected):
    PortCenterFactory(
        name="Dakar Port Center",
        slug="dakar",
        city="Dakar",
        country="SN",
        audiences=["students"],
    )

    response = client.get(f"/en/port-centers/?{query}")

    assert [p.slug for p in response.context["port_centers"]] == expected
    # The map shows what the list shows.
    assert "lang=en" in response.context["geojson_url"]
    for part in query.split("&"):
        assert part in response.context["geojson_url"]


@pytest.mark.parametrize(
    "query",
    ["country=ZZ", "region=atlantis", "status=gold", "audience=x", "q=" + "y" * 300],
)
def test_a_bad_filter_is_a_form_error_not_a_failure(
    client, port_centers_page, havre, query
):
    response = client.get(f"/fr/port-centers/?{query}")

    assert response.status_code == 200
    assert response.context["filter"].form.errors
    assert 'role="alert"' in response.content.decode()
    # The bad value is ignored: the list and the map show everything.
    assert [p.slug for p in response.context["port_centers"]] == ["le-havre"]
    assert response.context["geojson_url"] == "/api/port-centers.geojson?lang=fr"


def test_countries_offered_are_those_with_a_published_port_center(
    client, port_centers_page, havre, draft
):
    response = client.get("/es/port-centers/")

    choices = dict(response.context["filter"].form.fields["country"].choices)
    assert "FR" in choices and "SN" not in choices
    assert choices["FR"] == "Francia"


def test_the_detail_page_in_each_language(client, port_centers_page, havre):
    french = client.get("/fr/port-centers/le-havre/").content.decode()
    english = client.get("/en/port-centers/le-havre/").content.decode()
    spanish = client.get("/es/port-centers/le-havre/").content.decode()

    assert "Le port expliqué à tous." in french
    assert "The port explained to everyone." in english
    assert "Le port expliqué à tous." in spanish  # no Spanish text: French
    assert "Du mardi au dimanche" in english
    assert 'data-latitude="49.490000" data-longitude="0.110000"' in french
    for language in ("fr", "en", "es"):
        link = (
            f'<link rel="alternate" hreflang="{language}" '
            f'href="http://testserver/{language}/port-centers/le-havre/">'
        )
        assert link in english


def test_the_language_switcher_leads_to_the_same_port_center(
    client, port_centers_page, havre
):
    response = client.get("/es/port-centers/le-havre/")

    assert response.context["translation_urls"] == {
        "fr": "/fr/port-centers/le-havre/",
        "en": "/en/port-centers/le-havre/",
        "es": "/es/port-centers/le-havre/",
    }


def test_the_linked_member_is_shown_while_it_is_public(
    client, port_centers_page, directory, havre
):
    member = OrganisationFactory(name="Havre Port Authority", slug="havre-port")
    havre.organisation = member
    havre.save()

    html = client.get("/en/port-centers/le-havre/").content.decode()
    assert 'href="/en/members/havre-port/"' in html

    member.membership_end = timezone.localdate() - datetime.timedelta(days=1)
    member.save()
    html = client.get("/en/port-centers/le-havre/").content.decode()
    assert "Havre Port Authority" not in html


def test_only_map_pages_allow_the_tile_server(client, port_centers_page, havre):
    for url in ("/fr/port-centers/", "/fr/port-centers/le-havre/"):
        policy = client.get(url)["Content-Security-Policy"]
        assert f"img-src 'self' data: {TILES}" in policy
    assert TILES not in client.get("/fr/")["Content-Security-Policy"]


@override_settings(
    MAP_TILE_URL="https://{s}.tiles.example.org/{z}/{x}/{y}.png",
    MAP_TILE_ORIGIN="https://*.tiles.example.org",
)
def test_another_tile_server_comes_from_the_settings(client, port_centers_page, havre):
    response = client.get("/fr/port-centers/")

    assert "https://*.tiles.example.org" in response["Content-Security-Policy"]
    assert 'data-tile-url="https://{s}.tiles.example.org/' in response.content.decode()


def test_the_sitemap_has_published_port_centers_in_every_language(
    client, port_centers_page, havre, draft
):
    sitemap = client.get("/sitemap.xml").content.decode()

    for language in ("fr", "en", "es"):
        assert f"http://localhost/{language}/port-centers/le-havre/" in sitemap
    assert "secret-draft" not in sitemap


# --- The members directory on the map --------------------------------------------


@pytest.fixture
def placed_members():
    return [
        OrganisationFactory(
            name="Port of Tema",
            slug="port-of-tema",
            latitude=Decimal("5.633"),
            longitude=Decimal("0.016"),
        ),
        OrganisationFactory(name="City Without Place", slug="no-place"),
    ]


def test_the_members_map_lists_who_is_not_on_it(
    client, directory, placed_members, hidden
):
    response = client.get("/fr/membres/map/")

    assert response.status_code == 200
    assert response.context["on_map_count"] == 1
    assert [o.slug for o in response.context["off_map"]] == ["no-place"]
    html = response.content.decode()
    assert "Pas sur la carte" in html
    assert 'href="/fr/membres/no-place/"' in html
    assert 'data-geojson="/api/members.geojson?lang=fr"' in html
    assert 'href="/fr/membres/"' in html  # back to the list
    for organisation in hidden:
        assert organisation.name not in html
    assert TILES in response["Content-Security-Policy"]


def test_the_list_links_to_the_map_in_each_language(client, directory):
    assert 'href="/fr/membres/map/"' in client.get("/fr/membres/").content.decode()
    response = client.get("/es/miembros/map/")
    assert response.context["translation_urls"]["en"] == "/en/members/map/"


def test_map_is_no_organisation_address(directory):
    organisation = OrganisationFactory(name="Map")

    assert organisation.slug == "map-2"
