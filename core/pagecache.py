"""The full-page cache of what anonymous visitors read (docs/performance.md).

Every public page a visitor without a session reads is kept whole, in the default
cache (Redis in production, memory in one process by default), keyed by host, path
and query; the path holds the language (/fr/, /en/, /es/). The next visitor gets it
without a query, before the session, the CSRF check or the user are looked at.

Nothing kept is ever served stale. An entry remembers the version of each *tag* it
depends on, read before the page was built; a hit compares them with the current
versions, and one changed is a miss. Every page depends on ``content``, which
changes when a page is published, unpublished, moved or deleted (so do the pages
that list or link it), when a snippet, a setting, an image or a document is saved
or deleted, and when a record the public pages show changes
(``PAGE_CACHE_CONTENT_MODELS``). A part of a page that changes with other records
(an event's places) adds a tag of its own (``tag``) that its module ``bump``s.

The parts of pages built afresh (signed-in visitors, a first visit after a
publish) are kept the same way (``remembered``, ``{% keep %}``): what every page
repeats (routing, menu, footer, snippets) under ``site``, which changes with
``content`` except when a page none of it shows is published or unpublished (an
article, an event: cms.sitewide.shown_site_wide). A page's own parts depend on
``site`` and on what they show (decision 0016): a listing on ``below(page)``,
renewed when a page below it is published; a page's SEO tags and language links
on ``of_page(page)``; its content on its live revision.

A response is kept only when it is the same for every visitor: a GET or HEAD on a
language's address, outside the personal addresses (``PRIVATE_URL_PREFIXES``),
without a session cookie, answered 200 or 404 to an anonymous user, setting no
cookie, using no CSRF token (a form) and no CSP nonce, and not marked ``private``
or ``no-store`` by its view. Kept pages say so to shared caches
(``Cache-Control: public, s-maxage``) and name their tags (``X-Cache-Tags``), which
a Varnish in front bans by (core/frontcache.py); a page built for one person says
``private, no-store``.
"""

import contextvars
import hashlib
import threading
import time

from django.conf import settings
from django.core.cache import cache
from django.core.cache.backends.locmem import LocMemCache
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import parse_http_date_safe
from django.utils.translation import get_language_from_path

from core import frontcache

CONTENT = "content"
# What every page repeats (the routing, the menus, the footer, the snippets):
# renewed with ``content`` by every change but the publishing of a page that none
# of it shows (an article, an event), which only renews ``content``.
SITE = "site"
KEY_PREFIX = "page:"
TAG_PREFIX = "page-tag:"
HEADER = "X-Page-Cache"
MAX_QUERY = 300  # a longer query string is not worth keeping
MAX_KEY = 200


def enabled() -> bool:
    return bool(settings.PAGE_CACHE_SECONDS)


# Tags bumped in this thread and not yet committed.
_pending = threading.local()


def bump(*names: str) -> None:
    """The tags' content changed: pages kept with them are not served again.

    Now, and again once the change is committed: a page built meanwhile from
    what was there before holds the versions of now, and is not served after it.
    At the commit the front caches drop their copies too, once for all the tags
    the transaction bumped (a tag bumped in a transaction rolled back is renewed
    at the next commit: a miss more, never a stale page).
    """
    if names:
        _renew(names)
        _pending.names = getattr(_pending, "names", set()) | set(names)
        transaction.on_commit(_committed)


def _committed() -> None:
    names, _pending.names = getattr(_pending, "names", set()), set()
    if names:
        _renew(names)
        # Whole pages carry ``content``: the tags of parts mean nothing to a front
        # cache.
        frontcache.ban(sorted(name for name in names if not _of_parts(name)))


def _renew(names) -> None:
    now = time.time_ns()
    cache.set_many({TAG_PREFIX + name: now for name in names}, None)


def _versions(names) -> dict[str, int]:
    """The tags' current versions; a tag never seen gets one now."""
    keys = [TAG_PREFIX + name for name in names]
    found = cache.get_many(keys)
    missing = {key: time.time_ns() for key in keys if key not in found}
    if missing:
        cache.set_many(missing, None)
    return {
        key[len(TAG_PREFIX) :]: value for key, value in {**found, **missing}.items()
    }


def tag(request: HttpRequest, *names: str) -> None:
    """The page being built depends on these tags too (read now, before the
    records they stand for)."""
    kept = getattr(request, "_page_cache_tags", None)
    if kept is not None:
        kept.update(_versions(names))


FRAGMENT_SECONDS = 24 * 3600

# The versions a request read, so that it reads each once (set by the middleware).
_request_versions: contextvars.ContextVar[dict[str, int] | None] = (
    contextvars.ContextVar("page_cache_versions", default=None)
)
# This process's copy of the fragments kept in a shared cache: their keys hold the
# version of ``content``, so a copy is never served after a change.
_local_fragments = LocMemCache(
    "page-cache-fragments", {"OPTIONS": {"MAX_ENTRIES": 500}}
)


def _version_of(names: tuple[str, ...]) -> str:
    """The tags' versions, joined: read once per request (those not yet read,
    with the two every page's parts use, in one trip), each time elsewhere."""
    kept = _request_versions.get()
    if kept is None:
        found = _versions(names)
    else:
        if any(name not in kept for name in names):
            missing = {name for name in (*names, CONTENT, SITE) if name not in kept}
            kept.update(_versions(missing))
        found = kept
    return ".".join(str(found[name]) for name in names)


def below(page) -> str:
    """The tag of what lists the pages below ``page`` (a listing, a home page):
    publishing or unpublishing one of them renews it (``page_tags``)."""
    return f"below:{page.path}"


def of_page(page) -> str:
    """The tag of what shows a page in all its languages (its translations' links,
    its SEO tags): publishing or unpublishing one of them renews it."""
    return f"page:{page.translation_key}"


def _of_parts(name: str) -> bool:
    return name.startswith(("below:", "page:"))


def page_tags(page) -> list[str]:
    """What publishing or unpublishing ``page`` renews besides ``content``: the page
    in its languages, and what lists the pages below each of its ancestors (read
    from its tree path: no query)."""
    ancestors = [page.path[: page.steplen * depth] for depth in range(1, page.depth)]
    return [of_page(page), *(f"below:{path}" for path in ancestors)]


def _shares_fragments() -> bool:
    """Whether the default cache lives outside this process (Redis)."""
    return "locmem" not in settings.CACHES["default"]["BACKEND"].lower()


def _fragment_key(name: str, parts, tag: str | tuple[str, ...]) -> str:
    tags = (tag,) if isinstance(tag, str) else tuple(tag)
    version = _version_of(tags)
    key = f"fragment:{name}:{':'.join(map(str, parts))}:{'+'.join(tags)}:{version}"
    if len(key) > MAX_KEY:  # memcached's limit, with room for a prefix
        key = f"fragment:{name}:{hashlib.blake2b(key.encode()).hexdigest()}"
    return key


def are_remembered(name: str, many_parts, *, tag=CONTENT) -> list[bool]:
    """Whether ``remembered(name, *parts, tag=tag)`` would find each of these
    kept, in one trip at most (a listing then reads whole only the items whose
    cards it must build)."""
    keys = [_fragment_key(name, parts, tag) for parts in many_parts]
    found = set()
    if _shares_fragments():
        found = {key for key in keys if _local_fragments.get(key) is not None}
    missing = [key for key in keys if key not in found]
    if missing:
        found.update(cache.get_many(missing))
    return [key in found for key in keys]


def remembered(
    name: str, *parts, compute, lifetime=None, tag: str | tuple[str, ...] = CONTENT
):
    """What every page repeats (the menu's links, the footer's), kept until
    ``tag`` changes, for pages built afresh (signed-in visitors, a first
    visit after a publish). ``SITE`` for what no article or event shows (the
    menu), which then outlives their publishing.

    Kept in the default cache and, when that is shared (Redis), copied in this
    process too: a page then reads its fragments without a round trip.

    ``tag`` may be several tags (``(SITE, below(listing))``): the value is renewed
    when any of them changes.

    ``lifetime(value)``, when given, says how many seconds a computed value stays
    true without any change of content (a list of coming events, until the first
    of them ends); 0 keeps nothing.
    """
    key = _fragment_key(name, parts, tag)  # the versions read before computing
    local = _local_fragments if _shares_fragments() else None
    value = local.get(key) if local is not None else None
    if value is not None:
        return value
    value = cache.get(key)
    computed = value is None
    if computed:
        value = compute()
    seconds = FRAGMENT_SECONDS if lifetime is None else lifetime(value)
    seconds = min(seconds, FRAGMENT_SECONDS)
    if seconds > 0:
        if computed:
            cache.set(key, value, seconds)
        if local is not None:
            local.set(key, value, seconds)
    return value


def _key(request: HttpRequest) -> str:
    address = f"{request.get_host()}{request.path}?{request.META.get('QUERY_STRING')}"
    return KEY_PREFIX + hashlib.sha256(address.encode()).hexdigest()


def _may_serve(request: HttpRequest) -> bool:
    if request.method not in ("GET", "HEAD"):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        return False
    if "HTTP_AUTHORIZATION" in request.META:
        return False
    if len(request.META.get("QUERY_STRING", "")) > MAX_QUERY:
        return False
    path = request.path_info
    language = get_language_from_path(path)
    if not language or not path.startswith(f"/{language}/"):
        return False
    return not path[len(language) + 1 :].startswith(
        tuple(settings.PRIVATE_URL_PREFIXES)
    )


def _is_personal(request: HttpRequest, response: HttpResponse) -> bool:
    """What was built for this visitor alone: a cookie set (a form's token sets
    the CSRF cookie on the way out)."""
    return bool(response.cookies)


def _may_store(request: HttpRequest, response: HttpResponse) -> bool:
    if response.status_code not in (200, 404) or response.streaming:
        return False
    if _is_personal(request, response):
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    control = response.get("Cache-Control", "")
    if any(word in control for word in ("private", "no-store", "no-cache")):
        return False
    if "Content-Disposition" in response:
        return False
    policy = response.get("Content-Security-Policy", "")
    return "'nonce-" not in policy


def _hit(request: HttpRequest, key: str) -> HttpResponse | None:
    # The entry and the version of ``content`` (every page's tag) in one trip.
    found = cache.get_many([key, TAG_PREFIX + CONTENT])
    entry = found.get(key)
    if entry is None:
        return None
    others = [TAG_PREFIX + name for name in entry["tags"] if name != CONTENT]
    if others:
        found.update(cache.get_many(others))
    for name, version in entry["tags"].items():
        if found.get(TAG_PREFIX + name) != version:
            return None
    response = HttpResponse(entry["content"], status=entry["status"])
    for header, value in entry["headers"]:
        response[header] = value
    response[HEADER] = "hit"
    # A client holding the same version (a feed reader's ETag) gets a 304.
    return get_conditional_response(
        request,
        etag=response.get("ETag"),
        last_modified=_timestamp(response.get("Last-Modified")),
        response=response,
    )


def _timestamp(value: str | None) -> int | None:
    return parse_http_date_safe(value) if value else None


class PageCacheMiddleware:
    """Serve and keep anonymous visitors' pages. Placed right after WhiteNoise: a
    hit skips the session, CSRF, authentication and every view."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        scope = _request_versions.set({})
        try:
            return self._respond(request)
        finally:
            _request_versions.reset(scope)

    def _respond(self, request: HttpRequest) -> HttpResponse:
        if not enabled() or not _may_serve(request):
            return self._mark(request, self.get_response(request))
        key = _key(request)
        hit = _hit(request, key)
        if hit is not None:
            return hit
        # The versions before the page is built: a change while it is built
        # leaves the entry already outdated, never stale.
        request._page_cache_tags = _versions([CONTENT])
        _request_versions.get().update(request._page_cache_tags)
        response = self.get_response(request)
        if not _may_store(request, response):
            return self._mark(request, response)
        seconds = settings.PAGE_CACHE_SECONDS
        # Browsers ask again (unless the view said for how long they may keep
        # it); shared caches keep it as long as we do.
        if "max-age" not in response.get("Cache-Control", ""):
            patch_cache_control(response, max_age=0)
        patch_cache_control(response, public=True, s_maxage=seconds)
        response[frontcache.TAGS_HEADER] = frontcache.header(request._page_cache_tags)
        cache.set(
            key,
            {
                "status": response.status_code,
                "headers": list(response.items()),
                "content": response.content,
                "tags": request._page_cache_tags,
            },
            seconds,
        )
        response[HEADER] = "miss"
        return response

    @staticmethod
    def _mark(request: HttpRequest, response: HttpResponse) -> HttpResponse:
        """A page built for one visitor is kept by no cache on the way."""
        if _is_personal(request, response) and "Cache-Control" not in response:
            response["Cache-Control"] = "private, no-store"
        return response
