"""A page's parts are renewed by what they show, not by every publish: publishing an
event leaves the news alone, publishing an article leaves the other articles alone,
and whatever shows a page (a listing, a link to it, its translations' links, the
breadcrumbs below it) shows it changed at once."""

import pytest
from wagtail.blocks import StreamValue

from cms.models import NewsArticleAuthor
from cms.sitewide import shown_site_wide
from core import pagecache
from tests.cms.factories import EventPageFactory, NewsArticlePageFactory
from tests.cms.utils import queries_for
from tests.factories import StandardPageFactory, VerifiedUserFactory, translate_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def member(client):
    client.force_login(VerifiedUserFactory())
    return client


def site_version() -> int:
    return pagecache._versions([pagecache.SITE])[pagecache.SITE]


def test_publishing_an_event_leaves_the_kept_news_listing_alone(
    member, news_index, agenda
):
    NewsArticlePageFactory(parent=news_index, title="Escale")
    kept = queries_for(member, news_index.url)

    EventPageFactory(parent=agenda, title="Atelier").save_revision().publish()

    assert queries_for(member, news_index.url) == kept
    assert "Atelier" in member.get(agenda.url).content.decode()


def test_publishing_an_article_leaves_the_other_articles_kept(member, news_index):
    article = NewsArticlePageFactory(parent=news_index, title="Escale")
    kept = queries_for(member, article.url)

    other = NewsArticlePageFactory(parent=news_index, title="Autre escale")
    other.save_revision().publish()

    assert queries_for(member, article.url) == kept
    assert "Autre escale" in member.get(news_index.url).content.decode()


def test_a_page_linked_from_an_article_shows_its_new_address_there(
    member, news_index, homes
):
    target = StandardPageFactory(parent=homes["fr"], slug="adherer")
    leaf = StandardPageFactory(parent=target, slug="formulaire", title="Formulaire")
    article = NewsArticlePageFactory(parent=news_index, title="Escale")
    article.body = StreamValue(
        article.body.stream_block,
        [
            (
                "call_to_action",
                {"title": "Rejoignez-nous", "page": leaf, "button_label": "Adhérer"},
            )
        ],
    )
    article.save_revision().publish()
    assert "/fr/adherer/formulaire/" in member.get(article.url).content.decode()

    leaf.slug = "bulletin"
    leaf.save_revision().publish()

    html = member.get(article.url).content.decode()
    assert "/fr/adherer/bulletin/" in html
    assert "/fr/adherer/formulaire/" not in html


def test_a_new_translation_shows_in_the_kept_language_links(member, news_index, homes):
    index_en = translate_page(news_index, "en", title="News", slug="news")
    article = NewsArticlePageFactory(parent=news_index, title="Escale")
    assert "/en/news/call/" not in member.get(article.url).content.decode()

    translation = translate_page(article, "en", title="Call", slug="call")

    assert translation.get_parent().pk == index_en.pk
    html = member.get(article.url).content.decode()
    alternate = (
        '<link rel="alternate" hreflang="en" href="http://localhost/en/news/call/"'
    )
    assert alternate in html
    assert 'href="/en/news/call/"' in html  # the language switcher


def test_a_new_title_above_a_page_shows_in_its_breadcrumbs(member, homes):
    section = StandardPageFactory(parent=homes["fr"], title="Le réseau")
    group = StandardPageFactory(parent=section, title="Groupes de travail")
    page = StandardPageFactory(parent=group, title="Groupe énergie")
    assert "Groupes de travail" in member.get(page.url).content.decode()

    group.title = "Groupes thématiques"
    group.save_revision().publish()

    assert shown_site_wide(group)
    assert not shown_site_wide(page)
    assert "Groupes thématiques" in member.get(page.url).content.decode()


def test_an_articles_authors_are_renewed_with_it_not_the_whole_site(member, news_index):
    article = NewsArticlePageFactory(parent=news_index, title="Escale")
    member.get(article.url)
    before = site_version()

    article.authors.add(NewsArticleAuthor(name="Marie Curie", role="Rédactrice"))
    article.save_revision().publish()

    assert site_version() == before
    assert "Marie Curie" in member.get(article.url).content.decode()
