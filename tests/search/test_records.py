"""Members, Port Centers and prize winners are found by the same search box as the
pages: only the public ones, in the visitor's language, each type a facet."""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from awards.models import Edition, Entry
from search.engine import site_search
from tests.awards.fixtures import submitted_entry
from tests.factories import OrganisationFactory
from tests.network.port_center_fixtures import PortCenterFactory

pytestmark = pytest.mark.django_db


def search(query, language="fr", **kwargs):
    return site_search(raw_query=query, language=language, **kwargs)


def in_brief(outcome) -> dict:
    """The records shown beside the pages: {type key: [(title, url)]}."""
    return {
        search_type.key: [(hit.title, hit.url) for hit in hits]
        for search_type, hits, _count in outcome.records
    }


@pytest.fixture
def members(directory, hidden):
    return [
        OrganisationFactory(
            name="Havre-Seine Port Authority",
            slug="haropa",
            city="Le Havre",
            presentation="L'autorité portuaire de l'axe Seine.",
            presentation_en="The port authority of the Seine axis.",
        ),
        OrganisationFactory(name="Ville de Dakar", slug="dakar", city="Dakar"),
    ]


def test_a_member_is_found_by_name_city_and_presentation(members):
    for query in ("Havre-Seine", "havre", "axe Seine"):
        outcome = search(query)
        assert in_brief(outcome)["members"] == [
            ("Havre-Seine Port Authority", "/fr/membres/haropa/")
        ], query
    english = search("authority", "en")
    assert in_brief(english)["members"] == [
        ("Havre-Seine Port Authority", "/en/members/haropa/")
    ]
    counts = {t.key: n for t, n in english.types}
    assert counts["members"] == 1 and english.found == 1


def test_unlisted_lapsed_suspended_and_prospective_members_are_never_found(members):
    outcome = search("Port")
    assert [title for title, _url in in_brief(outcome)["members"]] == [
        "Havre-Seine Port Authority"
    ]
    for name in ("Unlisted", "Lapsed", "Suspended", "Prospective"):
        assert search(name).found == 0, name


def test_choosing_a_record_type_lists_its_records_only(members, port_centers_page):
    PortCenterFactory(name="Port Center du Havre", city="Le Havre")
    outcome = search("Havre", kind="members")
    assert [hit.title for hit in outcome.hits] == ["Havre-Seine Port Authority"]
    assert outcome.total == 1 and not outcome.by_date and outcome.records == []
    both = search("Havre")
    assert {t.key: n for t, n in both.types} == {"members": 1, "port-centers": 1}


def test_a_port_center_is_found_in_the_visitors_language(
    havre, draft, port_centers_page
):
    assert in_brief(search("Havre"))["port-centers"] == [
        ("Port Center Le Havre", "/fr/port-centers/le-havre/")
    ]
    english = search("explained", "en")
    assert in_brief(english)["port-centers"] == [
        ("Port Center Le Havre", "/en/port-centers/le-havre/")
    ]
    (hits,) = [hits for _type, hits, _n in english.records]
    assert "<mark>explained</mark>" in hits[0].snippet
    # An unpublished Port Center is never found.
    assert search("Secret").found == 0 and search("Dakar").found == 0


@pytest.fixture
def laureates(prize_pages):
    edition = prize_pages["fr"].edition
    winner = submitted_entry(edition, project_name="Les quais du Havre")
    not_awarded = submitted_entry(edition, project_name="Le parc du Havre")
    draft_entry = submitted_entry(edition, project_name="Le jardin du Havre")
    Entry.objects.filter(pk=winner.pk).update(
        state="eligible",
        outcome="winner",
        citation="Une ville rendue à ses quais.",
        citation_en="A city given back its quays.",
    )
    Entry.objects.filter(pk=not_awarded.pk).update(
        state="eligible", outcome="not_awarded"
    )
    Entry.objects.filter(pk=draft_entry.pk).update(state="draft")
    Edition.objects.filter(pk=edition.pk).update(state=Edition.State.ANNOUNCED)
    return winner


def test_winners_are_found_once_the_edition_is_announced(laureates, prize_pages):
    outcome = search("Havre")
    assert in_brief(outcome)["winners"] == [
        ("Les quais du Havre", f"/fr/prix/2026/#laureate-{laureates.pk}")
    ]
    english = search("quays", "en")
    assert [title for title, _ in in_brief(english)["winners"]] == [
        "Les quais du Havre"
    ]
    # Their goals are counted, and the goal filter keeps or drops them.
    assert dict(outcome.goals) == {1: 1}
    assert search("Havre", goal=1).found == 1
    assert search("Havre", goal=2).found == 0
    Edition.objects.filter(pk=laureates.edition_id).update(
        state=Edition.State.DELIBERATION
    )
    assert search("Havre").found == 0


def test_the_header_box_suggests_members_and_port_centers(
    client, members, havre, port_centers_page
):
    response = client.get("/fr/search/suggestions/", {"q": "havre"})
    found = json.loads(response.content)["results"]
    assert {
        "title": "Havre-Seine Port Authority",
        "url": "/fr/membres/haropa/",
        "type": "Membres",
    } in found
    assert any(item["url"] == "/fr/port-centers/le-havre/" for item in found)
    hidden_names = client.get("/fr/search/suggestions/", {"q": "unlisted"})
    assert json.loads(hidden_names.content)["results"] == []


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL stems")
def test_records_are_stemmed_and_accents_folded_on_postgresql(members):
    # "portuaires" → "portuaire" (the presentation), "autorite" → "autorité".
    for query in ("portuaires", "autorite portuaire"):
        assert [t for t, _ in in_brief(search(query))["members"]] == [
            "Havre-Seine Port Authority"
        ], query


def test_records_cost_the_same_at_two_sizes(client, members, havre, port_centers_page):
    def queries():
        client.get("/fr/search/", {"q": "port"})
        with CaptureQueriesContext(connection) as captured:
            page = client.get("/fr/search/", {"q": "port"})
        assert page.status_code == 200
        return len(captured)

    small = queries()
    for n in range(30):
        OrganisationFactory(name=f"Port autonome {n}", city="Port-Louis")
        PortCenterFactory(name=f"Port Center {n}")
    assert queries() == small
