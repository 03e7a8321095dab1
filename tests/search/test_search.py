"""The site search as visitors use it: what it finds, in which language, what it
never shows, and that the index follows publishing."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from search.engine import clean_query, site_search
from search.hits import highlight
from tests.cms.factories import EventPageFactory, NewsArticlePageFactory, goal
from tests.factories import translate_page

pytestmark = pytest.mark.django_db
postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="stemming is PostgreSQL's"
)


def titles(query, language="fr", **kwargs):
    return [
        hit.title
        for hit in site_search(raw_query=query, language=language, **kwargs).hits
    ]


def in_every_language(news_index):
    translate_page(news_index, "en", title="News", slug="news")
    translate_page(news_index, "es", title="Noticias", slug="noticias")


def article(news_index, title, summary="Un article du réseau.", **fields):
    page = NewsArticlePageFactory(
        parent=news_index, title=title, summary=summary, **fields
    )
    page.save_revision().publish()
    return page


def test_accents_are_folded(news_index):
    article(news_index, "Transition énergétique", "Des ports et de leurs villes.")
    article(news_index, "Villes et ports", "Une transition énergétique partagée.")
    for query in ("energetique", "ÉNERGÉTIQUE", "énergétique"):
        assert sorted(titles(query)) == ["Transition énergétique", "Villes et ports"]


@postgres_only
def test_a_word_in_the_title_ranks_above_the_same_word_in_the_summary(news_index):
    article(news_index, "Villes et ports", "Une transition énergétique partagée.")
    article(news_index, "Transition énergétique", "Des ports et de leurs villes.")
    assert titles("energetique") == ["Transition énergétique", "Villes et ports"]


@postgres_only
def test_each_language_is_stemmed_in_its_own_way(news_index):
    in_every_language(news_index)
    french = article(
        news_index, "Les villes portuaires", "Des quais rendus aux habitants."
    )
    translate_page(french, "es", title="Energía de los puertos", slug="energia")
    translate_page(french, "en", title="Harbour cities", slug="harbour-cities")
    assert titles("portuaire") == ["Les villes portuaires"]
    assert titles("habitant") == ["Les villes portuaires"]
    assert titles("energia", "es") == ["Energía de los puertos"]
    assert titles("city", "en") == ["Harbour cities"]
    # Each language's pages only: the French query does not reach the Spanish page.
    assert titles("energia", "fr") == []


def test_the_index_follows_publishing(news_index):
    page = article(news_index, "Escale à Dakar")
    assert titles("Dakar") == ["Escale à Dakar"]

    page.title = "Escale à Abidjan"
    page.save_revision()  # a draft: the live title is still searched
    assert titles("Abidjan") == [] and titles("Dakar") == ["Escale à Dakar"]
    page.get_latest_revision().publish()
    assert titles("Abidjan") == ["Escale à Abidjan"] and titles("Dakar") == []

    page.unpublish()
    assert titles("Abidjan") == []
    page.save_revision().publish()
    in_every_language(news_index)
    translate_page(page, "en", title="Call at Abidjan", slug="call-at-abidjan")
    assert titles("Abidjan", "en") == ["Call at Abidjan"]
    page.delete()
    assert titles("Abidjan") == []


def test_restricted_pages_and_lessons_never_appear(news_index, homes):
    secret = article(news_index, "Compte rendu confidentiel du bureau")
    PageViewRestriction.objects.create(
        page=secret, restriction_type=PageViewRestriction.LOGIN
    )
    article(news_index, "Compte rendu public du congrès")
    assert titles("compte rendu") == ["Compte rendu public du congrès"]


def test_types_and_goals_narrow_the_results(news_index, agenda):
    article(news_index, "Quais électrifiés au Havre")
    news = article(news_index, "Quais et climat")
    news.goals.add(goal(2))
    news.save_revision().publish()
    event = EventPageFactory(parent=agenda, title="Webinaire : quais électrifiés")
    event.goals.add(goal(2))
    event.save_revision().publish()

    everything = site_search(raw_query="quais", language="fr")
    assert everything.total == 3
    assert {t.key: n for t, n in everything.types} == {"news": 2, "events": 1}
    assert everything.goals == [(2, 2)]

    events = site_search(raw_query="quais", language="fr", kind="events")
    assert [h.title for h in events.hits] == ["Webinaire : quais électrifiés"]
    # The type counts still offer every type.
    assert {t.key for t, _ in events.types} == {"news", "events"}
    assert events.goals == [(2, 1)]

    on_goal = site_search(raw_query="quais", language="fr", goal=2)
    assert sorted(h.title for h in on_goal.hits) == [
        "Quais et climat",
        "Webinaire : quais électrifiés",
    ]


def test_the_other_languages_are_counted(news_index):
    in_every_language(news_index)
    french = article(news_index, "Croisière et ville")
    translate_page(french, "en", title="Cruise and city", slug="cruise-and-city")
    translate_page(french, "es", title="Crucero y ciudad", slug="crucero")
    outcome = site_search(raw_query="ville", language="fr")
    assert dict(outcome.elsewhere) == {"en": 0, "es": 0}
    assert dict(site_search(raw_query="city", language="fr").elsewhere)["en"] == 1


def test_the_counts_in_other_languages_follow_publishing(news_index):
    in_every_language(news_index)
    french = article(news_index, "Escale")

    def english_count():
        return dict(site_search(raw_query="harbour", language="fr").elsewhere)["en"]

    assert english_count() == 0  # now kept
    english = translate_page(french, "en", title="Harbour call", slug="harbour-call")
    assert english_count() == 1
    english.unpublish()
    assert english_count() == 0
    english.save_revision().publish()
    assert english_count() == 1
    english.delete()
    assert english_count() == 0


def test_results_come_ten_to_a_page_best_or_newest_first(news_index):
    for n in range(12):
        article(news_index, f"Escale numéro {n}", "Une escale.")
    article(news_index, "Escale, escale, escale", "Escale : l'escale des escales.")
    first = site_search(raw_query="escale", language="fr")
    assert first.total == 13 and len(first.hits) == 10
    assert first.hits[0].title == "Escale, escale, escale"
    # A page of results or more here: the other languages are offered, not counted.
    assert first.elsewhere == [("en", None), ("es", None)]
    second = site_search(raw_query="escale", language="fr", page=2)
    assert len(second.hits) == 3
    assert not {h.title for h in first.hits} & {h.title for h in second.hits}
    newest = site_search(raw_query="escale", language="fr", order="date")
    assert newest.hits[0].title == "Escale, escale, escale"
    out_of_range = site_search(raw_query="escale", language="fr", page=99)
    assert [h.title for h in out_of_range.hits] == [h.title for h in second.hits]


def test_the_results_page_costs_the_same_at_two_sizes(client, news_index, agenda):
    def queries():
        # Settings and caches warm, and the query already in the search log.
        client.get("/fr/search/", {"q": "port", "type": "news"})
        with CaptureQueriesContext(connection) as captured:
            # One type: the hits' specific pages are read in one query per type.
            page = client.get("/fr/search/", {"q": "port", "type": "news"})
        assert page.status_code == 200
        return len(captured)

    for n in range(3):
        article(news_index, f"Port numéro {n}").goals.add(goal(1))
        EventPageFactory(
            parent=agenda, title=f"Port et ville {n}"
        ).save_revision().publish()
    small = queries()
    for n in range(3, 30):
        article(news_index, f"Port numéro {n}").goals.add(goal(n % 10 + 1))
        EventPageFactory(
            parent=agenda, title=f"Port et ville {n}"
        ).save_revision().publish()
    assert queries() == small
    assert small <= 40


@pytest.mark.parametrize(
    "params",
    [
        {"q": ""},
        {"q": "port" * 2500},
        {"q": "'; DROP TABLE wagtailcore_page; --"},
        {"q": "port & | ! :* ( <-> \\"},
        {"q": "🚢⚓ port"},
        {"q": "مدينة الميناء"},
        {"q": "port\x00city"},
        {"q": "port", "type": "orders"},
        {"q": "port", "goal": "abc"},
        {"q": "port", "goal": "99"},
        {"q": "port", "page": "-4"},
        {"q": "port", "page": "99999"},
        {"q": "port", "order": "'; --"},
    ],
)
def test_bad_input_gives_a_clean_page(client, news_index, params):
    article(news_index, "Port et ville")
    page = client.get("/fr/search/", params)
    assert page.status_code == 200
    assert page["X-Robots-Tag"] == "noindex"
    suggest = client.get("/fr/search/suggestions/", {"q": params["q"]})
    assert suggest.status_code == 200 and "results" in suggest.json()


def test_queries_are_cleaned():
    assert clean_query("  port\x00\u202ecity\n ") == "port city"
    assert len(clean_query("a" * 10_000)) == 200


def test_snippets_are_escaped_and_marked():
    text = "Le <b>port</b> et ses quais électrifiés"
    marked = highlight(text, ["elec"])
    assert "&lt;b&gt;port&lt;/b&gt;" in marked
    assert "<mark>électrifiés</mark>" in marked


def test_suggestions_start_like_the_query_and_are_cached(client, news_index):
    article(news_index, "Marseille branche ses ferries")
    article(news_index, "Ferries et qualité de l’air")
    first = client.get("/fr/search/suggestions/", {"q": "ferr"}).json()
    assert sorted(r["title"] for r in first["results"]) == [
        "Ferries et qualité de l’air",
        "Marseille branche ses ferries",
    ]
    assert {r["type"] for r in first["results"]} == {"Actualités"}
    with CaptureQueriesContext(connection) as captured:
        again = client.get("/fr/search/suggestions/", {"q": "ferr"}).json()
    assert again == first
    assert not [q for q in captured if "wagtailsearch" in q["sql"]]


def test_synonyms_editors_maintain_widen_the_search(news_index):
    from search.models import Synonym

    article(news_index, "Le centre portuaire de Gênes", "Visites et ateliers.")
    article(news_index, "Un port center à Dakar", "Visites et ateliers.")
    assert titles("port center") == ["Un port center à Dakar"]
    Synonym.objects.create(terms="port center, port centre, centre portuaire")
    assert sorted(titles("port center")) == [
        "Le centre portuaire de Gênes",
        "Un port center à Dakar",
    ]
    assert titles("port centre Gênes") == ["Le centre portuaire de Gênes"]


def test_a_misspelt_query_offers_the_right_correction(client, news_index):
    article(news_index, "Biodiversité des estuaires", "Inventaires et suivi.")
    page = client.get("/fr/search/", {"q": "biodiverstié"})
    assert page.status_code == 200
    body = page.content.decode()
    assert "Vouliez-vous dire" in body and "biodiversité</a>" in body
    assert site_search(raw_query="biodiversité", language="fr").total == 1
    # A word nobody wrote gets no suggestion.
    assert site_search(raw_query="zzzqxw", language="fr").suggestion == ""
