"""Finding a request's page with few queries (docs/performance.md).

Wagtail finds the site with one query, the home page in the visitor's language
with three, and walks down the path with two queries per level (the child, then
its specific row). Here the site and the homes of every language are remembered
until ``content`` changes, and the pages along the path are read in one query,
by their ``url_path``; only the page found is then read whole. A page type that
routes by itself (a routable page, a page that serves sub-addresses) still gets
the rest of the path, exactly as Wagtail would give it.
"""

from django.conf import settings
from django.http import Http404, HttpRequest
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page, Site

from core import pagecache

from .sitewide import with_locale


class RememberedSiteMiddleware:
    """Gives Wagtail the site of a public page's request from the cache:
    ``Site.find_for_request`` reads ``request._wagtail_site`` before it queries.
    Other addresses (the admin, files) find it as Wagtail does, when they need it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        if translation.get_language_from_path(request.path_info):
            site = remembered_site(request)
            if site is not None:
                request._wagtail_site = site
        return self.get_response(request)


def remembered_site(request: HttpRequest) -> Site | None:
    """The site answering this host and port, its root page read whole."""
    try:
        host = request._get_raw_host()
        port = request.get_port()
    except Exception:  # a malformed Host header: let Wagtail and Django answer it
        return None

    def find() -> Site | None:
        site = Site._find_for_request(request)
        if site is not None:
            site.root_page = site.root_page.specific
        return site

    return pagecache.remembered("site", host, port, compute=find, tag=pagecache.SITE)


def current_language() -> str:
    try:
        return get_supported_content_language_variant(translation.get_language())
    except LookupError:
        return settings.LANGUAGE_CODE


def localized_homes(home: Page) -> dict[str, Page]:
    """The live home page of each language (read whole), by language code."""

    def find() -> dict[str, Page]:
        homes = (
            home.get_translations(inclusive=True)
            .live()
            .select_related("locale")
            .specific()
        )
        return {page.locale.language_code: page for page in homes}

    return pagecache.remembered(
        "homes", home.translation_key, compute=find, tag=pagecache.SITE
    )


def path_prefixes(home: Page, components: list[str]) -> list[str]:
    """The ``url_path`` of each page down ``components`` from ``home``."""
    return [
        f"{home.url_path}{'/'.join(components[: depth + 1])}/"
        for depth in range(len(components))
    ]


def pages_along(homes: list[Page], components: list[str]) -> dict[str, Page]:
    """The pages down the path below each home, by ``url_path``, in one query."""
    if not components or not homes:
        return {}
    prefixes = [prefix for home in homes for prefix in path_prefixes(home, components)]
    return {
        page.url_path: page
        for page in Page.objects.filter(url_path__in=prefixes).order_by("depth")
    }


def route_down(home: Page, request: HttpRequest, components: list[str], along=None):
    """Wagtail's ``Page.route`` from ``home``, reading the path's pages at once.

    ``along`` may give the pages already read (``pages_along``).
    """
    if along is None:
        along = pages_along([home], components)
    current = home
    for depth, prefix in enumerate(path_prefixes(home, components)):
        if depth and current.specific_class.route is not Page.route:
            return with_locale(current.specific).route(request, components[depth:])
        child = along.get(prefix)
        if child is None or child.depth != current.depth + 1:
            raise Http404
        child._cached_parent_obj = current
        current = child
    if current is home:
        return Page.route(home, request, [])
    return with_locale(current.specific).route(request, [])
