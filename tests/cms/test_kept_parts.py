"""The listings' and the articles' and events' content is built once for everyone
({% keep %}) and never shown after a change: signed-in visitors and the first
visit after a publish get it without building it again."""

import datetime
import time

import pytest
from django.utils import timezone

from cms.models import EventPage
from tests.cms.factories import EventPageFactory, NewsArticlePageFactory, goal
from tests.cms.utils import queries_for

pytestmark = pytest.mark.django_db

KEPT_PAGE_BUDGET = 6  # the session, the user, the route and the page


def test_a_kept_listing_costs_a_signed_in_visitor_a_few_queries(member, news_index):
    for number in range(3):
        NewsArticlePageFactory(parent=news_index, title=f"Escale {number}")

    assert queries_for(member, news_index.url) <= KEPT_PAGE_BUDGET
    assert "Escale 2" in member.get(news_index.url).content.decode()


def test_a_published_article_shows_in_the_kept_listing_at_once(member, news_index):
    NewsArticlePageFactory(parent=news_index, title="Première escale")
    assert "Première escale" in member.get(news_index.url).content.decode()

    article = NewsArticlePageFactory(parent=news_index, title="Deuxième escale")
    article.save_revision().publish()
    html = member.get(news_index.url).content.decode()
    assert "Deuxième escale" in html

    article.unpublish()
    assert "Deuxième escale" not in member.get(news_index.url).content.decode()


def test_each_filter_and_page_of_a_listing_is_its_own(member, news_index):
    tagged = NewsArticlePageFactory(parent=news_index, title="Escale verte")
    tagged.goals.set([goal(1)])
    tagged.save_revision().publish()
    NewsArticlePageFactory(parent=news_index, title="Escale grise")
    member.get(news_index.url)  # the whole listing is kept

    filtered = member.get(f"{news_index.url}?goal={goal(1).slug}").content.decode()

    assert "Escale verte" in filtered
    assert "Escale grise" not in filtered
    assert "Escale grise" in member.get(news_index.url).content.decode()


def test_an_edited_article_shows_its_new_text_to_signed_in_visitors(member, news_index):
    article = NewsArticlePageFactory(parent=news_index, title="Escale", summary="Avant")
    assert "Avant" in member.get(article.url).content.decode()

    article.summary = "Après la mise à jour"
    article.save_revision().publish()

    html = member.get(article.url).content.decode()
    assert "Après la mise à jour" in html
    assert queries_for(member, article.url) <= KEPT_PAGE_BUDGET


def test_an_event_that_ends_leaves_the_kept_agenda_at_once(member, agenda):
    soon = EventPageFactory(parent=agenda, title="Atelier qui se termine")
    EventPageFactory(
        parent=agenda,
        title="Atelier suivant",
        start_date=timezone.localdate() + datetime.timedelta(days=60),
    )
    now = timezone.now()
    EventPage.objects.filter(pk=soon.pk).update(
        start=now - datetime.timedelta(hours=1), end=now + datetime.timedelta(seconds=2)
    )
    assert "Atelier qui se termine" in member.get(agenda.url).content.decode()
    time.sleep(2.5)

    upcoming = member.get(agenda.url).content.decode()
    past = member.get(f"{agenda.url}?when=past").content.decode()

    assert "Atelier qui se termine" not in upcoming
    assert "Atelier suivant" in upcoming
    assert "Atelier qui se termine" in past


def test_an_event_page_keeps_its_body_not_the_visitors_part(member, agenda):
    event = EventPageFactory(parent=agenda, title="Atelier", summary="Résumé")
    member.get(event.url)

    html = member.get(event.url).content.decode()

    assert "Résumé" in html
    assert queries_for(member, event.url) <= KEPT_PAGE_BUDGET


def test_with_the_page_cache_off_a_publish_still_renews_the_kept_parts(
    member, news_index, settings
):
    settings.PAGE_CACHE_SECONDS = 0
    NewsArticlePageFactory(parent=news_index, title="Première escale")
    assert "Première escale" in member.get(news_index.url).content.decode()

    article = NewsArticlePageFactory(parent=news_index, title="Deuxième escale")
    article.save_revision().publish()

    assert "Deuxième escale" in member.get(news_index.url).content.decode()


def test_a_card_shows_its_articles_new_title_address_and_goal_names(member, news_index):
    article = NewsArticlePageFactory(parent=news_index, title="Escale", slug="escale")
    article.goals.set([goal(1)])
    article.save_revision().publish()
    assert "Escale" in member.get(news_index.url).content.decode()

    article.title = "Escale renommée"
    article.save_revision().publish()
    assert "Escale renommée" in member.get(news_index.url).content.decode()

    news_index.slug = "nouvelles"
    news_index.save_revision().publish()
    html = member.get("/fr/nouvelles/").content.decode()
    assert 'href="/fr/nouvelles/escale/"' in html

    renamed = goal(1)
    renamed.title = "Un objectif renommé"
    renamed.save()
    assert "Un objectif renommé" in member.get("/fr/nouvelles/").content.decode()
