"""What every page repeats (routing, menu, footer, snippets) outlives the publishing
of an article or an event, and never the publishing of a page it shows."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from cms.models import MenuItem, NavigationSettings
from cms.sitewide import shown_site_wide
from tests.cms.factories import NewsArticlePageFactory
from tests.cms.utils import queries_for, site_version
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def in_menu(page) -> None:
    navigation = NavigationSettings.for_site(Site.objects.get(is_default_site=True))
    MenuItem.objects.create(settings=navigation, page=page, sort_order=0)


def test_publishing_an_article_keeps_the_sites_parts(member, news_index):
    article = NewsArticlePageFactory(parent=news_index, title="Escale")
    member.get(article.url)
    before = site_version()

    other = NewsArticlePageFactory(parent=news_index, title="Autre escale")
    other.save_revision().publish()

    assert site_version() == before
    # The first visit after it rebuilds the article's own parts, not the site's.
    assert "Escale" in member.get(article.url).content.decode()


def test_the_first_visit_after_an_article_is_published_keeps_within_budget(
    member, news_index
):
    article = NewsArticlePageFactory(parent=news_index, title="Escale")
    member.get(article.url)
    NewsArticlePageFactory(parent=news_index).save_revision().publish()

    # The session and the user, then the page built afresh (budget of 12).
    with CaptureQueriesContext(connection) as queries:
        assert member.get(article.url).status_code == 200
    assert len(queries) <= 14
    assert queries_for(member, article.url) <= 6


def test_a_page_the_menu_links_renews_the_menu_when_published(member, news_index):
    deep = StandardPageFactory(parent=news_index, title="Dossier", slug="dossier")
    in_menu(deep)
    assert ">Dossier</a>" in member.get("/fr/").content.decode()

    deep.title = "Dossier spécial"
    deep.save_revision().publish()

    assert ">Dossier spécial</a>" in member.get("/fr/").content.decode()

    deep.unpublish()
    assert "Dossier spécial" not in member.get("/fr/").content.decode()


def test_a_new_address_above_a_linked_page_renews_the_menu(member, news_index):
    deep = StandardPageFactory(parent=news_index, title="Dossier", slug="dossier")
    in_menu(deep)
    assert 'href="/fr/actualites/dossier/"' in member.get("/fr/").content.decode()

    news_index.slug = "nouvelles"
    news_index.save_revision().publish()

    html = member.get("/fr/").content.decode()
    assert 'href="/fr/nouvelles/dossier/"' in html
    assert 'href="/fr/actualites/dossier/"' not in html


def test_a_deep_page_the_menu_does_not_show_leaves_the_site_alone(news_index):
    article = NewsArticlePageFactory(parent=news_index)
    linked = StandardPageFactory(parent=news_index, slug="lie")
    in_menu(linked)

    assert not shown_site_wide(article)
    assert shown_site_wide(linked)
    assert shown_site_wide(news_index)
