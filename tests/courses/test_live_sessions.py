"""Live sessions: the .ics of one session, the learner's private feed, the selector."""

import datetime
import zoneinfo

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from icalendar import Calendar

from courses.models import Enrolment, LiveSession
from courses.selectors_sessions import live_sessions_for
from tests.factories import UserFactory, VerifiedUserFactory

from .fixtures import enrol, make_promotion

pytestmark = pytest.mark.django_db

MONTREAL = zoneinfo.ZoneInfo("America/Montreal")
JOIN = "https://meet.example.org/aivp-session"
RECORDING = "https://video.example.org/aivp-recording"


@pytest.fixture
def session(promotion):
    starts = datetime.datetime.combine(
        timezone.localdate() + datetime.timedelta(days=5),
        datetime.time(10, 30),
        tzinfo=MONTREAL,
    )
    return LiveSession.objects.create(
        promotion=promotion,
        title="Séance en direct",
        title_en="Live session",
        starts_at=starts,
        duration_minutes=90,
        time_zone="America/Montreal",
        join_url=JOIN,
    )


@pytest.fixture
def past_session(promotion):
    return LiveSession.objects.create(
        promotion=promotion,
        title="Première séance",
        title_en="First session",
        starts_at=timezone.now() - datetime.timedelta(days=3),
        time_zone="Europe/Paris",
        join_url=JOIN + "-old",
        recording_url=RECORDING,
    )


def en_reverse(name, *args):
    with translation.override("en"):
        return reverse(name, args=args)


def events(content: bytes) -> list:
    return Calendar.from_ical(content).walk("VEVENT")


def test_a_learner_downloads_the_session_in_its_time_zone(client, learner, session):
    client.force_login(learner.learner)
    response = client.get(en_reverse("courses:session_ics", session.uid))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    raw = response.content.decode()
    assert "DTSTART;TZID=America/Montreal:" in raw
    assert "BEGIN:VTIMEZONE" in raw
    [event] = events(response.content)
    start = event.decoded("dtstart")
    assert start == session.starts_at
    assert start.utcoffset() == session.starts_at.astimezone(MONTREAL).utcoffset()
    assert (start.hour, start.minute) == (10, 30)
    assert event.decoded("dtend") - start == datetime.timedelta(minutes=90)
    assert str(event["summary"]) == "Live session"
    assert JOIN in str(event["description"])
    assert str(event["uid"]) == f"{session.uid}@aivp.org"


def test_someone_not_in_the_promotion_gets_a_404(client, promotion, session):
    url = en_reverse("courses:session_ics", session.uid)
    assert client.get(url).status_code == 302  # a visitor signs in first
    client.force_login(VerifiedUserFactory())
    assert client.get(url).status_code == 404
    withdrawn = enrol(promotion, state=Enrolment.State.WITHDRAWN)
    client.force_login(withdrawn.learner)
    assert client.get(url).status_code == 404
    applied = enrol(promotion, state=Enrolment.State.APPLIED)
    client.force_login(applied.learner)
    assert client.get(url).status_code == 404


def test_a_learner_of_another_promotion_gets_a_404(client, course, session):
    other = make_promotion(course["course"], name="Autre", number=2)
    client.force_login(enrol(other).learner)
    assert client.get(en_reverse("courses:session_ics", session.uid)).status_code == 404


def test_accepted_learners_facilitators_and_staff_get_it(client, promotion, session):
    url = en_reverse("courses:session_ics", session.uid)
    accepted = enrol(promotion, state=Enrolment.State.ACCEPTED)
    client.force_login(accepted.learner)
    assert client.get(url).status_code == 200
    facilitator = UserFactory()
    promotion.facilitators.add(facilitator)
    client.force_login(facilitator)
    assert client.get(url).status_code == 200
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    assert client.get(url).status_code == 200


def test_the_feed_holds_sessions_and_module_dates_without_signing_in(
    client, learner, session, past_session
):
    learner.learner.language = "en"
    learner.learner.save()
    response = client.get(en_reverse("courses:calendar_feed", learner.calendar_token))
    assert response.status_code == 200
    assert "private" in response["Cache-Control"]
    calendar = Calendar.from_ical(response.content)
    by_uid = {str(event["uid"]): event for event in calendar.walk("VEVENT")}
    coming = by_uid[f"{session.uid}@aivp.org"]
    assert coming.decoded("dtstart") == session.starts_at
    assert JOIN in str(coming["description"])
    past = by_uid[f"{past_session.uid}@aivp.org"]
    assert RECORDING in str(past["description"])
    assert JOIN + "-old" not in response.content.decode()
    # Module 1 opens on the first day, module 2 a week ago; module 2 is due later.
    all_day = {
        str(event["summary"]): event.decoded("dtstart")
        for event in calendar.walk("VEVENT")
        if not isinstance(event.decoded("dtstart"), datetime.datetime)
    }
    promotion = learner.promotion
    today = timezone.localdate()
    assert all_day["Module 1 opens"] == promotion.starts_on
    assert all_day["Module 2 opens"] == today - datetime.timedelta(days=7)
    assert all_day["Module 2 is due"] == today + datetime.timedelta(days=30)
    zones = {str(zone["tzid"]) for zone in calendar.walk("VTIMEZONE")}
    assert {"America/Montreal", "Europe/Paris"} <= zones


def test_the_feed_is_in_the_learner_s_language(client, promotion, session):
    learner = enrol(promotion, user=VerifiedUserFactory(language="fr"))
    response = client.get(en_reverse("courses:calendar_feed", learner.calendar_token))
    uid = f"{session.uid}@aivp.org"
    [coming] = [e for e in events(response.content) if str(e["uid"]) == uid]
    assert str(coming["summary"]) == "Séance en direct"


def test_an_unknown_token_or_a_withdrawn_enrolment_gets_a_404(
    client, promotion, session
):
    assert client.get(en_reverse("courses:calendar_feed", "nope")).status_code == 404
    for state in (Enrolment.State.WITHDRAWN, Enrolment.State.REJECTED):
        gone = enrol(promotion, state=state)
        url = en_reverse("courses:calendar_feed", gone.calendar_token)
        assert client.get(url).status_code == 404


def test_an_applicant_s_feed_has_no_join_link(client, promotion, session):
    applicant = enrol(promotion, state=Enrolment.State.APPLIED)
    response = client.get(en_reverse("courses:calendar_feed", applicant.calendar_token))
    assert response.status_code == 200
    assert JOIN not in response.content.decode()
    assert any(
        str(e["uid"]) == f"{session.uid}@aivp.org" for e in events(response.content)
    )


def test_the_selector_splits_coming_and_past_sessions(learner, session, past_session):
    with translation.override("en"):
        lines = live_sessions_for(enrolment=learner)
    [coming] = lines["upcoming"]
    [past] = lines["past"]
    assert coming.title == "Live session"
    assert coming.join_url == JOIN
    assert coming.recording_url == ""
    assert coming.starts_at.tzinfo.key == "America/Montreal"
    assert coming.ics_url.endswith(f"/learning/sessions/{session.uid}.ics")
    assert past.join_url == ""
    assert past.recording_url == RECORDING


def test_the_selector_gives_no_link_to_an_applicant(promotion, session, past_session):
    applicant = enrol(promotion, state=Enrolment.State.APPLIED)
    lines = live_sessions_for(enrolment=applicant)
    assert [line.join_url for line in lines["upcoming"]] == [""]
    assert [line.recording_url for line in lines["past"]] == [""]
    assert lines["upcoming"][0].ics_url == ""


def test_the_course_page_gives_its_learners_the_sessions_and_only_them(
    client, course, promotion, session, past_session, learner
):
    url = course["en"][course["course"].pk].url
    client.force_login(learner.learner)

    page = client.get(url).content.decode()

    assert "Live sessions" in page
    assert JOIN in page and JOIN + "-old" not in page
    assert reverse("courses:session_ics", args=[session.uid]) in page
    assert learner.calendar_token in page
    client.force_login(VerifiedUserFactory())
    other = client.get(url).content.decode()
    assert JOIN not in other and "Live sessions" not in other
