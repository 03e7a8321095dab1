"""RSS 2.0 and Atom feeds of the news and the agenda, in each language."""

import copy
import datetime

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.formats import date_format
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import condition
from wagtail.models import Page

from core.conditional import Source, list_etag

from .models import (
    AgendaPage,
    Goal,
    ListingPage,
    NewsCategory,
    NewsIndexPage,
)
from .selectors import coming_events, news_queryset
from .sitewide import active_locale
from .slugs import translated_by_slug

FEED_SIZE = 20


class RequestFeed(Feed):
    """A feed that knows its request and language, and answers conditional requests.

    Feed instances live in the URLconf and are shared by every thread, so each
    request works on its own shallow copy rather than storing state on them. A
    reader that sends back the feed's ETag (``If-None-Match``) gets 304 while
    ``etag()`` gives the same, without the feed being built.
    """

    def __call__(self, request, *args, **kwargs):
        feed = copy.copy(self)
        feed.request = request
        return condition(etag_func=feed.etag)(feed.render)(request, *args, **kwargs)

    def render(self, request, *args, **kwargs):
        self.locale = active_locale()
        return Feed.__call__(self, request, *args, **kwargs)

    def etag(self, request, *args, **kwargs) -> str | None:
        """The feed's ETag; None: no ETag, every request gets the feed."""
        return None


class ListingFeed(RequestFeed):
    """The pages of one listing (the news, the agenda) in the visitor's language.

    Each item is a page with a summary; its GUID stays the same across edits and
    moves, and is not its address.
    """

    feed_type = Rss201rev2Feed
    listing_model: type[ListingPage]
    item_guid_is_permalink = False

    def sources(self, language: str) -> list[Source]:
        """The pages the feed of a language lists, before any slicing."""
        raise NotImplementedError

    def etag(self, request, *args, **kwargs) -> str:
        """From what the feed lists and the listing that gives its link."""
        language = get_language()
        listing = self.listing_model.objects.live().filter(
            locale__language_code=language
        )
        return list_etag(
            [*self.sources(language), (listing, "last_published_at")],
            request.path,
            language,
        )

    def link(self, obj) -> str:
        listing = self.listing_model.for_locale(self.locale)
        return listing.get_url(self.request) if listing else f"/{get_language()}/"

    def item_title(self, item: Page) -> str:
        return item.title

    def item_description(self, item: Page) -> str:
        return item.summary

    def item_link(self, item: Page) -> str:
        return item.get_url(self.request)

    def item_guid(self, item: Page) -> str:
        return f"urn:uuid:{item.translation_key}:{item.locale_id}"

    def item_pubdate(self, item: Page) -> datetime.datetime:
        return item.first_published_at or timezone.now()

    def item_updateddate(self, item: Page) -> datetime.datetime:
        return item.last_published_at or self.item_pubdate(item)


class NewsFeed(ListingFeed):
    """The latest articles, optionally of one category or one goal."""

    listing_model = NewsIndexPage

    def sources(self, language: str) -> list[Source]:
        # A category's or a goal's feed counts every article of its language: any
        # of them may join it, and the category or goal is in the address.
        return [
            (
                news_queryset().filter(locale__language_code=language),
                "last_published_at",
            )
        ]

    def get_object(self, request, kind: str = "", slug: str = ""):
        if not kind:
            return None
        model = {"category": NewsCategory, "goal": Goal}.get(kind)
        if model is None:
            raise Http404
        obj, _exact = translated_by_slug(model.objects.filter(locale=self.locale), slug)
        if obj is None:
            raise Http404
        return obj

    def title(self, obj) -> str:
        if obj is None:
            return _("AIVP news")
        return _("AIVP news: %(name)s") % {"name": str(obj)}

    def description(self, obj) -> str:
        return _("News from the worldwide network of port cities.")

    def items(self, obj):
        queryset = news_queryset().filter(locale=self.locale)
        if isinstance(obj, NewsCategory):
            queryset = queryset.filter(categories__translation_key=obj.translation_key)
        elif isinstance(obj, Goal):
            queryset = queryset.filter(goals__translation_key=obj.translation_key)
        return queryset[:FEED_SIZE]

    def item_categories(self, item):
        return [category.name for category in item.categories.all()]

    def item_pubdate(self, item) -> datetime.datetime:
        """The article's own date; the time it went online when that was the day."""
        published = item.first_published_at
        if published and timezone.localtime(published).date() == item.date:
            return published
        midnight = datetime.datetime.combine(item.date, datetime.time())
        return timezone.make_aware(midnight)


class NewsAtomFeed(NewsFeed):
    feed_type = Atom1Feed
    subtitle = NewsFeed.description


class AgendaFeed(ListingFeed):
    """The coming events, soonest first."""

    listing_model = AgendaPage

    def sources(self, language: str) -> list[Source]:
        # Not ended yet when asked: the count drops as soon as an event ends.
        return [(coming_events(language=language), "last_published_at")]

    def title(self) -> str:
        return _("AIVP agenda")

    def description(self) -> str:
        return _("Coming events of the worldwide network of port cities.")

    def items(self):
        return coming_events(language=self.locale.language_code)[:FEED_SIZE]

    def item_title(self, item) -> str:
        prefix = _("Cancelled") + ": " if item.cancelled else ""
        # The day in the event's own time zone, written as the language writes it.
        when = date_format(item.local_start.date(), "DATE_FORMAT")
        return f"{prefix}{item.title} ({when})"


class AgendaAtomFeed(AgendaFeed):
    feed_type = Atom1Feed
    subtitle = AgendaFeed.description
