"""A page's parts are renewed by what they show, not by every publish: publishing an
event leaves the news alone, publishing an article leaves the other articles alone,
and whatever shows a page (a listing, a link to it, its translations' links, the
breadcrumbs below it) shows it changed at once."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.blocks import StreamValue

from cms.models import NewsArticleAuthor
from cms.selectors import news_queryset, paginate_with_taxonomies
from cms.sitewide import shown_site_wide
from tests.cms.factories import (
    EventPageFactory,
    ImageFactory,
    NewsArticlePageFactory,
    goal,
)
from tests.cms.utils import queries_for, site_version
from tests.factories import StandardPageFactory, translate_page

pytestmark = pytest.mark.django_db


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


def test_a_listing_reads_whole_only_the_articles_whose_cards_are_not_kept(
    member, news_index
):
    from django.core.cache import cache

    image = ImageFactory()  # an image saved renews the site's parts: before
    for number in range(4):
        article = NewsArticlePageFactory(
            parent=news_index, title=f"Escale {number}", hero_image=ImageFactory()
        )
        article.goals.set([goal(number + 1)])
        article.save_revision().publish()
    member.get(news_index.url)  # every card kept
    kept = queries_for(member, news_index.url)
    new = NewsArticlePageFactory(
        parent=news_index, title="Nouvelle escale", hero_image=image
    )
    new.goals.set([goal(9)])
    new.save_revision().publish()

    with CaptureQueriesContext(connection) as one_new_card:
        html = member.get(news_index.url).content.decode()
    cache.clear()  # nothing kept: every card built
    with CaptureQueriesContext(connection) as every_card:
        assert member.get(news_index.url).content.decode() == html

    assert "Nouvelle escale" in html and goal(9).title in html
    for number in range(4):
        assert f"Escale {number}" in html and goal(number + 1).title in html
    images = [q["sql"] for q in one_new_card if 'FROM "cms_customimage"' in q["sql"]]
    assert len(images) == 1  # the new card's image, and its alone
    where = images[0].split(" WHERE ", 1)[1]  # "id" IN (…), or "id" = … OR …
    assert {int(pk) for pk in re.findall(r"\b\d+\b", where)} == {image.pk}
    assert len(one_new_card) <= len(every_card)
    assert queries_for(member, news_index.url) == kept


def test_a_card_lost_from_the_cache_is_built_again(member, news_index):
    articles = [
        NewsArticlePageFactory(parent=news_index, title=f"Escale {number}")
        for number in range(3)
    ]
    member.get(news_index.url)
    items = paginate_with_taxonomies(
        news_queryset().child_of(news_index),
        per_page=12,
        number=None,
        kept=lambda items: [True for _item in items],  # all said kept, none is
    )

    assert {item.pk for item in items} == {article.pk for article in articles}
    for item in items:  # read on demand, as a card built anyway would
        assert item.display_goals == []
        assert item.display_categories == []
