"""Reads behind the public pages, each in a fixed number of SQL queries."""

import datetime
from collections.abc import Iterable, Mapping
from typing import Any

from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db.models import Min, Prefetch, QuerySet, prefetch_related_objects
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import mark_safe
from wagtail.models import Locale, Page

from core import pagecache

from .filters import EventFilter
from .models import (
    AgendaPage,
    CustomImage,
    EventPage,
    Goal,
    NewsArticlePage,
    NewsCategory,
    NewsIndexPage,
)
from .sitewide import active_locale, public

MAX_PAGE_PARAM_LENGTH = 10
CALENDAR_HISTORY = datetime.timedelta(days=365)


def _images() -> QuerySet[CustomImage]:
    # Every rendition of the listed images in one query: {% picture %} then finds
    # its AVIF, WebP and JPEG sizes without asking the database again.
    return CustomImage.objects.prefetch_renditions()


def _goals(locale: Locale) -> list[Goal]:
    """The goals of a language, remembered until content changes."""
    return pagecache.remembered(
        "goals",
        locale.pk,
        compute=lambda: list(Goal.objects.filter(locale=locale)),
        tag=pagecache.SITE,
    )


def localized_goals(locale: Locale | None = None) -> dict[Any, Goal]:
    """The goals of a language, keyed by translation key."""
    locale = locale or active_locale()
    return {goal.translation_key: goal for goal in _goals(locale)}


def goals_by_number(locale: Locale | None = None) -> dict[int, Goal]:
    """The goals of a language (the active one by default), by number."""
    locale = locale or active_locale()
    return {goal.number: goal for goal in _goals(locale)}


def localized_categories(locale: Locale) -> dict[Any, NewsCategory]:
    """The news categories of a language, keyed by translation key."""
    categories = pagecache.remembered(
        "news-categories",
        locale.pk,
        compute=lambda: list(NewsCategory.objects.filter(locale=locale)),
        tag=pagecache.SITE,
    )
    return {category.translation_key: category for category in categories}


def _localize(items: Iterable[Any], lookup: Mapping) -> list:
    """Each snippet in the visitor's language, or as it is when not translated."""
    return [lookup.get(item.translation_key, item) for item in items]


def attach_taxonomies(pages: Iterable[Page], *, locale: Locale | None = None) -> None:
    """Give each page ``display_goals`` (and ``display_categories``) in one language.

    Goals and categories are translatable snippets; a page keeps pointing at the
    records it was tagged with, whatever their language, and is shown with the
    records of the visitor's language.
    """
    locale = locale or active_locale()
    goals = localized_goals(locale)
    categories = None
    for page in pages:
        page.display_goals = _localize(page.goals.all(), goals)
        if hasattr(page, "categories"):
            if categories is None:
                categories = localized_categories(locale)
            page.display_categories = _localize(page.categories.all(), categories)


def paginate(queryset, *, per_page: int, number: str | None) -> PaginatorPage:
    """A page of results; any page number a visitor types gives a valid page."""
    if number and len(number) > MAX_PAGE_PARAM_LENGTH:
        number = "1"
    return Paginator(queryset, per_page).get_page(number)


def paginate_with_taxonomies(
    queryset, *, per_page: int, number: str | None, kept=None
) -> PaginatorPage:
    """A page of a listing, each item with its goals and categories to show.

    ``kept(items)``, when given, says which items' cards are kept already: only
    the others are read with what their cards show (the queryset's
    ``prefetch_related``), the first visit after a publish builds one card, not
    a page of them.
    """
    if kept is None:
        page = paginate(queryset, per_page=per_page, number=number)
        attach_taxonomies(page.object_list)
        return page
    # The listing's own prefetches (Django keeps them on the queryset), applied
    # below to the items whose cards must be built.
    lookups = queryset._prefetch_related_lookups
    page = paginate(queryset.prefetch_related(None), per_page=per_page, number=number)
    page.object_list = items = list(page.object_list)
    shown = [
        item for item, is_kept in zip(items, kept(items), strict=True) if not is_kept
    ]
    prefetch_related_objects(shown, *lookups)
    attach_taxonomies(shown)
    return page


def news_queryset() -> QuerySet[NewsArticlePage]:
    return (
        public(NewsArticlePage.objects.live())
        .defer_streamfields()
        .prefetch_related(
            Prefetch("hero_image", queryset=_images()),
            "categories",
            "goals",
        )
        .order_by("-date", "-pk")
    )


def events_queryset() -> QuerySet[EventPage]:
    return (
        public(EventPage.objects.live())
        .defer_streamfields()
        .prefetch_related(Prefetch("hero_image", queryset=_images()), "goals")
    )


def event_countries(*, agenda: AgendaPage) -> list[str]:
    return sorted(
        set(
            EventPage.objects.live()
            .child_of(agenda)
            .exclude(country="")
            .values_list("country", flat=True)
        )
    )


def next_event_end(*, agenda: AgendaPage) -> datetime.datetime | None:
    """When the agenda's lists next change by themselves: its first coming event
    ends, leaves the upcoming events and joins the past ones."""
    return (
        EventPage.objects.live()
        .child_of(agenda)
        .filter(end__gte=timezone.now())
        .aggregate(first=Min("end"))["first"]
    )


def calendar_window(*, language: str) -> QuerySet[EventPage]:
    """The events a calendar feed of a language covers, before any filter.

    A subscribed calendar keeps past events (and cancelled ones, marked so) rather
    than seeing them vanish; it covers the last year and everything ahead.
    """
    return public(EventPage.objects.live()).filter(
        locale__language_code=language,
        end__gte=timezone.now() - CALENDAR_HISTORY,
    )


def calendar_events(*, locale: Locale, params: Mapping[str, str]) -> QuerySet:
    """The events of a calendar feed, with any filter of the agenda."""
    filterset = EventFilter(
        params,
        queryset=calendar_window(language=locale.language_code).defer_streamfields(),
        split_by_time=False,
    )
    return filterset.qs


def coming_events(*, language: str) -> QuerySet[EventPage]:
    """The public events of a language that have not ended yet, soonest first."""
    return (
        public(EventPage.objects.live())
        .filter(locale__language_code=language, end__gte=timezone.now())
        .defer_streamfields()
        .order_by("start", "pk")
    )


def next_events(*, locale: Locale, limit: int = 3) -> list[EventPage]:
    events = list(
        events_queryset()
        .filter(locale=locale, end__gte=timezone.now())
        .order_by("start", "pk")[:limit]
    )
    attach_taxonomies(events, locale=locale)
    return events


def latest_news(*, locale: Locale, limit: int = 3, goal: Goal | None = None) -> list:
    queryset = news_queryset().filter(locale=locale)
    if goal is not None:
        queryset = queryset.filter(goals__translation_key=goal.translation_key)
    articles = list(queryset[:limit])
    attach_taxonomies(articles, locale=locale)
    return articles


def goal_events(*, goal: Goal, limit: int = 6) -> list[EventPage]:
    events = list(
        events_queryset()
        .filter(
            locale=goal.locale,
            goals__translation_key=goal.translation_key,
            end__gte=timezone.now(),
        )
        .order_by("start", "pk")[:limit]
    )
    attach_taxonomies(events, locale=goal.locale)
    return events


HOME_NEWS = 3
HOME_EVENTS = 3


def home_content(*, home) -> dict:
    """What the home page shows beside its own fields, in its language."""
    locale = home.locale
    featured = None
    if home.featured_news_id:
        # The chosen article, or its translation in the home page's language.
        featured = (
            news_queryset()
            .filter(
                locale=locale,
                translation_key__in=Page.objects.filter(
                    pk=home.featured_news_id
                ).values("translation_key"),
            )
            .first()
        )
    queryset = news_queryset().filter(locale=locale)
    if featured is not None:
        queryset = queryset.exclude(pk=featured.pk)
    news = ([featured] if featured else []) + list(
        queryset[: HOME_NEWS - (1 if featured else 0)]
    )
    attach_taxonomies(news, locale=locale)
    listing_pages = pagecache.remembered(
        "home-listings",
        home.pk,
        compute=lambda: {
            type(page): page
            for page in Page.objects.live()
            .child_of(home)
            .type(NewsIndexPage, AgendaPage)
            .specific()
        },
        tag=pagecache.SITE,
    )
    return {
        "news": news,
        "events": next_events(locale=locale, limit=HOME_EVENTS),
        "goals": _goals(locale),
        "news_index": listing_pages.get(NewsIndexPage),
        "agenda": listing_pages.get(AgendaPage),
    }


def home_body(request, *, home, context: dict) -> str:
    """The home page's body, built once for all visitors of its language.

    Nothing in it is personal (no form, no name), so it is kept until what every
    page repeats changes or a page of its language is published, or until the
    first coming event it lists ends and the next one takes its place. A preview
    is always built afresh, from the draft.
    """

    def build() -> dict:
        content = home_content(home=home)
        html = render_to_string(
            "cms/includes/home_body.html", {**context, **content}, request=request
        )
        ends = [event.end for event in content["events"] if event.end]
        return {"html": html, "until": min(ends, default=None)}

    if getattr(request, "is_preview", False):
        return mark_safe(build()["html"])  # noqa: S308 (a rendered template)

    def lifetime(value: dict) -> int:
        if value["until"] is None:
            return pagecache.FRAGMENT_SECONDS
        return int((value["until"] - timezone.now()).total_seconds())

    kept = pagecache.remembered(
        "home-body",
        home.pk,
        compute=build,
        lifetime=lifetime,
        tag=(pagecache.SITE, pagecache.below(home)),
    )
    return mark_safe(kept["html"])  # noqa: S308 (a rendered template)
