"""The public members directory: who is shown, filters, profiles, sitemap."""

import datetime

import pytest
from django.utils import timezone

from tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def members():
    return [
        OrganisationFactory(
            name="Port of Tema",
            kind="port_authority",
            country="GH",
            city="Tema",
            membership_start=datetime.date(2015, 3, 1),
            presentation="Le port de Tema.",
            presentation_en="The port of Tema.",
            website="https://tema.example",
        ),
        OrganisationFactory(
            name="City of Busan", kind="port_city", country="KR", city="Busan"
        ),
        OrganisationFactory(
            name="City of Valparaíso",
            kind="port_city",
            country="CL",
            city="Valparaíso",
            membership_end=timezone.localdate(),  # its last day is today
        ),
    ]


def test_the_directory_lists_listed_current_members_only(
    client, directory, members, hidden
):
    response = client.get("/fr/membres/")

    assert response.status_code == 200
    names = [o.name for o in response.context["members"]]
    assert names == ["City of Busan", "City of Valparaíso", "Port of Tema"]
    html = response.content.decode()
    for organisation in hidden:
        assert organisation.name not in html
    assert "Ghana" in html and "Membre depuis 2015" in html
    assert 'href="/fr/membres/port-of-tema/"' in html


def test_countries_are_named_in_the_visitors_language(client, directory, members):
    assert "Corée du Sud" in client.get("/fr/membres/").content.decode()
    assert "Corea del Sur" in client.get("/es/miembros/").content.decode()


def test_hidden_organisations_have_no_profile(client, directory, hidden):
    for organisation in hidden:
        for prefix in ("/fr/membres/", "/en/members/"):
            response = client.get(f"{prefix}{organisation.slug}/")
            assert response.status_code == 404
    assert client.get("/fr/membres/no-such-member/").status_code == 404


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("kind=port_city", ["City of Busan", "City of Valparaíso"]),
        ("region=africa", ["Port of Tema"]),
        ("country=KR", ["City of Busan"]),
        ("q=valpa", ["City of Valparaíso"]),
        ("q=tema&kind=port_authority", ["Port of Tema"]),
        ("q=busan&region=americas", []),
    ],
)
def test_filters_and_search(client, directory, members, query, expected):
    response = client.get(f"/fr/membres/?{query}")

    assert [o.name for o in response.context["members"]] == expected


def test_region_counts_follow_the_other_filters(client, directory, members):
    response = client.get("/fr/membres/?kind=port_city&region=africa")

    counts = {bar["code"]: bar["count"] for bar in response.context["region_bars"]}
    assert counts == {
        "europe": 0,
        "africa": 0,
        "americas": 1,
        "asia_pacific": 1,
        "middle_east": 0,
    }
    html = response.content.decode()
    assert 'href="?kind=port_city&amp;region=americas"' in html


@pytest.mark.parametrize(
    "query",
    [
        "kind=rocket",
        "region=atlantis",
        "country=XX",
        "country=%00",
        "q=" + "x" * 5000,
        "page=abc",
        "page=" + "9" * 400,
        "kind=a&kind=b&region=europe",
    ],
)
def test_a_bad_filter_value_gives_the_page_with_a_message(
    client, directory, members, query
):
    response = client.get(f"/fr/membres/?{query}")

    assert response.status_code == 200
    if not query.startswith("page"):
        assert response.context["filter"].errors
        assert "Certains filtres n'ont pas été compris" in response.content.decode()


def test_the_directory_is_paginated_by_24(client, directory):
    for number in range(30):
        OrganisationFactory(name=f"Member {number:02}")

    first = client.get("/fr/membres/")
    second = client.get("/fr/membres/?page=2")

    assert len(first.context["members"]) == 24
    assert len(second.context["members"]) == 6


@pytest.mark.parametrize(
    ("url", "text"),
    [
        ("/fr/membres/port-of-tema/", "Le port de Tema."),
        ("/en/members/port-of-tema/", "The port of Tema."),
        ("/es/miembros/port-of-tema/", "Le port de Tema."),  # no Spanish: French
    ],
)
def test_the_profile_shows_the_localized_presentation(
    client, directory, members, url, text
):
    response = client.get(url)

    assert response.status_code == 200
    html = response.content.decode()
    assert text in html
    assert 'rel="noopener"' in html
    assert 'hreflang="en" href="http://testserver/en/members/port-of-tema/"' in html
    assert 'hreflang="es" href="http://testserver/es/miembros/port-of-tema/"' in html
    assert 'href="/en/members/port-of-tema/"' in html  # the language switcher


def test_the_sitemap_lists_each_profile_in_each_language(
    client, directory, members, hidden
):
    xml = client.get("/sitemap.xml").content.decode()

    for prefix in ("/fr/membres/", "/en/members/", "/es/miembros/"):
        assert f"http://localhost{prefix}port-of-tema/</loc>" in xml
        for organisation in hidden:
            assert f"{prefix}{organisation.slug}/" not in xml
    assert 'hreflang="es" href="http://localhost/es/miembros/city-of-busan/"' in xml


def test_a_former_address_leads_to_the_profile_while_it_is_public(client, directory):
    member = OrganisationFactory(name="Port of Tema")
    member.slug = "tema"
    member.save()

    response = client.get("/en/members/port-of-tema/")

    assert response.status_code == 301
    assert response["Location"] == "/en/members/tema/"
    member.is_listed = False
    member.save()
    assert client.get("/en/members/port-of-tema/").status_code == 404
