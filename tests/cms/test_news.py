import datetime

import pytest

from cms.models import HomePage, NewsArticlePage, NewsIndexPage
from tests.cms.factories import (
    ImageFactory,
    NewsArticlePageFactory,
    NewsCategoryFactory,
    goal,
)
from tests.cms.utils import queries_for
from tests.factories import translate_page

pytestmark = pytest.mark.django_db


def publish(page):
    page.save_revision().publish()
    return page


def test_page_type_rules():
    assert NewsIndexPage in HomePage.allowed_subpage_models()
    assert NewsIndexPage.allowed_subpage_models() == [NewsArticlePage]
    assert NewsArticlePage.allowed_parent_page_models() == [NewsIndexPage]
    assert NewsArticlePage.allowed_subpage_models() == []


def test_article_renders_with_its_classification(client, news_index):
    category = NewsCategoryFactory(name="Temps forts", slug="temps-forts")
    article = NewsArticlePageFactory(
        parent=news_index,
        title="Conférence mondiale à Lisbonne",
        slug="conference-lisbonne",
        summary="Les villes portuaires se retrouvent au Portugal.",
        hero_image=ImageFactory(description="Le port de Lisbonne au lever du jour"),
    )
    article.authors.create(name="Marie Durand", role="Directrice")
    article.categories.set([category])
    article.goals.set([goal(8)])
    article.tags.add("Lisbonne")
    publish(article)

    response = client.get("/fr/actualites/conference-lisbonne/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Conférence mondiale à Lisbonne</h1>" in html
    assert "Marie Durand (Directrice)" in html
    assert "Temps forts" in html
    assert "Interface ville-port" in html
    assert 'href="/fr/actualites/?tag=lisbonne"' in html
    assert 'type="image/avif"' in html and 'type="image/webp"' in html
    assert 'alt="Le port de Lisbonne au lever du jour"' in html


def test_hero_image_without_alt_text_is_refused(news_index):
    from django.core.exceptions import ValidationError

    article = NewsArticlePageFactory.build(
        title="Sans texte", hero_image=ImageFactory(description="")
    )
    with pytest.raises(ValidationError) as error:
        news_index.add_child(instance=article)
    assert "hero_image" in error.value.message_dict


def test_index_filters_by_category_goal_tag_year_and_text(client, news_index):
    highlights = NewsCategoryFactory(name="Temps forts", slug="temps-forts")
    a = NewsArticlePageFactory(parent=news_index, title="Energie au Havre")
    a.categories.set([highlights])
    a.goals.set([goal(2)])
    a.tags.add("hydrogène")
    publish(a)
    b = NewsArticlePageFactory(
        parent=news_index, title="Mobilité à Anvers", date=datetime.date(2024, 5, 2)
    )
    b.goals.set([goal(3)])
    publish(b)

    def titles(query):
        response = client.get(f"/fr/actualites/?{query}")
        assert response.status_code == 200
        return {
            t
            for t in ("Energie au Havre", "Mobilité à Anvers")
            if t in response.content.decode()
        }

    assert titles("") == {"Energie au Havre", "Mobilité à Anvers"}
    assert titles("category=temps-forts") == {"Energie au Havre"}
    assert titles("goal=sustainable-mobility") == {"Mobilité à Anvers"}
    assert titles("tag=hydrogene") == {"Energie au Havre"}
    assert titles("year=2024") == {"Mobilité à Anvers"}
    assert titles("q=anvers") == {"Mobilité à Anvers"}
    assert titles("q=anvers&goal=energy-transition") == set()


def test_goal_filter_matches_articles_tagged_in_another_language(client, homes):
    """An English article tagged with a French goal record is found by the goal."""
    from tests.cms.factories import NewsIndexPageFactory

    french_index = NewsIndexPageFactory(parent=homes["fr"])
    english_index = translate_page(french_index, "en", title="News", slug="news")
    article = NewsArticlePageFactory(parent=english_index, title="Shore power")
    article.goals.set([goal(2, "fr")])
    publish(article)

    html = client.get("/en/news/?goal=energy-transition").content.decode()

    assert "Shore power" in html
    assert "Energy transition and circular economy" in html  # shown in English


def test_filters_stay_in_the_pagination_links(client, news_index):
    for number in range(14):
        a = NewsArticlePageFactory(parent=news_index, title=f"Hydrogen {number}")
        a.goals.set([goal(2)])
        publish(a)

    html = client.get("/fr/actualites/?goal=energy-transition").content.decode()

    assert "Page 1 sur 2" in html or "Page 1 of 2" in html
    assert 'href="?goal=energy-transition&amp;page=2"' in html


def _articles(index, count, image):
    for _ in range(count):
        article = NewsArticlePageFactory(parent=index, hero_image=image)
        article.goals.set([goal(1 + article.pk % 10)])
        article.categories.set([NewsCategoryFactory()])


NEWS_QUERY_BUDGET = 30


def test_news_index_query_count_does_not_grow(
    client, news_index, django_assert_max_num_queries
):
    image = ImageFactory()
    urls = ["/fr/actualites/", "/fr/actualites/?goal=climate-change-adaptation&page=2"]
    _articles(news_index, 10, image)
    small = [queries_for(client, url) for url in urls]
    _articles(news_index, 110, image)
    large = [queries_for(client, url) for url in urls]

    assert small == large
    for url in urls:
        with django_assert_max_num_queries(NEWS_QUERY_BUDGET):
            client.get(url)
