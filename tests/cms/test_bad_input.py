"""Whatever a visitor types in the address bar gives a clean page or a 400."""

import pytest

from tests.cms.factories import EventPageFactory, NewsArticlePageFactory

pytestmark = pytest.mark.django_db

LONG = "x" * 5000

BAD_QUERIES = [
    "category=does-not-exist",
    "goal=99",
    "goal=%00",
    "tag=" + "é" * 300,
    "year=abcd",
    "year=-5",
    "year=999999999999999999999",
    "q=" + LONG,
    "q=%27%22%3C%3E%3Bselect",
    "page=999999999",
    "page=-1",
    "page=abc",
    "page=" + "9" * 400,
    "type=rocket-launch",
    "when=tomorrow",
    "month=2026-13",
    "month=13/2026",
    "month=" + LONG,
    "country=" + LONG,
    "category=a&category=b&goal=x&goal=y",
]


@pytest.fixture
def content(news_index, agenda):
    NewsArticlePageFactory(parent=news_index, title="Article")
    EventPageFactory(parent=agenda, title="Event")


@pytest.mark.parametrize("query", BAD_QUERIES, ids=lambda q: q[:30])
@pytest.mark.parametrize(
    "path", ["/fr/actualites/", "/fr/agenda/", "/fr/calendar/agenda.ics"]
)
def test_bad_filter_values_never_break_a_listing(client, content, path, query):
    response = client.get(f"{path}?{query}")

    assert response.status_code in (200, 400)


def test_listing_reports_the_filters_it_ignored(client, content):
    html = client.get("/fr/actualites/?year=abcd&goal=unknown").content.decode()

    assert 'role="alert"' in html
    assert "Article" in html  # the rest of the listing is still shown


def test_huge_page_number_shows_the_last_page(client, content):
    response = client.get("/fr/actualites/?page=999999999")

    assert response.status_code == 200
    assert "Article" in response.content.decode()


def test_calendar_with_an_absurdly_long_address_is_refused(client, content):
    response = client.get("/fr/calendar/agenda.ics?country=" + LONG)

    assert response.status_code == 400


@pytest.mark.parametrize(
    "path",
    [
        "/fr/calendar/events/999999999999999999999.ics",
        "/fr/calendar/events/abc.ics",
        "/fr/feeds/news/goal/%00.rss",
        "/fr/agenda-2030/" + "x" * 300 + "/",
    ],
)
def test_unknown_objects_are_not_found(client, content, path):
    assert client.get(path).status_code == 404
