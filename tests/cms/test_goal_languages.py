"""Each language has its own goal addresses and the goals' measures."""

import pytest
from wagtail.models import Locale

from cms.models import Goal, GoalMeasure
from tests.cms.factories import NewsArticlePageFactory, goal

pytestmark = pytest.mark.django_db


def test_every_goal_has_its_measures_in_each_language_46_in_all():
    for language in ("fr", "en", "es"):
        measures = GoalMeasure.objects.filter(locale__language_code=language)
        assert measures.count() == 46
        assert not measures.exclude(goal__locale__language_code=language).exists()
    french = goal(1, "fr").measures.first()
    spanish = french.get_translation(Locale.objects.get(language_code="es"))
    assert (french.number, spanish.number) == (1, 1)
    assert spanish.goal == goal(1, "es")
    assert french.title != spanish.title


def test_a_goal_page_lists_its_measures_in_the_visitors_language(client, homes):
    html = client.get("/es/agenda-2030/interfaz-ciudad-puerto/").content.decode()

    for measure in goal(8, "es").measures.all():
        assert measure.title in html
        assert f">8.{measure.number}</span>" in html
    assert goal(8, "en").measures.first().title not in html


def test_another_languages_goal_address_leads_to_this_languages_own(client, homes):
    response = client.get("/fr/agenda-2030/port-city-interface/")

    assert response.status_code == 301
    assert response["Location"] == "/fr/agenda-2030/interface-ville-port/"


def test_the_language_switcher_and_hreflang_name_each_languages_goal_address(
    client, homes
):
    html = client.get("/fr/agenda-2030/interface-ville-port/").content.decode()

    for language, slug in (
        ("en", "port-city-interface"),
        ("es", "interfaz-ciudad-puerto"),
    ):
        assert f'href="/{language}/agenda-2030/{slug}/" lang="{language}"' in html
        assert (
            f'hreflang="{language}" href="http://testserver/{language}/agenda-2030/{slug}/"'
            in html
        )


def test_listings_filter_by_a_goal_slug_of_their_language_or_of_another(
    client, news_index
):
    tagged = NewsArticlePageFactory(parent=news_index, title="Quai habité")
    tagged.goals.set([goal(8)])
    tagged.save_revision().publish()
    NewsArticlePageFactory(parent=news_index, title="Autre sujet")
    url = news_index.url

    for slug in ("interface-ville-port", "port-city-interface"):
        html = client.get(f"{url}?goal={slug}").content.decode()
        assert "Quai habité" in html
        assert "Autre sujet" not in html
    feed = client.get("/fr/feeds/news/goal/interface-ville-port.rss")
    assert feed.status_code == 200
    assert "Quai habité" in feed.content.decode()


def test_the_goal_pages_links_use_the_languages_own_slug(client, news_index):
    tagged = NewsArticlePageFactory(parent=news_index, title="Quai habité")
    tagged.goals.set([goal(8)])
    tagged.save_revision().publish()

    html = client.get("/fr/agenda-2030/interface-ville-port/").content.decode()

    assert "?goal=interface-ville-port" in html
    assert "port-city-interface" not in html.split("<main", 1)[1]


def test_the_goal_index_links_each_goal_in_its_language(client, homes):
    html = client.get("/es/agenda-2030/").content.decode()

    for g in Goal.objects.filter(locale__language_code="es"):
        assert f'href="/es/agenda-2030/{g.slug}/"' in html
    assert "/es/agenda-2030/port-city-interface/" not in html
