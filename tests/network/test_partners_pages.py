"""Partners: the page groups the active ones by kind; the block shows chosen ones."""

import pytest
from wagtail.blocks import StreamValue

from cms.blocks import BaseStreamBlock
from network.models import Partner
from network.selectors_practices import partners_for_block
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def partners():
    return {
        "region": Partner.objects.create(
            name="Région Normandie",
            kind="institutional",
            order=20,
            description="Soutient le réseau.",
            description_en="Supports the network.",
            url="https://normandie.example",
        ),
        "city": Partner.objects.create(
            name="Ville du Havre", kind="institutional", order=10
        ),
        "interreg": Partner.objects.create(name="Interreg Europe", kind="programme"),
        "media": Partner.objects.create(name="Port Cities Review", kind="media"),
        "former": Partner.objects.create(
            name="Ancien partenaire", kind="programme", active=False
        ),
    }


def test_the_page_groups_active_partners_by_kind(client, partners_page, partners):
    response = client.get("/fr/partenaires/")
    html = response.content.decode()

    groups = response.context["groups"]
    assert [group["kind"] for group in groups] == [
        "institutional",
        "programme",
        "media",
    ]
    assert [p.name for p in groups[0]["partners"]] == [
        "Ville du Havre",
        "Région Normandie",
    ]
    assert "Ancien partenaire" not in html
    assert 'href="https://normandie.example" rel="noopener"' in html


def test_descriptions_in_the_visitors_language(client, partners_page, partners):
    assert "Supports the network." in client.get("/en/partners/").content.decode()
    # No Spanish text: the French one.
    assert "Soutient le réseau." in client.get("/es/socios/").content.decode()


def test_an_empty_page_says_so(client, partners_page):
    response = client.get("/en/partners/")

    assert response.status_code == 200
    assert response.context["groups"] == []


def test_the_block_shows_chosen_active_partners_in_their_order(partners):
    chosen = [partners["media"], partners["former"], partners["region"]]

    found = partners_for_block(chosen=chosen)

    assert [p.name for p in found] == ["Port Cities Review", "Région Normandie"]


def test_the_block_shows_a_kind_or_every_kind(partners):
    assert [p.name for p in partners_for_block(chosen=[], kind="programme")] == [
        "Interreg Europe"
    ]
    assert len(partners_for_block(chosen=[])) == 4


def test_editors_place_the_block_in_a_page_body(client, homes, partners):
    block = BaseStreamBlock()
    body = StreamValue(
        block,
        [
            (
                "partners",
                block.child_blocks["partners"].to_python(
                    {
                        "title": "Nos partenaires",
                        "kind": "institutional",
                        "partners": [],
                    }
                ),
            ),
            (
                "partners",
                block.child_blocks["partners"].to_python(
                    {"title": "", "kind": "", "partners": [partners["interreg"].pk]}
                ),
            ),
        ],
    )
    page = StandardPageFactory(parent=homes["fr"], slug="a-propos", body=body)

    html = client.get(page.url).content.decode()

    assert "Nos partenaires" in html
    assert "Ville du Havre" in html and "Région Normandie" in html
    assert "Interreg Europe" in html
    assert "Port Cities Review" not in html
