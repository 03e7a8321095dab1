"""Shared caches in front of the site (docs/deployment.md, "Varnish in front").

A page the page cache keeps names its tags in ``X-Cache-Tags`` (core/pagecache.py).
When tags change, once the change is committed, each Varnish of
``FRONT_CACHE_URLS`` is sent ``BAN /`` with the names in ``X-Ban-Tags``, and drops
every copy carrying one of them (deploy/varnish/default.vcl). A Varnish that does
not answer is logged and skipped: its copies live until their ``s-maxage``.

A CDN that cannot ban by tag (Cloudflare, CloudFront: ``WAGTAILFRONTENDCACHE``) is
told by Wagtail's frontend cache module to purge a published or unpublished page's
own addresses, after the commit; the pages listing it are renewed at their
``s-maxage``.
"""

import http.client
import logging
from urllib.request import ProxyHandler, Request, build_opener

from django.conf import settings
from django.db import transaction

logger = logging.getLogger(__name__)

TAGS_HEADER = "X-Cache-Tags"
BAN_HEADER = "X-Ban-Tags"

# Straight to each cache, whatever proxy the environment names.
_opener = build_opener(ProxyHandler({}))


def header(names) -> str:
    """Tag names (letters, digits and ``_ . : -``), space separated."""
    return " ".join(sorted(names))


def ban(names) -> None:
    """Every front cache drops what carries one of these tags."""
    if not names:
        return
    value = header(names)
    for base in settings.FRONT_CACHE_URLS:
        if not base.startswith(("http://", "https://")):
            logger.warning("Front cache %s: not an http(s) address", base)
            continue
        url = base.rstrip("/") + "/"
        request = Request(url, method="BAN", headers={BAN_HEADER: value})  # noqa: S310
        try:
            with _opener.open(request, timeout=settings.FRONT_CACHE_TIMEOUT) as answer:
                answer.read()
        except (OSError, ValueError, http.client.HTTPException) as error:
            logger.warning("Front cache %s did not ban %s: %s", base, value, error)


def _page_changed(instance, **kwargs) -> None:
    if settings.WAGTAILFRONTENDCACHE:
        transaction.on_commit(lambda: _purge(instance))


def _purge(page) -> None:
    from wagtail.contrib.frontend_cache.utils import purge_page_from_cache

    try:
        purge_page_from_cache(page)
    except Exception:
        logger.warning("The CDN did not purge %s", page.url_path, exc_info=True)


def connect_signals() -> None:
    """Wagtail's frontend cache purges a published or unpublished page's addresses.

    Its app would purge them inside the publishing transaction, so a CDN could
    fetch the old page again before the commit: here the purge follows the commit,
    and the app is not installed.
    """
    from wagtail.signals import page_published, page_unpublished

    for signal in (page_published, page_unpublished):
        signal.connect(_page_changed, dispatch_uid=f"frontcache-page-{id(signal)}")
