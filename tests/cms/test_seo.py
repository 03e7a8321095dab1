import datetime
import json
import re

import pytest

from tests.cms.factories import EventPageFactory, ImageFactory, NewsArticlePageFactory
from tests.factories import translate_page

pytestmark = pytest.mark.django_db


def json_ld(html: str) -> dict:
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert match, "no JSON-LD in the page"
    return json.loads(match.group(1))


def test_article_has_canonical_alternates_opengraph_and_newsarticle(client, news_index):
    article = NewsArticlePageFactory(
        parent=news_index,
        title="Le Havre accueille la conférence",
        slug="le-havre",
        summary="Les villes portuaires se retrouvent en Normandie.",
        hero_image=ImageFactory(description="Les quais du Havre"),
    )
    article.authors.create(name="Jean Martin")
    article.save_revision().publish()
    english_index = translate_page(news_index, "en", title="News", slug="news")
    assert english_index.live
    translate_page(
        article, "en", title="Le Havre hosts the conference", slug="le-havre"
    )

    html = client.get("/fr/actualites/le-havre/").content.decode()

    assert (
        '<link rel="canonical" href="http://localhost/fr/actualites/le-havre/">' in html
    )
    assert 'hreflang="en" href="http://localhost/en/news/le-havre/"' in html
    assert '<meta property="og:type" content="article">' in html
    assert (
        '<meta property="og:title" content="Le Havre accueille la conférence">' in html
    )
    assert '<meta name="twitter:card" content="summary_large_image">' in html
    assert re.search(
        r'og:image" content="http://testserver/media/images/[^"]+\.jpg"', html
    )
    data = json_ld(html)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Le Havre accueille la conférence"
    assert data["author"] == [{"@type": "Person", "name": "Jean Martin"}]
    assert data["publisher"]["@type"] == "Organization"


def test_event_has_event_json_ld_in_its_time_zone(client, agenda):
    EventPageFactory(
        parent=agenda,
        title="Conférence mondiale",
        slug="conference",
        time_zone="America/Montreal",
        start_date=datetime.date(2027, 10, 5),
        start_time=datetime.time(9, 0),
        end_time=datetime.time(18, 0),
        venue="Palais des congrès",
        city="Montréal",
        country="Canada",
        cancelled=True,
    )

    data = json_ld(client.get("/fr/agenda/conference/").content.decode())

    assert data["@type"] == "Event"
    assert data["startDate"] == "2027-10-05T09:00:00-04:00"
    assert data["eventStatus"] == "https://schema.org/EventCancelled"
    assert data["location"]["address"]["addressLocality"] == "Montréal"
    assert (
        data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    )


def test_home_page_describes_the_organization(client, homes):
    data = json_ld(client.get("/en/").content.decode())

    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Organization"
    assert data["url"] == "http://testserver/en/"


def test_json_ld_cannot_close_its_script_element(client, news_index):
    NewsArticlePageFactory(
        parent=news_index, slug="xss", summary="</script><script>alert(1)</script>"
    )

    html = client.get("/fr/actualites/xss/").content.decode()

    assert "<script>alert(1)" not in html
    assert json_ld(html)["description"] == "</script><script>alert(1)</script>"
