"""The full-page cache: anonymous visitors' pages are kept and served without a
query, never stale after what they show changes, and nothing personal is kept."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from wagtail.models import Site

from accounts.models import Organisation
from cms.models import FooterSettings, MenuItem, NavigationSettings
from events.models import Registration
from events.services import registrant_register
from tests.cms.conftest import agenda, contact_page, news_index
from tests.cms.factories import EventPageFactory, NewsArticlePageFactory
from tests.factories import StandardPageFactory, VerifiedUserFactory, translate_page

pytestmark = pytest.mark.django_db(transaction=True)
__all__ = ["agenda", "contact_page", "news_index"]


FULL = "L’événement est complet"


def get(path: str, client=None):
    response = (client or Client()).get(path)
    return response, response.content.decode()


def kept(path: str) -> bool:
    """A second anonymous visit is served from the cache."""
    Client().get(path)
    return Client().get(path).get("X-Page-Cache") == "hit"


def test_a_visitor_after_the_first_gets_the_page_without_a_query(
    homes, django_assert_num_queries
):
    first, html = get("/fr/")
    assert first["X-Page-Cache"] == "miss"
    assert (
        "s-maxage=600" in first["Cache-Control"] and "public" in first["Cache-Control"]
    )

    with django_assert_num_queries(0):
        second, again = get("/fr/")

    assert second["X-Page-Cache"] == "hit"
    assert again == html
    assert second["Content-Type"] == first["Content-Type"]
    assert "Content-Security-Policy" in second


def test_the_404_page_is_kept_too(homes, django_assert_num_queries):
    get("/fr/nulle-part/")
    with django_assert_num_queries(0):
        response, _html = get("/fr/nulle-part/")
    assert response.status_code == 404


def publish(page):
    """As editors do: a revision published (the factories make live pages)."""
    page.save_revision().publish()
    return page


def test_a_published_article_appears_in_the_listing_at_once(news_index):
    NewsArticlePageFactory(parent=news_index, title="Premier article")
    assert kept(news_index.url)

    publish(NewsArticlePageFactory(parent=news_index, title="Deuxième article"))

    _response, html = get(news_index.url)
    assert "Deuxième article" in html


def test_an_unpublished_article_leaves_its_page_and_the_listing(news_index):
    article = NewsArticlePageFactory(parent=news_index, title="Article retiré")
    assert kept(news_index.url) and kept(article.url)
    url = article.url

    article.unpublish()

    assert "Article retiré" not in get(news_index.url)[1]
    assert get(url)[0].status_code == 404


def test_a_moved_and_a_deleted_page_leave_the_listing(news_index, homes):
    moved = NewsArticlePageFactory(parent=news_index, title="Article déplacé")
    deleted = NewsArticlePageFactory(parent=news_index, title="Article supprimé")
    other = StandardPageFactory(parent=homes["fr"], title="Archives", slug="archives")
    assert kept(news_index.url)
    old_url = moved.url

    moved.move(other, pos="last-child")
    deleted.delete()

    html = get(news_index.url)[1]
    assert "Article déplacé" not in html and "Article supprimé" not in html
    # Its old address leads to the new one (Wagtail's redirect on a move).
    assert get(old_url)[0]["Location"] == "/fr/archives/article-deplace/"


def test_the_menu_and_the_footer_change_every_page_at_once(homes):
    site = Site.objects.get(is_default_site=True)
    about = StandardPageFactory(parent=homes["fr"], title="À propos", slug="a-propos")
    assert kept("/fr/") and kept(about.url)

    MenuItem.objects.create(
        settings=NavigationSettings.for_site(site), page=about, sort_order=0
    )
    assert '<a href="/fr/a-propos/">À propos</a>' in get("/fr/")[1]

    footer = FooterSettings.for_site(site)
    footer.address = "5 quai de la Saône"
    footer.save()
    assert "5 quai de la Saône" in get(about.url)[1]


def test_a_translation_published_shows_in_the_language_links(homes):
    about = StandardPageFactory(parent=homes["fr"], title="À propos", slug="a-propos")
    assert kept(about.url)

    translate_page(about, "en", title="About us", slug="about")

    assert "/en/about/" in get(about.url)[1]


def test_a_record_the_pages_show_renews_them(homes):
    """The members directory shows organisations: a change to one renews it."""
    page = StandardPageFactory(parent=homes["fr"], title="Page", slug="page")
    assert kept(page.url)

    Organisation.objects.create(name="Port de Test")

    assert get(page.url)[0]["X-Page-Cache"] == "miss"


def test_a_signed_in_person_is_never_served_nor_kept(homes):
    assert kept("/fr/")
    member = Client()
    member.force_login(VerifiedUserFactory())

    response = member.get("/fr/")

    assert "X-Page-Cache" not in response
    assert response["Cache-Control"] == "private, no-store"
    assert "/fr/account/" in response.content.decode() or response.status_code == 200
    # What they were shown is not kept for visitors either.
    assert get("/fr/")[0]["X-Page-Cache"] == "hit"


def test_a_visitor_with_a_session_is_never_served_from_the_cache(homes):
    assert kept("/fr/")
    visitor = Client()
    visitor.cookies["sessionid"] = "anything"

    assert "X-Page-Cache" not in visitor.get("/fr/")


def test_a_page_with_a_form_is_not_kept(contact_page):
    contact_page(("name", "singleline"))
    first, html = get("/fr/contact/")
    assert "csrfmiddlewaretoken" in html

    second, _html = get("/fr/contact/")

    assert "X-Page-Cache" not in second
    assert second["Cache-Control"] == "private, no-store"


def test_personal_addresses_are_never_kept(homes):
    for path in ("/fr/account/", "/fr/accounts/login/", "/fr/tickets/orders/"):
        Client().get(path)
        assert "X-Page-Cache" not in Client().get(path), path


def test_an_events_places_are_never_served_older_than_its_registrations(agenda):
    event = EventPageFactory(parent=agenda, title="Webinaire", slug="webinaire")
    registration = Registration.objects.create(event=event, capacity=1)
    assert kept(event.url)
    assert FULL not in get(event.url)[1]

    user = get_user_model().objects.create(email="ana@port.example")
    registrant_register(registration=registration, user=user, language="fr")

    response, html = get(event.url)
    assert response["X-Page-Cache"] == "miss"
    assert FULL in html
    # And kept again until the next change.
    assert get(event.url)[0]["X-Page-Cache"] == "hit"


def test_turned_off_nothing_is_kept(homes, settings):
    settings.PAGE_CACHE_SECONDS = 0
    get("/fr/")
    response, _html = get("/fr/")
    assert "X-Page-Cache" not in response


def test_a_kept_page_answers_a_conditional_request(news_index):
    publish(NewsArticlePageFactory(parent=news_index, title="Article"))
    first = Client().get("/fr/feeds/news.rss")
    assert Client().get("/fr/feeds/news.rss")["X-Page-Cache"] == "hit"

    again = Client().get("/fr/feeds/news.rss", HTTP_IF_NONE_MATCH=first["ETag"])

    assert again.status_code == 304 and again.content == b""


def test_the_menu_built_for_signed_in_pages_is_remembered_until_it_changes(homes):
    site = Site.objects.get(is_default_site=True)
    about = StandardPageFactory(parent=homes["fr"], title="À propos", slug="a-propos")
    navigation = NavigationSettings.for_site(site)
    MenuItem.objects.create(settings=navigation, page=about, sort_order=0)
    member = Client()
    member.force_login(VerifiedUserFactory())
    assert '<a href="/fr/a-propos/">À propos</a>' in member.get("/fr/").content.decode()
    # The same links, and on the page itself, marked as the current one.
    on_it = member.get(about.url).content.decode()
    assert '<a href="/fr/a-propos/" aria-current="page">À propos</a>' in on_it

    news = StandardPageFactory(parent=homes["fr"], title="Nouvelles", slug="nouvelles")
    MenuItem.objects.create(settings=navigation, page=news, sort_order=1)

    assert (
        '<a href="/fr/nouvelles/">Nouvelles</a>' in member.get("/fr/").content.decode()
    )
