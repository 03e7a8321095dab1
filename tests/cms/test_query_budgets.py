"""What a public page costs built afresh (a first visit after a publish, a
signed-in visitor): the home page at most 15 queries, every other page at most 12,
the 404 page at most 5 (docs/performance.md)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from core import pagecache

HOME_BUDGET = 15
PAGE_BUDGET = 12
NOT_FOUND_BUDGET = 5


@pytest.fixture
def uncached(settings):
    settings.PAGE_CACHE_SECONDS = 0  # every request builds its page


def _queries(client, url: str, status: int = 200, *, published=False) -> int:
    client.get(url)  # the site-wide fragments are remembered by a first visit
    if published:  # an article or an event was published since
        pagecache.bump(pagecache.CONTENT)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == status, url
    return len(context.captured_queries)


def _one_page_of_each_type() -> dict[str, str]:
    """One public page of each type and language of the demo, by address."""
    seen = {}
    for page in Page.objects.live().filter(depth__gt=1).specific().order_by("path"):
        key = (type(page).__name__, page.locale.language_code)
        if key not in seen:
            seen[key] = page.url
    return {url: name for (name, _language), url in seen.items()}


@pytest.mark.parametrize("published", [False, True], ids=["kept", "after a publish"])
def test_every_public_page_of_the_demo_keeps_within_its_budget(
    demo, client, uncached, published
):
    over = {}
    measured = 0
    for url, page_type in _one_page_of_each_type().items():
        if client.get(url).status_code != 200:
            continue  # a course's module redirects, a lesson is for learners
        budget = HOME_BUDGET if page_type == "HomePage" else PAGE_BUDGET
        count = _queries(client, url, published=published)
        measured += 1
        if count > budget:
            over[url] = (count, budget)
    assert measured >= 40  # every page type in three languages
    assert over == {}


def test_a_missing_page_costs_at_most_five_queries(demo, client, uncached):
    assert _queries(client, "/fr/aucune-page-ici/", 404) <= NOT_FOUND_BUDGET
    assert _queries(client, "/en/news/no-such-article/", 404) <= NOT_FOUND_BUDGET


def test_a_missing_translation_still_points_to_the_other_languages(
    demo, client, uncached
):
    """The 404 page reads every other language's pages in one query and still
    finds the page where it exists."""
    article = Page.objects.live().filter(url_path__contains="/news/").last()
    english = article.url  # /en/news/<slug>/
    response = client.get(english.replace("/en/", "/es/", 1))
    assert response.status_code == 404
    assert english in response.content.decode()
