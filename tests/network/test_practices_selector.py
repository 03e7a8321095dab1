"""The good practices selector other modules call, and the goal pages' sections."""

import pytest

from network.selectors_practices import good_practices
from tests.network.practice_fixtures import goals_of, make_practice, measure

pytestmark = pytest.mark.django_db


@pytest.fixture
def practices(practice_index):
    index = practice_index["fr"]
    return {
        "measure": make_practice(
            index, "Mesure 8.2", goals=[8], measures=[measure(8, 2)], year=2010
        ),
        "goal": make_practice(index, "Objectif 8", goals=[8], year=2022),
        "other": make_practice(index, "Objectif 1", goals=[1], year=2023),
        "draft": make_practice(index, "Brouillon 8", goals=[8], live=False),
        "english": make_practice(
            practice_index["en"], "Goal 8", goals=[8], measures=[measure(8, 2, "en")]
        ),
    }


def titles(pages) -> list[str]:
    return [page.title for page in pages]


def test_without_goal_or_measure_the_latest_practices_of_the_language(practices):
    assert titles(good_practices(language="fr")) == [
        "Objectif 1",
        "Objectif 8",
        "Mesure 8.2",
    ]
    assert titles(good_practices(language="en")) == ["Goal 8"]


def test_a_goal_gives_its_practices_newest_first(practices):
    goal = goals_of([8])[0]

    assert titles(good_practices(goal=goal, language="fr")) == [
        "Objectif 8",
        "Mesure 8.2",
    ]


def test_a_goal_of_another_language_matches_by_translation_key(practices):
    english_goal = goals_of([8], "en")[0]

    assert titles(good_practices(goal=english_goal, language="fr")) == [
        "Objectif 8",
        "Mesure 8.2",
    ]
    assert titles(good_practices(goal=english_goal, language="en")) == ["Goal 8"]


def test_a_measure_puts_its_practices_first_then_its_goals(practices):
    found = good_practices(measure=measure(8, 2, "es"), language="fr")

    assert titles(found) == ["Mesure 8.2", "Objectif 8"]


def test_a_measure_of_another_goal_matches_nothing_unrelated(practices):
    assert good_practices(measure=measure(3, 1), language="fr") == []


def test_limit_and_only_live_pages(practices):
    goal = goals_of([8])[0]

    assert titles(good_practices(goal=goal, language="fr", limit=1)) == ["Objectif 8"]
    assert good_practices(goal=goal, language="fr", limit=0) == []
    assert len(good_practices(language="fr", limit=10_000)) == 3
    assert "Brouillon 8" not in titles(good_practices(goal=goal, language="fr"))


def test_practices_come_with_their_goals_in_the_language(practices):
    (found,) = good_practices(language="en")

    assert [goal.locale.language_code for goal in found.display_goals] == ["en"]


def test_the_active_language_by_default(practices):
    from django.utils import translation

    with translation.override("en"):
        assert titles(good_practices()) == ["Goal 8"]


def test_the_goal_page_shows_its_practices_in_its_language(client, practices):
    french = goals_of([8])[0]
    response = client.get(french.get_absolute_url())
    html = response.content.decode()

    assert response.status_code == 200
    assert "Objectif 8" in html and "Mesure 8.2" in html
    assert "Objectif 1" not in html and "Brouillon 8" not in html
    assert "Goal 8" not in html
    assert f'href="/fr/bonnes-pratiques/?goal={french.slug}"' in html

    english = goals_of([8], "en")[0]
    html = client.get(english.get_absolute_url()).content.decode()
    assert "Goal 8" in html and "Objectif 8" not in html


def test_a_goal_without_practices_has_no_section(client, practices):
    html = client.get(goals_of([5])[0].get_absolute_url()).content.decode()

    assert "bonnes-pratiques/?goal=" not in html


def test_a_practice_page_shows_its_details(client, practices):
    from tests.factories import OrganisationFactory

    page = practices["measure"]
    page.contact_organisation = OrganisationFactory(name="Port du Havre", slug="ph")
    page.save_revision().publish()

    response = client.get(page.url)
    html = response.content.decode()

    assert response.status_code == 200
    assert "8.2" in html and "Port du Havre" in html
    # No directory page: the organisation is named without a link.
    assert 'href="/fr/membres/ph/"' not in html


def test_the_contact_links_to_its_profile_when_public(client, practices, directory):
    from tests.factories import OrganisationFactory

    page = practices["goal"]
    listed = OrganisationFactory(name="Port public", slug="port-public")
    page.contact_organisation = listed
    page.save_revision().publish()
    assert 'href="/fr/membres/port-public/"' in client.get(page.url).content.decode()

    listed.is_listed = False
    listed.save()
    html = client.get(page.url).content.decode()
    assert "Port public" in html and 'href="/fr/membres/port-public/"' not in html
