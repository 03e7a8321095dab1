"""The good practices index: its filters narrow, bad input is a form error."""

import pytest

from tests.network.practice_fixtures import make_practice, measure

pytestmark = pytest.mark.django_db


@pytest.fixture
def practices(practice_index):
    index = practice_index["fr"]
    return [
        make_practice(
            index,
            "Port Center du Havre",
            goals=[6, 5],
            measures=[measure(6, 1)],
            theme="culture",
            year=2016,
        ),
        make_practice(
            index,
            "HafenCity",
            goals=[8],
            country="DE",
            port_city="Hamburg",
            year=2008,
        ),
        make_practice(
            index,
            "Places à eau",
            goals=[1, 10],
            country="NL",
            port_city="Rotterdam",
            theme="climate",
            year=2019,
        ),
        make_practice(index, "Brouillon", goals=[8], live=False),
    ]


def titles(response) -> list[str]:
    assert response.status_code == 200
    return [page.title for page in response.context["practices"]]


def test_the_index_lists_live_practices_newest_year_first(client, practices):
    response = client.get("/fr/bonnes-pratiques/")

    assert titles(response) == ["Places à eau", "Port Center du Havre", "HafenCity"]
    html = response.content.decode()
    assert "Brouillon" not in html
    assert "3 bonnes pratiques" in html or "3 good practices" in html
    assert "Hamburg, Allemagne" in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("goal=port-city-interface", ["HafenCity"]),
        ("goal=interface-ville-port", ["HafenCity"]),
        ("country=NL", ["Places à eau"]),
        ("theme=culture", ["Port Center du Havre"]),
        ("year=2008", ["HafenCity"]),
        ("q=rotterdam", ["Places à eau"]),
        ("q=  port   center ", ["Port Center du Havre"]),
        ("theme=waterfront&country=DE", ["HafenCity"]),
    ],
)
def test_each_filter_narrows(client, practices, query, expected):
    assert titles(client.get(f"/fr/bonnes-pratiques/?{query}")) == expected


@pytest.mark.parametrize(
    "query",
    [
        "goal=no-such-goal",
        "goal=%00",
        "country=ZZ",
        "theme=nonsense",
        "year=abc",
        "year=99999",
        "q=" + "x" * 300,
        "page=999999999999",
        "page=abc",
    ],
)
def test_bad_values_are_form_errors_not_server_errors(client, practices, query):
    response = client.get(f"/fr/bonnes-pratiques/?{query}")

    assert response.status_code == 200
    if not query.startswith("page="):
        assert response.context["filter"].form.errors
        assert 'class="form-errors"' in response.content.decode()
    assert len(response.context["practices"]) == 3  # the filter is ignored


def test_a_country_list_offers_the_countries_of_practices(client, practices):
    field = client.get("/fr/bonnes-pratiques/").context["filter"].form["country"]
    codes = [value for value, _label in field.field.choices if value]

    assert sorted(codes) == ["DE", "FR", "NL"]


def test_pagination(client, practice_index):
    for number in range(14):
        make_practice(practice_index["fr"], f"Pratique {number:02}")

    first = client.get("/fr/bonnes-pratiques/")
    second = client.get("/fr/bonnes-pratiques/?page=2")

    assert len(first.context["practices"]) == 12
    assert len(second.context["practices"]) == 2
    assert 'rel="next"' in first.content.decode()


def test_each_language_lists_its_own_practices(client, practice_index):
    make_practice(practice_index["fr"], "Une pratique")
    make_practice(practice_index["en"], "A practice")

    assert titles(client.get("/en/good-practices/")) == ["A practice"]
    assert titles(client.get("/fr/bonnes-pratiques/")) == ["Une pratique"]
