"""The caches in front of the site: a kept page names its tags, a committed change
sends each Varnish one BAN for the tags it changed, a CDN is told to purge a
published page after the commit, and a cache that does not answer never stops a
publish. Real HTTP to a small server of the test's own."""

import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.test import Client

from config.settings.caching import cdn_backends
from core import pagecache
from events.models import Registration
from events.panels import registration_tag
from events.services import registrant_register
from tests.cms.conftest import agenda, contact_page, news_index
from tests.cms.factories import EventPageFactory, NewsArticlePageFactory
from tests.factories import VerifiedUserFactory

pytestmark = pytest.mark.django_db(transaction=True)
__all__ = ["agenda", "contact_page", "news_index"]


class FrontCache:
    """An HTTP server that answers 200 to anything and records what it got."""

    def __init__(self):
        self.requests: list[dict] = []
        received = self.requests

        class Handler(BaseHTTPRequestHandler):
            def _record(self):
                received.append(
                    {
                        "method": self.command,
                        "path": self.path,
                        "headers": dict(self.headers),
                    }
                )
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            do_BAN = do_PURGE = do_GET = _record

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def bans(self) -> list[str]:
        return [
            r["headers"]["X-Ban-Tags"] for r in self.requests if r["method"] == "BAN"
        ]

    def stop(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def front_cache(settings):
    # Tags bumped by earlier tests in transactions that never committed are
    # taken first (a bump outside a transaction commits at once).
    settings.FRONT_CACHE_URLS = []
    pagecache.bump("test")
    cache = FrontCache()
    settings.FRONT_CACHE_URLS = [cache.url]
    yield cache
    cache.stop()


def publish(page):
    page.save_revision().publish()
    return page


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_a_kept_page_names_its_tags_for_a_shared_cache(news_index):
    first = Client().get(news_index.url)
    second = Client().get(news_index.url)

    assert first["X-Page-Cache"] == "miss" and second["X-Page-Cache"] == "hit"
    assert first["X-Cache-Tags"] == second["X-Cache-Tags"] == "content"


def test_an_event_page_names_its_registration_too(agenda):
    event = EventPageFactory(parent=agenda, title="Webinaire", slug="webinaire")
    registration = Registration.objects.create(event=event, capacity=10)

    response = Client().get(event.url)

    assert response["X-Cache-Tags"].split() == [
        "content",
        registration_tag(registration.pk),
    ]


def test_a_personal_page_names_no_tags(homes, contact_page):
    member = Client()
    member.force_login(VerifiedUserFactory())
    contact_page(("name", "singleline"))

    signed_in = member.get("/fr/")
    form = Client().get("/fr/contact/")

    for response in (signed_in, form):
        assert response["Cache-Control"] == "private, no-store"
        assert "X-Cache-Tags" not in response


def test_a_publish_bans_content_once_committed(news_index, front_cache):
    with transaction.atomic():
        publish(NewsArticlePageFactory(parent=news_index, title="Article"))
        assert front_cache.requests == []  # the immediate renewal tells no one

    assert front_cache.bans() == ["content"]  # one BAN for the whole transaction
    (ban,) = front_cache.requests
    assert ban["method"] == "BAN" and ban["path"] == "/"


def test_a_registration_bans_its_event_page_only(agenda, front_cache):
    event = EventPageFactory(parent=agenda, title="Webinaire", slug="webinaire")
    registration = Registration.objects.create(event=event, capacity=1)
    front_cache.requests.clear()
    user = get_user_model().objects.create(email="ana@port.example")

    registrant_register(registration=registration, user=user, language="fr")

    assert front_cache.bans() == [registration_tag(registration.pk)]


def test_a_change_rolled_back_bans_nothing(news_index, front_cache):
    with transaction.atomic():
        publish(NewsArticlePageFactory(parent=news_index, title="Article"))
        transaction.set_rollback(True)

    assert front_cache.requests == []


def test_an_unreachable_front_cache_does_not_stop_a_publish(
    news_index, front_cache, settings, caplog
):
    dead = f"http://127.0.0.1:{closed_port()}"
    settings.FRONT_CACHE_URLS = [dead, front_cache.url]

    with caplog.at_level("WARNING", logger="core.frontcache"):
        publish(NewsArticlePageFactory(parent=news_index, title="Nouvel article"))

    assert f"Front cache {dead} did not ban content" in caplog.text
    # The other front cache is told all the same, and the site shows the article.
    assert front_cache.bans() == ["content"]
    assert "Nouvel article" in Client().get(news_index.url).content.decode()


def test_a_front_cache_that_hangs_holds_a_publish_only_briefly(
    news_index, settings, caplog
):
    silent = socket.socket()  # accepts connections, never answers
    silent.bind(("127.0.0.1", 0))
    silent.listen()
    settings.FRONT_CACHE_URLS = [f"http://127.0.0.1:{silent.getsockname()[1]}"]
    settings.FRONT_CACHE_TIMEOUT = 0.5
    try:
        started = time.monotonic()
        with caplog.at_level("WARNING", logger="core.frontcache"):
            publish(NewsArticlePageFactory(parent=news_index, title="Article"))
        elapsed = time.monotonic() - started
    finally:
        silent.close()

    assert elapsed < 3
    assert "did not ban content" in caplog.text


def test_a_cdn_purges_a_published_page_after_the_commit(
    news_index, front_cache, settings
):
    settings.FRONT_CACHE_URLS = []
    settings.WAGTAILFRONTENDCACHE = {
        "cdn": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": front_cache.url,
        }
    }
    article = NewsArticlePageFactory(parent=news_index, title="Article")

    with transaction.atomic():
        publish(article)
        assert front_cache.requests == []

    (purge,) = front_cache.requests
    assert purge["method"] == "PURGE" and purge["path"] == article.url


def test_the_cdn_comes_from_the_environment():
    assert cdn_backends({}) == {}
    assert cdn_backends({"CLOUDFLARE_BEARER_TOKEN": "t"}) == {}

    backends = cdn_backends(
        {
            "CLOUDFLARE_BEARER_TOKEN": "token",
            "CLOUDFLARE_ZONEID": "zone",
            "CLOUDFRONT_DISTRIBUTION_ID": "E123",
        }
    )

    assert backends["cloudflare"]["BEARER_TOKEN"] == "token"
    assert backends["cloudflare"]["ZONEID"] == "zone"
    assert backends["cloudfront"]["DISTRIBUTION_ID"] == "E123"


def test_the_vcl_knows_the_sites_cookies_and_languages():
    """What the VCL passes (a session, a form's token) and where it drops other
    cookies (a language's pages) follow the settings."""
    vcl = (Path(django_settings.BASE_DIR) / "deploy/varnish/default.vcl").read_text()
    session = django_settings.SESSION_COOKIE_NAME
    token = django_settings.CSRF_COOKIE_NAME
    languages = "|".join(code for code, _name in django_settings.LANGUAGES)

    assert f"({session}|{token})=" in vcl
    assert f'req.url ~ "^/({languages})/"' in vcl
