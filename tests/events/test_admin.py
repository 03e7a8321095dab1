"""The organisers' screens: who is coming, the export, the check-in list at the
door, a message to everyone with a place, attendance over the year; each for the
Editors who organise, and for nobody else."""

import csv
import io

import openpyxl
import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

from accounts.models import Affiliation
from core.models import OutboxMessage
from events.models import Registrant, Registration
from events.services import registrant_register, registration_changed
from tests.courses.admin_helpers import refused, staff_user
from tests.factories import AffiliationFactory, OrganisationFactory, VerifiedUserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def organiser(client):
    user = staff_user("organiser@aivp.example")
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    return user


@pytest.fixture
def people(registration):
    """Two with a place (one of a member organisation), one waiting."""
    port = OrganisationFactory(name="Port of Lisbon")
    found = []
    for first, last in (("Ana", "Costa"), ("Ben", "Dubois"), ("Carla", "Ruiz")):
        user = VerifiedUserFactory(
            first_name=first, last_name=last, email=f"{first.lower()}@port.example"
        )
        found.append(
            registrant_register(
                registration=registration,
                user=user,
                answers={"organisation": f"{last} & Co"},
                language="fr",
            )
        )
    AffiliationFactory(
        user=found[0].user, organisation=port, status=Affiliation.Status.APPROVED
    )
    return found


def test_organisers_see_who_is_coming_and_export_it(
    client, organiser, registration, people
):
    inspect = client.get(reverse("event_registrations:inspect", args=[registration.pk]))
    assert inspect.status_code == 200
    assert "2 with a place, 1 waiting, 0 present." in inspect.content.decode()
    export = client.get(
        reverse("event_registrants:index"),
        {"registration": registration.pk, "export": "csv"},
    )
    assert export.status_code == 200
    rows = list(csv.DictReader(io.StringIO(export.getvalue().decode())))
    assert sorted(row["E-mail"] for row in rows) == [
        "ana@port.example",
        "ben@port.example",
        "carla@port.example",
    ]
    xlsx = client.get(
        reverse("event_registrants:index"),
        {"registration": registration.pk, "export": "xlsx"},
    )
    assert xlsx.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx.getvalue())).active
    header, *lines = sheet.iter_rows(values_only=True)
    emails = sorted(line[header.index("E-mail")] for line in lines)
    assert emails == ["ana@port.example", "ben@port.example", "carla@port.example"]


def test_the_door_marks_people_present_and_finds_them_by_name(
    client, organiser, registration, people
):
    address = reverse("event_registrations:checkin", args=[registration.pk])
    page = client.get(address).content.decode()
    assert "Ana Costa" in page and "Ben Dubois" in page
    assert "Carla Ruiz" not in page  # waiting: no place to check in
    assert "Ben Dubois" not in client.get(address, {"q": "costa"}).content.decode()
    ana = people[0]
    response = client.post(address, {"registrant": ana.pk, "attended": "1", "q": ""})
    assert response.status_code == 302
    ana.refresh_from_db()
    assert ana.attended
    client.post(address, {"registrant": ana.pk, "attended": "0"})
    ana.refresh_from_db()
    assert not ana.attended
    carla = people[2]
    client.post(address, {"registrant": carla.pk, "attended": "1"})
    carla.refresh_from_db()
    assert not carla.attended
    # Not a person of this list: nothing changes (a 404, sent to the language's
    # address by the locale middleware).
    assert client.post(address, {"registrant": "x'"}).status_code in (302, 404)
    assert not Registrant.objects.filter(attended=True).exists()


def test_a_message_reaches_everyone_with_a_place_only(
    client, organiser, registration, people
):
    address = reverse("event_registrations:message", args=[registration.pk])
    assert client.get(address).status_code == 200
    empty = client.post(address, {"subject": "", "body": "x"})
    assert (
        empty.status_code == 200
        and not OutboxMessage.objects.filter(source="events.message").exists()
    )
    client.post(address, {"subject": "Salle changée", "body": "Rendez-vous salle B."})
    sent = OutboxMessage.objects.filter(source="events.message")
    assert sorted(m.to[0] for m in sent) == ["ana@port.example", "ben@port.example"]
    assert all(m.subject == "Salle changée" for m in sent)


def test_attendance_per_event_and_per_member_organisation(
    client, organiser, registration, people
):
    Registrant.objects.filter(pk=people[0].pk).update(attended=True)
    year = registration.event.start.year
    page = client.get(reverse("event_attendance:index"), {"year": year})
    assert page.status_code == 200
    body = page.content.decode()
    assert "Port of Lisbon" in body and "50 %" in body and "100 %" in body
    assert (
        client.get(reverse("event_attendance:index"), {"year": "x"}).status_code == 200
    )


def test_more_places_go_to_the_waiting_list_at_once(registration, people):
    Registration.objects.filter(pk=registration.pk).update(capacity=3)
    registration.refresh_from_db()
    (promoted,) = registration_changed(registration)
    assert promoted.pk == people[2].pk
    assert OutboxMessage.objects.filter(source="events.promoted").count() == 1


@pytest.mark.parametrize(
    "name",
    [
        "event_registrations:index",
        "event_registrants:index",
        "event_attendance:index",
    ],
)
def test_other_staff_are_refused(client, registration, people, name):
    client.force_login(staff_user("courses@aivp.example"))
    assert refused(client.get(reverse(name)))
    for view in ("checkin", "message", "inspect"):
        address = reverse(f"event_registrations:{view}", args=[registration.pk])
        assert refused(client.get(address)), view
    assert timezone.now()


def test_the_admin_home_shows_organisers_the_coming_events(
    client, organiser, registration, people
):
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Coming events with registration" in home
    assert "2 of 2 places" in home and "1 waiting" in home
    client.force_login(staff_user("courses@aivp.example"))
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Coming events with registration" not in home


def test_the_check_in_list_and_the_event_page_cost_the_same_at_two_sizes(
    client, organiser, registration, webinar
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    Registration.objects.filter(pk=registration.pk).update(capacity=None)
    checkin = reverse("event_registrations:checkin", args=[registration.pk])

    def queries(address):
        client.get(address)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(address).status_code == 200
        return len(captured)

    def add(n):
        for _ in range(n):
            registrant_register(
                registration=registration,
                user=VerifiedUserFactory(),
                answers={},
                language="fr",
            )

    add(2)
    small = (
        queries(checkin),
        queries(webinar.url),
        queries(reverse("wagtailadmin_home")),
    )
    add(20)
    large = (
        queries(checkin),
        queries(webinar.url),
        queries(reverse("wagtailadmin_home")),
    )
    assert small == large
