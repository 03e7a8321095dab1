"""Conditional requests on what clients poll: the feeds, the calendars, the sitemap.

A client that sends back the ETag it was given gets 304 and no body until what the
answer lists changes: an item published, edited, unpublished or deleted, an event
moved in time or ended, another day.
"""

import datetime

import pytest
from django.utils import timezone
from django.utils.http import http_date
from icalendar import Calendar

from cms.models import EventPage, NewsArticlePage
from tests.cms.factories import (
    EventPageFactory,
    NewsArticlePageFactory,
    NewsCategoryFactory,
    goal,
)
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

NEWS_RSS = "/fr/feeds/news.rss"
AGENDA_ICS = "/fr/calendar/agenda.ics"
SITEMAP = "/sitemap.xml"


def published(factory, **fields):
    """A page published as an editor publishes it (a revision, a publication date)."""
    page = factory(**fields)
    page.save_revision().publish()
    return page


def revalidate(client, url: str, etag: str, method: str = "get"):
    return getattr(client, method)(url, HTTP_IF_NONE_MATCH=etag)


def assert_not_modified(response) -> None:
    assert response.status_code == 304
    assert response.content == b""


def assert_fetched_again(response, *, etag: str) -> str:
    """200 with a new ETag; returns the body."""
    assert response.status_code == 200
    assert response["ETag"] != etag
    return response.content.decode()


def moved_to_the_afternoon(event: EventPage) -> None:
    event = EventPage.objects.get(pk=event.pk)
    event.start_time = datetime.time(15, 0)
    event.end_time = datetime.time(17, 0)
    event.save_revision().publish()


def start_hour(ics: bytes, title: str) -> int:
    [event] = [
        e for e in Calendar.from_ical(ics).walk("VEVENT") if str(e["summary"]) == title
    ]
    return event.decoded("dtstart").hour


@pytest.fixture
def articles(news_index):
    """Three published articles, the latest published last."""
    return [
        published(NewsArticlePageFactory, parent=news_index, title=title)
        for title in ("Escale à Dakar", "Quais de Montréal", "Forum de Tema")
    ]


# --- Feeds --------------------------------------------------------------------------


@pytest.mark.parametrize("url", [NEWS_RSS, "/fr/feeds/news.atom"])
def test_a_news_feed_answers_304_until_an_article_is_published(
    client, news_index, articles, url
):
    first = client.get(url)

    assert first.status_code == 200
    assert first["ETag"].startswith('W/"')
    not_modified = revalidate(client, url, first["ETag"])
    assert_not_modified(not_modified)
    assert not_modified["ETag"] == first["ETag"]

    published(NewsArticlePageFactory, parent=news_index, title="Nouveau membre")

    body = assert_fetched_again(
        revalidate(client, url, first["ETag"]), etag=first["ETag"]
    )
    assert "Nouveau membre" in body


def test_unpublishing_or_deleting_an_article_other_than_the_latest_is_seen(
    client, articles
):
    dakar, montreal, _tema = articles
    first = client.get(NEWS_RSS)

    dakar.unpublish()
    unpublished = revalidate(client, NEWS_RSS, first["ETag"])
    body = assert_fetched_again(unpublished, etag=first["ETag"])
    assert "Escale à Dakar" not in body
    # The latest publication is the same: a Last-Modified could not tell.
    assert unpublished["Last-Modified"] == first["Last-Modified"]

    NewsArticlePage.objects.get(pk=montreal.pk).delete()
    deleted = revalidate(client, NEWS_RSS, unpublished["ETag"])
    assert "Quais de Montréal" not in assert_fetched_again(
        deleted, etag=unpublished["ETag"]
    )
    assert_not_modified(revalidate(client, NEWS_RSS, deleted["ETag"]))


def test_an_edit_published_again_is_seen(client, articles):
    first = client.get(NEWS_RSS)
    dakar = NewsArticlePage.objects.get(pk=articles[0].pk)
    dakar.title = "Escale à Dakar, le programme"
    dakar.save_revision().publish()

    body = assert_fetched_again(
        revalidate(client, NEWS_RSS, first["ETag"]), etag=first["ETag"]
    )
    assert "Escale à Dakar, le programme" in body


def test_each_feed_has_its_own_etag_by_language_and_filter(client, news_index, agenda):
    category = NewsCategoryFactory(name="Tribunes", slug="tribunes")
    article = published(NewsArticlePageFactory, parent=news_index, title="Tribune")
    article.categories.set([category])
    article.goals.set([goal(10)])
    article.save_revision().publish()
    urls = [
        NEWS_RSS,
        "/fr/feeds/news.atom",
        "/en/feeds/news.rss",
        "/es/feeds/news.rss",
        "/fr/feeds/news/category/tribunes.rss",
        "/fr/feeds/news/goal/protecting-biodiversity.rss",
        "/fr/feeds/agenda.rss",
        "/en/feeds/agenda.rss",
    ]

    etags = {client.get(url)["ETag"] for url in urls}

    assert len(etags) == len(urls)


def test_a_categorys_feed_is_fetched_again_when_an_article_joins_it(
    client, news_index, articles
):
    category = NewsCategoryFactory(name="Tribunes", slug="tribunes")
    url = "/fr/feeds/news/category/tribunes.rss"
    first = client.get(url)
    assert_not_modified(revalidate(client, url, first["ETag"]))

    tribune = published(NewsArticlePageFactory, parent=news_index, title="Tribune")
    tribune.categories.set([category])
    tribune.save_revision().publish()

    body = assert_fetched_again(
        revalidate(client, url, first["ETag"]), etag=first["ETag"]
    )
    assert "Tribune" in body


def test_the_agenda_feed_changes_when_an_event_ends(client, agenda, settings):
    # The view's own answer as the clock moves on (a kept copy lives at most
    # PAGE_CACHE_SECONDS).
    settings.PAGE_CACHE_SECONDS = 0
    webinar = published(EventPageFactory, parent=agenda, title="Webinaire du port")
    published(EventPageFactory, parent=agenda, title="Conférence mondiale")
    url = "/fr/feeds/agenda.rss"
    first = client.get(url)
    assert_not_modified(revalidate(client, url, first["ETag"]))

    # The webinar's day comes and goes: nothing is published.
    ended = timezone.now() - datetime.timedelta(minutes=5)
    EventPage.objects.filter(pk=webinar.pk).update(
        start=ended - datetime.timedelta(hours=2), end=ended
    )

    body = assert_fetched_again(
        revalidate(client, url, first["ETag"]), etag=first["ETag"]
    )
    assert "Webinaire du port" not in body
    assert "Conférence mondiale" in body


def test_the_agenda_etags_do_not_outlive_the_day(client, agenda, monkeypatch, settings):
    settings.PAGE_CACHE_SECONDS = 0  # the view's own answer as the day changes
    published(EventPageFactory, parent=agenda, title="Conférence mondiale")
    feed = client.get("/fr/feeds/agenda.atom")
    calendar = client.get(AGENDA_ICS)
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)

    monkeypatch.setattr("core.conditional.timezone.localdate", lambda: tomorrow)

    assert revalidate(client, "/fr/feeds/agenda.atom", feed["ETag"]).status_code == 200
    assert revalidate(client, AGENDA_ICS, calendar["ETag"]).status_code == 200


# --- Calendars ----------------------------------------------------------------------


def test_the_agenda_calendar_changes_when_an_event_moves_in_time(client, agenda):
    event = published(EventPageFactory, parent=agenda, title="Masterclass Anvers")
    first = client.get(AGENDA_ICS)
    assert start_hour(first.content, "Masterclass Anvers") == 10

    not_modified = revalidate(client, AGENDA_ICS, first["ETag"])
    assert_not_modified(not_modified)
    # The 304 keeps what the 200 says about caching.
    assert not_modified["Cache-Control"] == first["Cache-Control"]
    assert "public" in first["Cache-Control"]

    moved_to_the_afternoon(event)

    again = revalidate(client, AGENDA_ICS, first["ETag"])
    assert_fetched_again(again, etag=first["ETag"])
    assert start_hour(again.content, "Masterclass Anvers") == 15


def test_the_calendars_filters_are_in_its_etag(client, agenda):
    published(
        EventPageFactory,
        parent=agenda,
        title="Cruise group",
        event_type=EventPage.EventType.WORKING_GROUP,
    )
    published(EventPageFactory, parent=agenda, title="Energy webinar")
    groups_url = f"{AGENDA_ICS}?type=working-group"
    webinars = client.get(f"{AGENDA_ICS}?type=webinar")
    groups = client.get(groups_url)

    assert webinars["ETag"] != groups["ETag"]
    assert revalidate(client, groups_url, webinars["ETag"]).status_code == 200
    assert_not_modified(revalidate(client, groups_url, groups["ETag"]))
    # A parameter the calendar does not read changes nothing.
    tracked = client.get(f"{AGENDA_ICS}?type=webinar&utm_source=newsletter")
    assert tracked["ETag"] == webinars["ETag"]


def test_an_events_ics_has_an_etag_and_a_last_modified(client, agenda):
    event = published(EventPageFactory, parent=agenda, title="Masterclass Anvers")
    an_hour_ago = timezone.now() - datetime.timedelta(hours=1)
    EventPage.objects.filter(pk=event.pk).update(last_published_at=an_hour_ago)
    url = f"/fr/calendar/events/{event.pk}.ics"

    first = client.get(url)

    assert first["Last-Modified"] == http_date(an_hour_ago.timestamp())
    assert_not_modified(revalidate(client, url, first["ETag"]))
    since = {"HTTP_IF_MODIFIED_SINCE": first["Last-Modified"]}
    assert_not_modified(client.get(url, **since))

    moved_to_the_afternoon(event)

    for response in (revalidate(client, url, first["ETag"]), client.get(url, **since)):
        assert_fetched_again(response, etag=first["ETag"])
        assert start_hour(response.content, "Masterclass Anvers") == 15

    latest = client.get(url)["ETag"]
    EventPage.objects.get(pk=event.pk).unpublish()
    assert revalidate(client, url, latest).status_code == 404


def test_the_calendars_answer_head(client, agenda):
    event = published(EventPageFactory, parent=agenda, title="Masterclass Anvers")
    for url in (AGENDA_ICS, f"/fr/calendar/events/{event.pk}.ics", NEWS_RSS, SITEMAP):
        get = client.get(url)

        head = client.head(url)

        assert head.status_code == 200, url
        assert head.content == b""
        assert head["ETag"] == get["ETag"]
        assert_not_modified(revalidate(client, url, get["ETag"], method="head"))
    assert client.post(AGENDA_ICS).status_code == 405


# --- Sitemap ------------------------------------------------------------------------


def test_the_sitemap_answers_304_until_a_page_is_published_or_unpublished(
    client, homes
):
    published(
        StandardPageFactory, parent=homes["fr"], title="À propos", slug="a-propos"
    )
    statutes = published(
        StandardPageFactory, parent=homes["fr"], title="Statuts", slug="statuts"
    )
    published(StandardPageFactory, parent=homes["fr"], title="Équipe", slug="equipe")
    first = client.get(SITEMAP)
    assert first.status_code == 200
    assert_not_modified(revalidate(client, SITEMAP, first["ETag"]))

    statutes.unpublish()  # not the latest page published

    unpublished = revalidate(client, SITEMAP, first["ETag"])
    assert "/fr/statuts/" not in assert_fetched_again(unpublished, etag=first["ETag"])

    published(StandardPageFactory, parent=homes["fr"], title="Contact", slug="contact")

    again = revalidate(client, SITEMAP, unpublished["ETag"])
    assert "/fr/contact/" in assert_fetched_again(again, etag=unpublished["ETag"])


# --- What a 304 costs ---------------------------------------------------------------

POLLED = [
    NEWS_RSS,
    "/fr/feeds/news.atom",
    "/fr/feeds/news/category/tribunes.rss",
    "/fr/feeds/news/goal/protecting-biodiversity.rss",
    "/fr/feeds/agenda.rss",
    "/en/feeds/agenda.atom",
    AGENDA_ICS,
    f"{AGENDA_ICS}?type=webinar&goal=port-culture-and-identity",
    "/fr/calendar/events/{event}.ics",
    SITEMAP,
]


@pytest.mark.parametrize("url", POLLED)
def test_a_304_costs_at_most_three_queries_whatever_the_content(
    client, homes, news_index, agenda, url, django_assert_max_num_queries
):
    NewsCategoryFactory(name="Tribunes", slug="tribunes")
    event = published(EventPageFactory, parent=agenda)
    url = url.format(event=event.pk)
    for size in (1, 10):
        for number in range(size):
            published(
                NewsArticlePageFactory, parent=news_index, title=f"N{size}-{number}"
            )
            published(EventPageFactory, parent=agenda, title=f"E{size}-{number}")
        etag = client.get(url)["ETag"]

        with django_assert_max_num_queries(3):
            response = revalidate(client, url, etag)

        assert response.status_code == 304
