"""The home page's body is built once per language and kept until it changes.

Signed-in visitors and the first visit after a publish build the home page afresh;
its body (hero, highlights, news, coming events, goals) is the same for everyone and
is kept until content changes or the first coming event it lists ends.
"""

import datetime
import time

import pytest
from django.utils import timezone

from cms.models import EventPage
from tests.cms.factories import (
    EventPageFactory,
    NewsArticlePageFactory,
)
from tests.cms.utils import queries_for

pytestmark = pytest.mark.django_db


def test_a_signed_in_visitor_gets_the_kept_body_with_fewer_queries(
    member, homes, news_index
):
    NewsArticlePageFactory(parent=news_index, title="Escales propres")

    with_body = member.get("/fr/")
    kept = queries_for(member, "/fr/")  # a second visit: the body is kept

    assert "Escales propres" in with_body.content.decode()
    assert "Escales propres" in member.get("/fr/").content.decode()
    # What remains is the session, the user and the page itself.
    assert kept <= 5


def test_a_published_article_shows_at_the_next_visit(member, homes, news_index):
    assert "Nouvelle escale" not in member.get("/fr/").content.decode()

    article = NewsArticlePageFactory(parent=news_index, title="Nouvelle escale")
    article.save_revision().publish()

    assert "Nouvelle escale" in member.get("/fr/").content.decode()


def test_each_language_keeps_its_own_body(member, homes):
    french = member.get("/fr/").content.decode()
    english = member.get("/en/").content.decode()

    assert "Le réseau mondial des villes portuaires" in french
    assert "The port cities network" in english
    assert "The port cities network" not in french


def test_an_event_that_ends_leaves_the_home_page_at_once(member, homes, agenda):
    soon = EventPageFactory(parent=agenda, title="Atelier qui se termine")
    later = EventPageFactory(parent=agenda, title="Atelier suivant")
    later.start_date = datetime.date.today() + datetime.timedelta(days=60)
    later.save_revision().publish()
    # The first event ends in two seconds (its dates are computed on save).
    now = timezone.now()
    EventPage.objects.filter(pk=soon.pk).update(
        start=now - datetime.timedelta(hours=1), end=now + datetime.timedelta(seconds=2)
    )

    assert "Atelier qui se termine" in member.get("/fr/").content.decode()
    time.sleep(2.5)

    html = member.get("/fr/").content.decode()
    assert "Atelier qui se termine" not in html
    assert "Atelier suivant" in html


def test_a_preview_shows_the_draft_not_the_kept_body(member, homes):
    home = homes["fr"]
    member.get("/fr/")  # the live body is kept
    home.hero_title = "Titre du brouillon"

    preview = home.make_preview_request()

    assert "Titre du brouillon" in preview.content.decode()
    assert "Titre du brouillon" not in member.get("/fr/").content.decode()
