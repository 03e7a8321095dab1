"""RSS/Atom feeds, sitemap.xml and robots.txt, read as a client would."""

import datetime

import pytest
from defusedxml import ElementTree as ET

from tests.cms.factories import (
    EventPageFactory,
    NewsArticlePageFactory,
    NewsCategoryFactory,
    NewsIndexPageFactory,
    goal,
)
from tests.factories import StandardPageFactory, translate_page

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def rss_titles(response) -> list[str]:
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    return [item.findtext("title") for item in root.iter("item")]


@pytest.fixture
def news(news_index):
    opinions = NewsCategoryFactory(name="Tribunes", slug="tribunes")
    a = NewsArticlePageFactory(parent=news_index, title="Tribune sur la biodiversité")
    a.categories.set([opinions])
    a.goals.set([goal(10)])
    a.save_revision().publish()
    NewsArticlePageFactory(parent=news_index, title="Nouveau membre à Dakar")
    return news_index


def test_news_rss_lists_articles_of_the_language(client, news):
    response = client.get("/fr/feeds/news.rss")

    assert response["Content-Type"].startswith("application/rss+xml")
    root = ET.fromstring(response.content)
    assert root.find("channel/language").text == "fr"
    assert set(rss_titles(response)) == {
        "Tribune sur la biodiversité",
        "Nouveau membre à Dakar",
    }
    assert "/fr/actualites/nouveau-membre-a-dakar/" in response.content.decode()


def test_news_feeds_per_category_and_goal(client, news):
    by_category = rss_titles(client.get("/fr/feeds/news/category/tribunes.rss"))
    by_goal = rss_titles(client.get("/fr/feeds/news/goal/protecting-biodiversity.rss"))

    assert by_category == ["Tribune sur la biodiversité"]
    assert by_goal == ["Tribune sur la biodiversité"]
    assert client.get("/fr/feeds/news/category/unknown.rss").status_code == 404
    assert client.get("/fr/feeds/news/colour/blue.rss").status_code == 404


def test_news_atom_feed(client, news):
    response = client.get("/fr/feeds/news.atom")

    assert response.status_code == 200
    root = ET.fromstring(response.content)
    titles = {entry.findtext(f"{ATOM}title") for entry in root.iter(f"{ATOM}entry")}
    assert "Nouveau membre à Dakar" in titles


def test_feeds_are_per_language(client, homes):
    english_index = translate_page(
        NewsIndexPageFactory(parent=homes["fr"]), "en", title="News", slug="news"
    )
    NewsArticlePageFactory(parent=english_index, title="New member in Dakar")

    assert rss_titles(client.get("/en/feeds/news.rss")) == ["New member in Dakar"]
    assert rss_titles(client.get("/es/feeds/news.rss")) == []


def test_agenda_feeds_list_coming_events(client, agenda):
    EventPageFactory(parent=agenda, title="Webinaire Port Center")

    rss = client.get("/fr/feeds/agenda.rss").content.decode()
    atom = client.get("/fr/feeds/agenda.atom")

    assert "Webinaire Port Center" in rss
    assert atom.status_code == 200 and b"Webinaire Port Center" in atom.content


def test_sitemap_lists_every_language_with_hreflang_alternates(client, homes):
    about = StandardPageFactory(parent=homes["fr"], title="À propos", slug="a-propos")
    translate_page(about, "en", title="About", slug="about")
    StandardPageFactory(parent=homes["fr"], title="Statuts", slug="statuts")

    response = client.get("/sitemap.xml")

    assert response.status_code == 200
    root = ET.fromstring(response.content)
    urls = {
        url.findtext(f"{SITEMAP}loc"): {
            link.get("hreflang"): link.get("href")
            for link in url.findall(f"{XHTML}link")
        }
        for url in root.findall(f"{SITEMAP}url")
    }
    pages = {loc for loc in urls if "/agenda-2030/" not in loc}
    assert pages == {
        "http://localhost/fr/",
        "http://localhost/en/",
        "http://localhost/es/",
        "http://localhost/fr/a-propos/",
        "http://localhost/en/about/",
        "http://localhost/fr/statuts/",
    }
    assert urls["http://localhost/en/about/"] == {
        "fr": "http://localhost/fr/a-propos/",
        "en": "http://localhost/en/about/",
        "x-default": "http://localhost/fr/a-propos/",
    }
    assert urls["http://localhost/fr/statuts/"] == {}


def test_sitemap_lists_the_agenda_2030_and_its_goals_in_every_language(client, homes):
    root = ET.fromstring(client.get("/sitemap.xml").content)
    urls = {
        url.findtext(f"{SITEMAP}loc"): {
            link.get("hreflang"): link.get("href")
            for link in url.findall(f"{XHTML}link")
        }
        for url in root.findall(f"{SITEMAP}url")
    }
    goals = [loc for loc in urls if "/agenda-2030/" in loc]

    assert urls["http://localhost/es/agenda-2030/"]["x-default"] == (
        "http://localhost/fr/agenda-2030/"
    )
    english_goals = [
        loc
        for loc in goals
        if loc.startswith("http://localhost/en/agenda-2030/") and loc.count("/") == 6
    ]
    assert len(english_goals) == 10
    assert set(urls[english_goals[0]]) == {"fr", "en", "es", "x-default"}
    for location in goals:
        assert client.get(location.removeprefix("http://localhost")).status_code == 200


def test_robots_txt_points_to_the_sitemap(client, homes):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    body = response.content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


def test_agenda_feed_titles_give_the_local_day_as_the_language_writes_it(
    client, agenda
):
    # 21:00 in Montreal is already the next day in UTC and in Paris.
    EventPageFactory(
        parent=agenda,
        title="Conférence mondiale",
        time_zone="America/Montreal",
        start_date=datetime.date(2099, 11, 3),
        start_time=datetime.time(21, 0),
        end_time=datetime.time(23, 0),
    )

    assert rss_titles(client.get("/fr/feeds/agenda.rss")) == [
        "Conférence mondiale (3 novembre 2099)"
    ]


def test_news_items_are_dated_by_the_article_not_by_its_publication(client, news_index):
    article = NewsArticlePageFactory(
        parent=news_index, title="Archives", date=datetime.date(2025, 3, 14)
    )
    article.save_revision().publish()  # published today, about an older day

    root = ET.fromstring(client.get("/fr/feeds/news.rss").content)
    [item] = [i for i in root.iter("item") if i.findtext("title") == "Archives"]

    assert item.findtext("pubDate").startswith("Fri, 14 Mar 2025 00:00:00")
