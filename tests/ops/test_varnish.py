"""Varnish in front of the site, end to end: a real varnishd with the project's VCL
(deploy/varnish/default.vcl) before a live server. Pages are served from it, a
publish drops them at once, and nothing personal is ever served from it.

PostgreSQL only (the live server's thread shares the test database); skipped
without varnishd, unless REQUIRE_VARNISH is set, when that is a failure.
"""

import http.client
import os
import shutil
import subprocess
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.conf import settings as django_settings
from django.db import connection
from django.test import Client

from tests.cms.conftest import news_index
from tests.cms.factories import NewsArticlePageFactory
from tests.factories import VerifiedUserFactory
from tests.ops.conftest import BASE_DIR, free_port

pytestmark = pytest.mark.django_db(transaction=True)
__all__ = ["news_index"]

VCL = BASE_DIR / "deploy" / "varnish" / "default.vcl"
BACKEND_PORT = '.port = "8000";'


def _varnishd() -> str | None:
    found = shutil.which("varnishd")
    if found:
        return found
    return "/usr/sbin/varnishd" if Path("/usr/sbin/varnishd").exists() else None


class Varnish:
    """varnishd in the foreground, its VCL sending to the live server."""

    def __init__(self, binary: str, directory: Path, backend_port: int):
        source = VCL.read_text()
        assert BACKEND_PORT in source
        self.vcl = directory / "default.vcl"
        self.vcl.write_text(source.replace(BACKEND_PORT, f'.port = "{backend_port}";'))
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = directory / "varnishd.log"
        command = [
            binary, "-F", "-j", "none", "-n", str(directory / "work"),
            "-a", f"127.0.0.1:{self.port}", "-T", "none",
            "-f", str(self.vcl), "-s", "malloc,32m",
        ]  # fmt: skip
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(
                command, stdout=log, stderr=subprocess.STDOUT
            )
        self._wait()

    def _wait(self, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                pytest.fail(f"varnishd stopped:\n{self.log.read_text()}")
            try:
                self.request("GET", "/healthz/live")
                return
            except OSError:
                time.sleep(0.2)
        pytest.fail(f"varnishd did not answer:\n{self.log.read_text()}")

    def request(self, method: str, path: str, **headers: str):
        """The answer, with its body read (``.body``)."""
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            conn.request(method, path, headers=headers)
            answer = conn.getresponse()
            answer.body = answer.read().decode()
            return answer
        finally:
            conn.close()

    def get(self, path: str, **headers: str):
        return self.request("GET", path, **headers)

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=20)


@pytest.fixture
def varnish(live_server, tmp_path, settings):
    if connection.vendor != "postgresql":
        pytest.skip("the live server needs PostgreSQL")
    binary = _varnishd()
    if binary is None:
        if os.environ.get("REQUIRE_VARNISH"):
            pytest.fail("REQUIRE_VARNISH is set and varnishd is not installed")
        pytest.skip("varnishd is not installed")
    server = Varnish(binary, tmp_path, urlsplit(live_server.url).port)
    settings.FRONT_CACHE_URLS = [server.url]
    try:
        yield server
    finally:
        server.stop()


def publish(page):
    page.save_revision().publish()
    return page


def test_varnish_keeps_a_page_until_a_publish_changes_it(varnish, news_index):
    NewsArticlePageFactory(parent=news_index, title="Premier article")
    path = news_index.url

    first = varnish.get(path)
    second = varnish.get(path)
    # Analytics cookies are dropped: the visitor shares the same copy.
    third = varnish.get(path, Cookie="_ga=GA1.1.123; _pk_id=abc")

    assert first.status == 200 and first.getheader("X-Cache") == "MISS"
    assert second.getheader("X-Cache") == third.getheader("X-Cache") == "HIT"
    assert second.body == third.body == first.body
    assert "Premier article" in first.body
    assert "s-maxage=600" in second.getheader("Cache-Control")
    assert second.getheader("X-Cache-Tags") is None  # the VCL keeps it to itself

    publish(NewsArticlePageFactory(parent=news_index, title="Deuxième article"))

    after = varnish.get(path)
    assert after.getheader("X-Cache") == "MISS"
    assert "Deuxième article" in after.body
    assert varnish.get(path).getheader("X-Cache") == "HIT"


def test_a_ban_drops_only_the_pages_with_its_tags(varnish, news_index):
    path = news_index.url
    varnish.get(path)
    assert varnish.get(path).getheader("X-Cache") == "HIT"

    other = varnish.request("BAN", "/", **{"X-Ban-Tags": "events.registration:999"})
    assert other.status == 200
    assert varnish.get(path).getheader("X-Cache") == "HIT"

    # A ban relayed by a proxy (X-Forwarded-For) and a malformed one are refused.
    relayed = varnish.request(
        "BAN", "/", **{"X-Ban-Tags": "content", "X-Forwarded-For": "203.0.113.9"}
    )
    malformed = varnish.request("BAN", "/", **{"X-Ban-Tags": "content|.*"})
    assert (relayed.status, malformed.status) == (403, 400)
    assert varnish.get(path).getheader("X-Cache") == "HIT"

    assert varnish.request("BAN", "/", **{"X-Ban-Tags": "content"}).status == 200
    assert varnish.get(path).getheader("X-Cache") == "MISS"


def signed_in_cookie(user) -> str:
    client = Client()
    client.force_login(user)
    name = django_settings.SESSION_COOKIE_NAME
    return f"{name}={client.cookies[name].value}"


def test_a_signed_in_visitor_is_never_served_from_varnish(varnish, homes):
    varnish.get("/fr/")
    assert varnish.get("/fr/").getheader("X-Cache") == "HIT"
    ana, ben = VerifiedUserFactory(), VerifiedUserFactory()
    ana_cookie, ben_cookie = signed_in_cookie(ana), signed_in_cookie(ben)

    for _ in range(2):
        home = varnish.get("/fr/", Cookie=f"_ga=1; {ana_cookie}")
        assert home.getheader("X-Cache") == "MISS"
        assert home.getheader("Cache-Control") == "private, no-store"

    for user, cookie in ((ana, ana_cookie), (ben, ben_cookie), (ana, ana_cookie)):
        account = varnish.get("/fr/account/", Cookie=cookie)
        assert account.status == 200 and account.getheader("X-Cache") == "MISS"
        assert user.email in account.body
