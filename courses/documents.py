"""The files of a course: the certificate PDF and the calendars of live sessions.

Rendering only. The certificate is written by WeasyPrint in the language it was
issued in, with a QR code (segno) of its public verification address. Calendars
write each live session in its own time zone, with the VTIMEZONE it needs, so that
calendar applications show it at the right hour wherever the learner lives.
"""

import datetime
import zoneinfo

import segno
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from core.i18n_fields import localized
from core.pdf import html_to_pdf

from .access import release_dates
from .models import Certificate, Enrolment, LiveSession, ModulePage, Promotion
from .services.mail import absolute

PRODID = "-//AIVP//Courses//EN"


def verification_url(certificate: Certificate) -> str:
    """The public address printed on the certificate (the same in every language)."""
    return absolute(reverse("certificate_verify_short", args=[certificate.code]))


def qr_data_uri(text: str) -> str:
    return segno.make(text, error="m").svg_data_uri(scale=6, border=2)


def certificate_pdf(certificate: Certificate) -> bytes:
    """The certificate as an A4 landscape PDF, in the language it was issued in."""
    url = verification_url(certificate)
    enrolment = certificate.enrolment
    context = {
        "certificate": certificate,
        "completed_on": timezone.localdate(
            enrolment.completed_at or certificate.issued_at
        ),
        "verification_url": url,
        "qr": qr_data_uri(url),
        "network": "AIVP",
    }
    with translation.override(certificate.language):
        html = render_to_string("courses/pdf/certificate.html", context)
    return html_to_pdf(html)


def certificate_filename(certificate: Certificate) -> str:
    return f"certificate-{certificate.code}.pdf"


def _calendar(name: str) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    return calendar


def session_description(
    session: LiveSession, *, with_link: bool, now: datetime.datetime
) -> str:
    """The join link before and during the session, its recording afterwards."""
    lines = []
    if now < session.ends_at:
        if with_link and session.join_url:
            lines.append(_("Join the session: %(url)s") % {"url": session.join_url})
    elif with_link and session.recording_url:
        lines.append(
            _("Recording of the session: %(url)s") % {"url": session.recording_url}
        )
    return "\n".join(lines)


def session_event(session: LiveSession, *, with_link: bool, language: str) -> Event:
    zone = zoneinfo.ZoneInfo(session.time_zone)
    now = timezone.now()
    event = Event()
    event.add("uid", f"{session.uid}@aivp.org")
    event.add("dtstamp", now)
    event.add("summary", localized(session, "title", language))
    event.add("dtstart", session.starts_at.astimezone(zone))
    event.add("dtend", session.ends_at.astimezone(zone))
    description = session_description(session, with_link=with_link, now=now)
    if description:
        event.add("description", description)
    if with_link and session.join_url and now < session.ends_at:
        event.add("location", session.join_url)
    return event


def session_ics(session: LiveSession, *, language: str) -> bytes:
    """One live session, with its join link (the file is for its learners only)."""
    with translation.override(language):
        calendar = _calendar(localized(session.promotion, "name", language))
        calendar.add_component(
            session_event(session, with_link=True, language=language)
        )
    calendar.add_missing_timezones()
    return calendar.to_ical()


def _all_day(uid: str, summary: str, day: datetime.date) -> Event:
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", timezone.now())
    event.add("summary", summary)
    event.add("dtstart", day)
    event.add("dtend", day + datetime.timedelta(days=1))
    event.add("transp", "TRANSPARENT")
    return event


def module_events(promotion: Promotion, language: str) -> list[Event]:
    """The release day of each module of the course, and its due day when it has one."""
    schedule = release_dates(promotion)
    modules = ModulePage.objects.live().child_of(promotion.course).specific()
    events = []
    for module in modules:
        row = schedule.get(module.translation_key)
        release_on = row.release_on if row is not None else promotion.starts_on
        title = module.localized.title
        uid = f"promotion-{promotion.pk}-module-{module.translation_key}"
        events.append(
            _all_day(
                f"{uid}-release@aivp.org",
                _("%(module)s opens") % {"module": title},
                release_on,
            )
        )
        if row is not None and row.due_on:
            events.append(
                _all_day(
                    f"{uid}-due@aivp.org",
                    _("%(module)s is due") % {"module": title},
                    row.due_on,
                )
            )
    return events


def enrolment_feed(enrolment: Enrolment, *, language: str, with_links: bool) -> bytes:
    """A learner's calendar of a promotion: live sessions, module releases and dues."""
    promotion = enrolment.promotion
    with translation.override(language):
        course_title = promotion.course.localized.title
        name = f"{course_title} – {localized(promotion, 'name', language)}"
        calendar = _calendar(name)
        calendar.add("refresh-interval", datetime.timedelta(hours=6))
        calendar.add("x-published-ttl", "PT6H")
        for session in promotion.live_sessions.all():
            calendar.add_component(
                session_event(session, with_link=with_links, language=language)
            )
        for event in module_events(promotion, language):
            calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()
