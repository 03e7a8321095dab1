"""Head metadata: canonical URL, hreflang alternates, OpenGraph, Twitter, JSON-LD."""

import hashlib
import json

from django import template
from django.utils.html import _json_script_escapes
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail.models import Page

from cms.models import EventPage, NewsArticlePage
from cms.sitewide import footer_settings, page_translations
from core import pagecache

register = template.Library()

SOCIAL_IMAGE_SPEC = "fill-1200x630|format-jpeg"


def _absolute(request, url: str) -> str:
    return request.build_absolute_uri(url) if url.startswith("/") else url


def _image_url(request, image) -> str:
    if image is None:
        return ""
    return _absolute(request, image.get_rendition(SOCIAL_IMAGE_SPEC).url)


def organization(request) -> dict:
    footer = footer_settings(request)
    data = {
        "@type": "Organization",
        "name": footer.organisation_name if footer else "AIVP",
        "url": request.build_absolute_uri(f"/{get_language()}/"),
        "logo": request.build_absolute_uri("/static/img/favicon.svg"),
    }
    if footer and footer.email:
        data["email"] = footer.email
    if footer:
        data["sameAs"] = [link.url for link in footer.social_link_list]
    return data


def structured_data(page: Page, request) -> dict | None:
    """The schema.org description of a page, for search engines."""
    url = page.get_full_url(request)
    if isinstance(page, NewsArticlePage):
        data = {
            "@type": "NewsArticle",
            "headline": page.title[:110],
            "description": page.summary,
            "datePublished": page.date.isoformat(),
            "inLanguage": page.locale.language_code,
            "mainEntityOfPage": url,
            "author": [
                {"@type": "Person", "name": author.name}
                for author in page.authors.all()
            ]
            or {"@type": "Organization", "name": "AIVP"},
            "publisher": organization(request),
        }
        if page.last_published_at:
            data["dateModified"] = page.last_published_at.isoformat()
        if page.hero_image:
            data["image"] = [_image_url(request, page.hero_image)]
        return data
    if isinstance(page, EventPage):
        online = bool(page.online_url)
        physical = bool(page.venue or page.city)
        locations = []
        if physical:
            locations.append(
                {
                    "@type": "Place",
                    "name": page.venue or page.city,
                    "address": {
                        "@type": "PostalAddress",
                        "addressLocality": page.city,
                        "addressCountry": page.country,
                    },
                }
            )
        if online:
            locations.append({"@type": "VirtualLocation", "url": page.online_url})
        mode = (
            "Mixed" if online and physical else "Online" if online else "Offline"
        ) + "EventAttendanceMode"
        data = {
            "@type": "Event",
            "name": page.title,
            "description": page.summary,
            "url": url,
            "startDate": (
                page.start_date.isoformat()
                if page.all_day
                else page.local_start.isoformat()
            ),
            "endDate": (
                (page.end_date or page.start_date).isoformat()
                if page.all_day
                else page.local_end.isoformat()
            ),
            "eventStatus": "https://schema.org/"
            + ("EventCancelled" if page.cancelled else "EventScheduled"),
            "eventAttendanceMode": f"https://schema.org/{mode}",
            "location": locations[0] if len(locations) == 1 else locations,
            "organizer": organization(request),
            "inLanguage": page.locale.language_code,
        }
        if page.hero_image:
            data["image"] = [_image_url(request, page.hero_image)]
        return data
    if page.depth == 2:  # a home page
        return organization(request)
    return None


@register.inclusion_tag("cms/includes/seo.html", takes_context=True)
def seo_meta(context) -> dict:
    request = context.get("request")
    page = context.get("page")
    if request is None:
        return {}
    if not isinstance(page, Page) or not page.pk:
        own_urls = context.get("translation_urls") or {}
        alternates = [
            {"code": code, "url": request.build_absolute_uri(url)}
            for code, url in sorted(own_urls.items())
        ]
        return {
            "canonical": request.build_absolute_uri(request.path),
            "alternates": alternates if len(alternates) > 1 else [],
            "request": request,
        }
    own_urls = context.get("translation_urls") or {}
    title = context.get("seo_title") or page.seo_title or page.title
    description = context.get("seo_description")
    if own_urls or getattr(request, "is_preview", False):
        meta = page_meta(request, page, title, description, own_urls)
        return {"request": request, **meta}
    # The same for every visitor of the page: kept until the page or one of its
    # translations is published, or what every page repeats changes.
    meta = pagecache.remembered(
        "seo",
        request.scheme,
        request.get_host(),
        page.pk,
        get_language(),
        hashlib.blake2b(f"{title}\x1f{description}".encode()).hexdigest(),
        compute=lambda: page_meta(request, page, title, description, {}),
        tag=(pagecache.SITE, pagecache.of_page(page)),
    )
    return {"request": request, **meta}


def page_meta(
    request, page: Page, title: str, seo_description: str | None, own_urls: dict
) -> dict:
    """What ``seo.html`` shows for a page, or for a page's sub-view with its own
    addresses (``own_urls``, by language)."""
    specific = page.specific
    alternates = [
        {"code": code, "url": other.get_full_url(request)}
        for code, other in page_translations(request, page).items()
    ]
    image = getattr(specific, "hero_image", None)
    description = (
        seo_description
        or page.search_description
        or getattr(specific, "summary", "")
        or getattr(specific, "introduction", "")
        or getattr(specific, "hero_text", "")
    )
    canonical = page.get_full_url(request)
    if own_urls:  # a page's sub-view (a member's profile) has its own addresses
        canonical = request.build_absolute_uri(request.path)
        alternates = [
            {"code": code, "url": request.build_absolute_uri(url)}
            for code, url in sorted(own_urls.items())
        ]
    data = structured_data(specific, request) if not own_urls else None
    if data is not None:
        data = {"@context": "https://schema.org", **data}
        json_ld = mark_safe(  # noqa: S308 - JSON escaped for a <script> element
            json.dumps(data, ensure_ascii=False).translate(_json_script_escapes)
        )
    else:
        json_ld = ""
    return {
        "canonical": canonical,
        "alternates": alternates if len(alternates) > 1 else [],
        "title": title,
        "description": description,
        "image": _image_url(request, image),
        "image_alt": image.default_alt_text if image else "",
        "og_type": "article" if isinstance(specific, NewsArticlePage) else "website",
        "json_ld": json_ld,
        "locale": get_language(),
    }
