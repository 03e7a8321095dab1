"""iCalendar (RFC 5545) files for events: one event, or a subscribable feed.

Each event keeps the same UID for ever and a SEQUENCE that grows with every
published change; a cancelled event stays in the feed with STATUS:CANCELLED so that
subscribers see the cancellation instead of a silent disappearance. Times are
written in the event's own time zone, whose VTIMEZONE is included.
"""

import datetime
from collections.abc import Iterable

from django.http import HttpRequest, QueryDict
from django.urls import reverse
from django.utils import timezone
from django.utils.html import strip_tags
from icalendar import Calendar, Event, vUri

from .models import EventPage

PRODID = "-//AIVP//Agenda//EN"


def event_uid(event: EventPage) -> str:
    """Stable across edits, moves and reloads: the translation key plus language."""
    return f"{event.translation_key}-{event.locale.language_code}@aivp.org"


def _location(event: EventPage) -> str:
    parts = [part for part in (event.venue, event.city, event.country) if part]
    return ", ".join(parts) or event.online_url


def event_component(event: EventPage, *, url: str) -> Event:
    component = Event()
    component.add("uid", event_uid(event))
    component.add("sequence", event.ical_sequence)
    component.add("dtstamp", event.last_published_at or timezone.now())
    if event.last_published_at:
        component.add("last-modified", event.last_published_at)
    component.add("summary", event.title)
    if event.all_day:
        component.add("dtstart", event.local_start.date())
        component.add("dtend", event.local_end.date())
    else:
        component.add("dtstart", event.local_start)
        component.add("dtend", event.local_end)
    description = strip_tags(event.summary)
    if event.online_url:
        description = f"{description}\n\n{event.online_url}".strip()
    component.add("description", description)
    location = _location(event)
    if location:
        component.add("location", location)
    component.add("url", vUri(url))
    component.add("status", "CANCELLED" if event.cancelled else "CONFIRMED")
    component.add("categories", [event.get_event_type_display()])
    return component


def build_calendar(
    events: Iterable[EventPage], *, name: str, url_for, refresh_hours: int = 6
) -> bytes:
    """An iCalendar file with the given events and the time zones they use."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("refresh-interval", datetime.timedelta(hours=refresh_hours))
    calendar.add("x-published-ttl", f"PT{refresh_hours}H")
    for event in events:
        calendar.add_component(event_component(event, url=url_for(event)))
    calendar.add_missing_timezones()
    return calendar.to_ical()


def webcal_url(request: HttpRequest, query_string: str = "") -> str:
    """The subscription address of the agenda feed, with the same filters."""
    url = request.build_absolute_uri(reverse("cms:agenda_ics"))
    url = "webcal://" + url.split("://", 1)[1]
    return f"{url}?{query_string}" if query_string else url


def agenda_calendar_links(request: HttpRequest, params: QueryDict) -> dict[str, str]:
    """The agenda's .ics file and webcal subscription, with the visitor's filters.

    A calendar holds past and coming events alike, on one page: the page number
    and the past/upcoming choice are left out.
    """
    params = params.copy()
    params.pop("page", None)
    params.pop("when", None)
    query = params.urlencode()
    return {
        "ics_url": reverse("cms:agenda_ics") + (f"?{query}" if query else ""),
        "webcal_url": webcal_url(request, query),
    }
