"""Public views beside Wagtail's page serving: goals, calendars, robots.txt."""

import logging
import re

from django.db import DatabaseError, transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import condition, require_GET, require_safe
from wagtail import hooks
from wagtail.models import Page, Site

from core.conditional import list_etag, once_per_request, query_key, weak_etag

from .calendars import build_calendar
from .filters import EventFilter
from .models import AgendaPage, EventPage, Goal, NewsIndexPage
from .routing import localized_homes, pages_along, route_down
from .selectors import calendar_events, calendar_window, goal_events, latest_news
from .sitewide import active_locale, public
from .slugs import translated_by_slug

MAX_QUERY_STRING = 2000
MAX_PATH = 2000

logger = logging.getLogger(__name__)


def _too_long(request: HttpRequest) -> bool:
    return len(request.META.get("QUERY_STRING", "")) > MAX_QUERY_STRING


@require_GET
def goal_index(request: HttpRequest) -> HttpResponse:
    goals = Goal.objects.filter(locale=active_locale())
    return render(request, "cms/goal_index.html", {"goals": goals})


@require_GET
def goal_detail(request: HttpRequest, slug: str) -> HttpResponse:
    locale = active_locale()
    goal, exact = translated_by_slug(
        Goal.objects.filter(locale=locale).select_related("locale"), slug
    )
    if goal is None:
        raise Http404(_("There is no such goal."))
    if not exact:  # another language's address: this language's own
        return redirect(goal.get_absolute_url(), permanent=True)
    # Other modules (good practices, projects, course modules) add their lists
    # through the "goal_page_sections" hook: fn(goal, request) -> dict or None.
    sections = [
        section
        for fn in hooks.get_hooks("goal_page_sections")
        if (section := fn(goal, request))
    ]
    news_index = NewsIndexPage.for_locale(locale)
    agenda = AgendaPage.for_locale(locale)
    return render(
        request,
        "cms/goal_detail.html",
        {
            "goal": goal,
            "measures": goal.measures.all(),
            "translation_urls": goal.translation_urls(),
            "news": latest_news(locale=locale, goal=goal, limit=6),
            "events": goal_events(goal=goal),
            "news_index": news_index,
            "agenda": agenda,
            "sections": sections,
        },
    )


GOAL_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


@require_GET
@cache_control(max_age=300, public=True)
def goal_colours(request: HttpRequest) -> HttpResponse:
    """The goals' colours as a stylesheet, so that pages need no inline style (CSP).

    A goal's badges, tiles and header take the class ``goal--<number>``.
    """
    goals = (
        Goal.objects.filter(locale=active_locale())
        .select_related(None)
        .only("number", "colour")
    )
    rules = [
        f".goal--{goal.number} {{ --goal-colour: {goal.colour}; }}"
        for goal in goals
        # Validated on save; checked again since it is written into CSS.
        if GOAL_COLOUR.match(goal.colour)
    ]
    return HttpResponse("\n".join(rules), content_type="text/css; charset=utf-8")


def _ics_response(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


@once_per_request
def _published_event(request: HttpRequest, pk: str) -> tuple | None:
    """What an event's .ics is made of changes with: one query, no rendering."""
    return (
        public(EventPage.objects.live())
        .filter(pk=int(pk), locale__language_code=get_language())
        # Moving the event or renaming the agenda changes its address (url_path).
        .values_list("last_published_at", "ical_sequence", "url_path")
        .first()
    )


def _event_ics_etag(request: HttpRequest, pk: str) -> str | None:
    state = _published_event(request, pk)
    if state is None:
        return None
    return weak_etag(timezone.localdate().isoformat(), request.path, *state)


def _event_ics_last_modified(request: HttpRequest, pk: str):
    state = _published_event(request, pk)
    return state[0] if state else None


@require_safe
@cache_control(max_age=300, public=True)
@condition(etag_func=_event_ics_etag, last_modified_func=_event_ics_last_modified)
def event_ics(request: HttpRequest, pk: str) -> HttpResponse:
    event = (
        public(EventPage.objects.live())
        .filter(pk=int(pk), locale=active_locale())
        .select_related("locale")
        .first()
    )
    if event is None:
        raise Http404(_("There is no such event."))
    content = build_calendar(
        [event], name=event.title, url_for=lambda e: e.get_full_url(request)
    )
    return _ics_response(content, f"{event.slug}.ics")


def _agenda_ics_etag(request: HttpRequest) -> str | None:
    """Every event of the window, whatever the filters: they are in the key."""
    if _too_long(request):
        return None
    language = get_language()
    listing = AgendaPage.objects.live().filter(locale__language_code=language)
    return list_etag(
        [
            (calendar_window(language=language), "last_published_at"),
            (listing, "last_published_at"),
        ],
        request.path,
        language,
        query_key(request, EventFilter.base_filters),
    )


@require_safe
@cache_control(max_age=300, public=True)
@condition(etag_func=_agenda_ics_etag)
def agenda_ics(request: HttpRequest) -> HttpResponse:
    if _too_long(request):
        return HttpResponse(_("The address is too long."), status=400)
    locale = active_locale()
    events = calendar_events(locale=locale, params=request.GET).select_related("locale")
    content = build_calendar(
        events,
        name=_("AIVP agenda"),
        url_for=lambda e: e.get_full_url(request),
    )
    return _ics_response(content, "aivp-agenda.ics")


@require_GET
def robots_txt(request: HttpRequest) -> HttpResponse:
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /*?*page=",
        "",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def untranslated_versions(request: HttpRequest) -> list[Page]:
    """The live pages other languages serve at this path (minus its prefix).

    A visitor who swaps /fr/ for /es/ in the address of a page that has no
    Spanish translation is shown where the page exists instead of a bare 404.
    """
    from django.conf import settings

    if "\x00" in request.path or len(request.path) > MAX_PATH:
        return []  # no page has such an address; the database refuses NUL bytes
    parts = request.path.strip("/").split("/")
    language = parts[0] if parts else ""
    codes = [code for code, _name in settings.LANGUAGES]
    if language not in codes or len(parts) < 2:
        return []
    site = Site.find_for_request(request)
    if site is None:
        return []
    homes = [
        home
        for code, home in localized_homes(site.root_page).items()
        if code != language and code in codes
    ]
    homes.sort(key=lambda home: codes.index(home.locale.language_code))
    along = pages_along(homes, parts[1:])  # one query for every language
    found = []
    for home in homes:
        try:
            result = route_down(home, request, parts[1:], along)
        except Http404:
            continue
        page = result[0] if isinstance(result, tuple) else result.page
        if page.live and not page.get_view_restrictions():
            found.append(page)
    return found


def page_not_found(request: HttpRequest, exception=None) -> HttpResponse:
    """The site's 404 page, pointing to other languages when they have the page."""
    from django.conf import settings

    names = dict(settings.LANGUAGES)
    try:
        # A savepoint, so that a failed lookup leaves the connection usable.
        with transaction.atomic():
            found = untranslated_versions(request)
    except DatabaseError:
        # The 404 page must answer whatever the address; the hints are a bonus.
        logger.exception("Looking up other languages failed for a 404")
        found = []
    versions = [
        {"page": page, "language": names.get(page.locale.language_code, "")}
        for page in found
    ]
    return render(request, "404.html", {"versions": versions}, status=404)
