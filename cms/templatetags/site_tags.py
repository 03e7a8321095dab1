"""Template helpers for the site-wide layout: language switcher and menu."""

from dataclasses import dataclass

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page, Site

from core import pagecache

from ..routing import localized_homes
from ..sitewide import active_locale, footer_settings, page_translations

register = template.Library()


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    is_current: bool
    is_translated: bool


def _localized_homes(request) -> dict[str, Page]:
    """The live home page of each language, keyed by language code."""
    site = Site.find_for_request(request)
    return localized_homes(site.root_page) if site else {}


@register.simple_tag(takes_context=True)
def language_links(context) -> list[LanguageLink]:
    """One link per language, to this page's translation when it exists.

    Without a translation the link leads to that language's home page, so the
    switcher never sends a visitor to a missing page.
    """
    request = context.get("request")
    if request is None:
        return []
    current = translation.get_language()
    page = context.get("page")
    translations: dict[str, Page] = {}
    if isinstance(page, Page) and page.pk:
        translations = page_translations(request, page)
    # A view that is not a page (an Agenda 2030 goal), or a page's own sub-view (a
    # member's profile in the directory), may give its own addresses.
    own_urls: dict[str, str] = context.get("translation_urls") or {}
    homes = None
    links = []
    for code, name in settings.LANGUAGES:
        target = translations.get(code)
        if code in own_urls:  # a page's sub-view (a member's profile) comes first
            url = own_urls[code]
        elif target is not None:
            url = target.get_url(request)
        elif isinstance(page, Page):
            if homes is None:
                homes = _localized_homes(request)
            home = homes.get(code)
            url = home.get_url(request) if home else f"/{code}/"
        else:
            url = translate_url(request.get_full_path(), code)
        links.append(
            LanguageLink(
                code=code,
                name=name,
                url=url,
                is_current=code == current,
                is_translated=target is not None
                or code in own_urls
                or not isinstance(page, Page),
            )
        )
    return links


@register.simple_tag(takes_context=True)
def site_footer(context):
    """The footer's settings (organisation, address, social links)."""
    request = context.get("request")
    return footer_settings(request) if request is not None else None


@register.simple_tag(takes_context=True)
def main_menu(context) -> list[dict]:
    """The main navigation in the visitor's language."""
    request = context.get("request")
    if request is None:
        return []
    from cms.models import NavigationSettings

    return _links(
        context,
        "menu",
        lambda: NavigationSettings.for_request(request).menu_items.select_related(
            "page"
        ),
    )


@register.simple_tag(takes_context=True)
def footer_links(context) -> list[dict]:
    """The footer's links to the network's sections, in the visitor's language."""
    request = context.get("request")
    if request is None:
        return []
    from cms.models import FooterSettings

    return _links(
        context,
        "footer",
        lambda: FooterSettings.for_request(request).footer_links.select_related("page"),
    )


def _links(context, name: str, items) -> list[dict]:
    """The links, kept for the site and language until content changes; whether
    the visitor is on each (or below it) is worked out for this page."""
    request = context["request"]
    language = get_supported_content_language_variant(translation.get_language())
    site = Site.find_for_request(request)
    rows = pagecache.remembered(
        f"links-{name}",
        site.pk if site else 0,
        language,
        compute=lambda: localized_links(request, language, items()),
        tag=pagecache.SITE,
    )
    current = context.get("page")
    return [
        {
            "url": row["url"],
            "label": row["label"],
            "active": isinstance(current, Page)
            and row["pk"] is not None
            and (
                current.pk == row["pk"]
                or (row["depth"] > 2 and current.path.startswith(row["path"]))
            ),
        }
        for row in rows
    ]


def localized_links(request, language: str, items) -> list[dict]:
    """Each link's page in the language (else the page itself, if live), its
    address and label, and where it stands in the tree."""
    page_ids = [item.page_id for item in items if item.page_id]
    # Fetch every translation of the linked pages in one query.
    localized = (
        {
            p.translation_key: p
            for p in Page.objects.live()
            .filter(
                locale__language_code=language,
                translation_key__in=Page.objects.filter(pk__in=page_ids).values(
                    "translation_key"
                ),
            )
            .specific(defer=True)
        }
        if page_ids
        else {}
    )
    entries = []
    for item in items:
        if item.page_id:
            target = localized.get(item.page.translation_key)
            if target is None:
                if not item.page.live:
                    continue
                target = item.page
            entries.append(
                {
                    "url": target.get_url(request),
                    "label": item.label or target.title,
                    "pk": target.pk,
                    "path": target.path,
                    "depth": target.depth,
                }
            )
        else:
            entries.append(
                {
                    "url": item.url,
                    "label": item.label,
                    "pk": None,
                    "path": "",
                    "depth": 0,
                }
            )
    return entries


@register.filter
def localized(page):
    """The page in the visitor's language (Wagtail's ``page.localized``), without a
    query when the page already is in it."""
    if not page:
        return ""  # as a missing page's ``.localized`` renders
    if page.locale_id == active_locale().pk:
        return page
    return page.localized


@register.simple_tag
def breadcrumb_pages(page) -> list[Page]:
    """The page's ancestors below the home page, from the route that found it
    when it read them (no query), from the tree otherwise."""
    chain = []
    current = page
    while current.depth > 3:
        parent = getattr(current, "_cached_parent_obj", None)
        if parent is None:
            return list(page.get_ancestors()[2:])
        chain.append(parent)
        current = parent
    return chain[::-1]
