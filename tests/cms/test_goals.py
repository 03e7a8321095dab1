import pytest
from django.db import IntegrityError
from wagtail.models import Locale

from cms.models import Goal
from tests.cms.factories import NewsArticlePageFactory, goal

pytestmark = pytest.mark.django_db


def test_the_ten_goals_exist_in_each_language_as_translations():
    for language in ("fr", "en", "es"):
        goals = Goal.objects.filter(locale__language_code=language)
        assert list(goals.values_list("number", flat=True)) == list(range(1, 11))
    french = goal(8, "fr")
    assert french.title == "Interface ville-port"
    assert french.get_translation(Locale.objects.get(language_code="es")).title == (
        "Interfaz ciudad-puerto"
    )
    assert {g.locale.language_code: g.slug for g in Goal.objects.filter(number=8)} == {
        "fr": "interface-ville-port",
        "en": "port-city-interface",
        "es": "interfaz-ciudad-puerto",
    }


def test_a_goal_number_is_unique_per_language():
    existing = goal(1, "en")
    with pytest.raises(IntegrityError):
        Goal.objects.create(
            locale=existing.locale,
            number=1,
            slug="duplicate",
            title="Duplicate",
            short_text="-",
            colour="#000000",
            icon="leaf",
        )


@pytest.mark.parametrize(
    ("language", "title"),
    [("fr", "Agenda 2030"), ("en", "Agenda 2030"), ("es", "Agenda 2030")],
)
def test_goal_index_lists_the_ten_goals(client, homes, language, title):
    response = client.get(f"/{language}/agenda-2030/")

    assert response.status_code == 200
    html = response.content.decode()
    for g in Goal.objects.filter(locale__language_code=language):
        assert g.title in html
        assert f"/{language}/agenda-2030/{g.slug}/" in html


def test_goal_page_lists_tagged_news_in_the_visitors_language(client, news_index):
    tagged = NewsArticlePageFactory(parent=news_index, title="Blue port initiative")
    tagged.goals.set([goal(7)])
    tagged.save_revision().publish()
    NewsArticlePageFactory(parent=news_index, title="Unrelated article")

    response = client.get("/fr/agenda-2030/alimentation-de-qualite-pour-tous/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "Une alimentation de qualité pour tous" in html
    assert "Blue port initiative" in html
    assert "Unrelated article" not in html


def test_unknown_goal_is_not_found(client, homes):
    assert client.get("/fr/agenda-2030/no-such-goal/").status_code == 404
