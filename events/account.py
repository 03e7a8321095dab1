"""The "My events" panel of "My account": coming events with their join link (for
a place held), the waiting list, and past events."""

from django.utils import timezone
from django.utils.translation import get_language, gettext_lazy

from accounts.panels import AccountPanel
from cms.models import EventPage

from .models import Registrant
from .selectors import user_registrations


def _in_language(registrants: list[Registrant]) -> dict:
    """Each event's page in the visitor's language, by translation key."""
    keys = {r.registration.event_key for r in registrants}
    pages = EventPage.objects.live().filter(
        translation_key__in=keys, locale__language_code=get_language()
    )
    return {page.translation_key: page for page in pages}


def panel_context(request) -> dict | None:
    registrants = list(user_registrations(request.user))
    if not registrants:
        return None
    pages = _in_language(registrants)
    now = timezone.now()
    rows = [
        {
            "registrant": registrant,
            "event": pages.get(registrant.registration.event_key)
            or registrant.registration.event,
            "join": registrant.state == Registrant.State.REGISTERED,
            "recording": bool(registrant.registration.recording_url),
            "slides": bool(registrant.registration.slides_id),
        }
        for registrant in registrants
    ]
    return {
        "coming": [row for row in rows if row["event"].end >= now],
        "past": [row for row in rows if row["event"].end < now],
    }


def events_panel() -> AccountPanel:
    return AccountPanel(
        key="events",
        title=gettext_lazy("My events"),
        template_name="events/account_panel.html",
        get_context=panel_context,
        order=45,
    )
