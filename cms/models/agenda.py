"""The agenda and its events, each stored with its own time zone."""

import datetime
import functools
import hashlib
import zoneinfo

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Upper
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from ..blocks import BaseStreamBlock
from .goals import Goal
from .images import image_field
from .listing import ListedPage, ListingPage


@functools.cache
def time_zone_names() -> frozenset[str]:
    """The IANA names this machine knows; read from disk once per process."""
    return frozenset(zoneinfo.available_timezones())


def validate_time_zone(value: str) -> None:
    if value not in time_zone_names():
        raise ValidationError(
            _("“%(value)s” is not a time zone name such as Europe/Paris."),
            params={"value": value},
        )


class AgendaPage(ListingPage):
    """The agenda of one language: upcoming events by default, past ones on request."""

    subpage_types = ["cms.EventPage"]
    items_name = "events"
    card_part = "event-card"

    class Meta:
        verbose_name = _("agenda page")

    def get_filterset(self, params):
        from ..filters import EventFilter
        from ..selectors import events_queryset

        # Always bound: with no filter chosen it still hides past events.
        return EventFilter(params, queryset=events_queryset().child_of(self))

    def get_listing_context(self, request, filterset):
        from ..calendars import agenda_calendar_links
        from ..selectors import event_countries, next_event_end

        # Read only when the template builds the listing ({% keep %} may have it).
        return {
            "showing_past": SimpleLazyObject(lambda: filterset.is_past),
            "countries": SimpleLazyObject(lambda: event_countries(agenda=self)),
            "listing_changes_at": lambda: next_event_end(agenda=self),
            **agenda_calendar_links(request, request.GET),
        }


EVENT_PANEL_HOOK = "register_event_page_panel"


class EventPage(ListedPage):
    """A meeting of the network, from a one-hour webinar to the world conference.

    Editors enter the event's local dates and times with its IANA time zone; the
    aware ``start`` and ``end`` are derived from them on every save, so listings,
    calendars and feeds sort and compare real instants.
    """

    class EventType(models.TextChoices):
        WORLD_CONFERENCE = "world-conference", _("World conference")
        WEBINAR = "webinar", _("Webinar")
        WORKING_GROUP = "working-group", _("Working group meeting")
        MASTERCLASS = "masterclass", _("Masterclass")
        PARTNER_EVENT = "partner-event", _("Partner event")

    event_type = models.CharField(
        _("type"), max_length=20, choices=EventType.choices, db_index=True
    )
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        default="Europe/Paris",
        validators=[validate_time_zone],
        help_text=_("Where the event takes place, e.g. America/Montreal."),
    )
    all_day = models.BooleanField(_("all day"), default=False)
    start_date = models.DateField(_("start date"))
    start_time = models.TimeField(_("start time"), null=True, blank=True)
    end_date = models.DateField(
        _("end date"), null=True, blank=True, help_text=_("Empty: the same day.")
    )
    end_time = models.TimeField(_("end time"), null=True, blank=True)
    start = models.DateTimeField(_("starts at"), editable=False, db_index=True)
    end = models.DateTimeField(_("ends at"), editable=False, db_index=True)

    summary = models.TextField(_("summary"), max_length=400)
    hero_image = image_field(_("hero image"))
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)
    venue = models.CharField(_("venue"), max_length=160, blank=True)
    city = models.CharField(_("city"), max_length=80, blank=True)
    country = models.CharField(_("country"), max_length=80, blank=True)
    online_url = models.URLField(
        _("online link"),
        blank=True,
        help_text=_(
            "A public link, shown to everyone and in calendars (a live stream). A "
            "link only registrants may see goes in the event's registration "
            "(Events → Registrations)."
        ),
    )
    registration_url = models.URLField(_("registration link"), blank=True)
    cancelled = models.BooleanField(
        _("cancelled"),
        default=False,
        help_text=_("Keep the page published: calendars then show it as cancelled."),
    )
    goals = ParentalManyToManyField(
        Goal, verbose_name=_("Agenda 2030 goals"), blank=True, related_name="+"
    )
    # Calendar clients re-read an event only when its SEQUENCE grows.
    ical_sequence = models.PositiveIntegerField(default=0, editable=False)
    ical_fingerprint = models.CharField(max_length=64, blank=True, editable=False)

    content_panels = [
        *Page.content_panels,
        FieldPanel("event_type"),
        MultiFieldPanel(
            [
                FieldPanel("time_zone"),
                FieldPanel("all_day"),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("start_time")]),
                FieldRowPanel([FieldPanel("end_date"), FieldPanel("end_time")]),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("venue"),
                FieldRowPanel([FieldPanel("city"), FieldPanel("country")]),
                FieldPanel("online_url"),
            ],
            heading=_("Where"),
        ),
        FieldPanel("summary"),
        FieldPanel("hero_image"),
        FieldPanel("body"),
        FieldPanel("registration_url"),
        FieldPanel("goals"),
        FieldPanel("cancelled"),
    ]

    search_fields = [
        *ListedPage.search_fields,
        index.SearchField("city"),
        index.FilterField("start"),
    ]

    parent_page_types = ["cms.AgendaPage"]

    def get_context(self, request, *args, **kwargs):
        from wagtail import hooks

        context = super().get_context(request, *args, **kwargs)
        context["registration_url"] = self.registration_link(request)
        # Other modules add a part to the page (event registration): HTML, or "".
        context["event_panels"] = [
            html
            for hook in hooks.get_hooks(EVENT_PANEL_HOOK)
            if (html := hook(self, request))
        ]
        return context

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end__gte=models.F("start")),
                name="cms_eventpage_ends_after_start",
            )
        ]
        indexes = [
            # The agenda's filters: a month is a range of start dates, a country is
            # matched whatever its case (iexact compares UPPER() on both sides).
            models.Index(fields=["start_date"], name="cms_event_start_date_idx"),
            models.Index(Upper("country"), name="cms_event_country_upper_idx"),
        ]

    # --- derived times ---

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.time_zone)

    def compute_instants(self) -> tuple[datetime.datetime, datetime.datetime]:
        """The aware start and end of the event, from its local dates and zone."""
        zone = self.zone
        end_date = self.end_date or self.start_date
        if self.all_day:
            start = datetime.datetime.combine(self.start_date, datetime.time(), zone)
            end = datetime.datetime.combine(
                end_date + datetime.timedelta(days=1), datetime.time(), zone
            )
        else:
            start = datetime.datetime.combine(self.start_date, self.start_time, zone)
            end = datetime.datetime.combine(end_date, self.end_time, zone)
        return start, end

    def clean(self) -> None:
        super().clean()
        errors = {}
        if self.time_zone not in time_zone_names():
            return  # the field validator reports it
        if not self.start_date:
            return
        if not self.all_day:
            if self.start_time is None:
                errors["start_time"] = _("Give a start time, or tick “all day”.")
            if self.end_time is None:
                errors["end_time"] = _("Give an end time, or tick “all day”.")
        if errors:
            raise ValidationError(errors)
        start, end = self.compute_instants()
        if end <= start:
            raise ValidationError(
                {"end_date": _("The event must end after it starts.")}
            )
        if not self.venue and not self.city and not self.online_url:
            raise ValidationError(
                {"venue": _("Give a place (venue or city) or an online link.")}
            )
        self.start, self.end = start, end

    def save(self, *args, **kwargs):
        if (
            self.start_date
            and (self.all_day or (self.start_time and self.end_time))
            and self.time_zone in time_zone_names()
        ):
            self.start, self.end = self.compute_instants()
        return super().save(*args, **kwargs)

    def with_content_json(self, content):
        # The calendar sequence belongs to the live record, never to a revision.
        obj = super().with_content_json(content)
        obj.ical_sequence = self.ical_sequence
        obj.ical_fingerprint = self.ical_fingerprint
        return obj

    def calendar_fingerprint(self) -> str:
        """A digest of everything a calendar shows: a change bumps SEQUENCE."""
        parts = [
            self.title,
            self.summary,
            self.start.isoformat() if self.start else "",
            self.end.isoformat() if self.end else "",
            self.time_zone,
            str(self.all_day),
            self.venue,
            self.city,
            self.country,
            self.online_url,
            str(self.cancelled),
            self.url_path,
        ]
        return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()

    # --- presentation ---

    @property
    def local_start(self) -> datetime.datetime:
        return self.start.astimezone(self.zone)

    @property
    def local_end(self) -> datetime.datetime:
        return self.end.astimezone(self.zone)

    @property
    def is_past(self) -> bool:
        return self.end < timezone.now()

    @property
    def is_online(self) -> bool:
        return bool(self.online_url) and not (self.venue or self.city)

    def registration_link(self, request=None) -> str:
        """Where to register: a ticketing module may take over with a hook."""
        from wagtail import hooks

        for hook in hooks.get_hooks("event_registration_url"):
            url = hook(self, request)
            if url:
                return url
        return self.registration_url
