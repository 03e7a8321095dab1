import pytest

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(is_superuser=True, is_staff=True, mfa=True))
    return client


def test_goals_are_listed_filtered_and_exported_in_the_admin(admin_client):
    listing = admin_client.get("/admin/snippets/cms/goal/?locale=en")
    export = admin_client.get("/admin/snippets/cms/goal/?export=csv")

    assert listing.status_code == 200
    assert "Port City Interface" in listing.content.decode()
    assert export.status_code == 200
    rows = b"".join(export.streaming_content).decode().splitlines()
    assert len(rows) == 31  # header + 10 goals in 3 languages
    # Each language has its own slug for the goal.
    for slug in (
        "interface-ville-port",
        "port-city-interface",
        "interfaz-ciudad-puerto",
    ):
        assert sum(slug in row for row in rows) == 1


def test_event_form_refuses_an_unknown_time_zone(admin_client, agenda):
    response = admin_client.post(
        f"/admin/pages/add/cms/eventpage/{agenda.pk}/",
        {
            "title": "Webinar",
            "slug": "webinar",
            "event_type": "webinar",
            "time_zone": "Europe/Atlantis",
            "start_date": "2027-03-01",
            "start_time": "10:00",
            "end_time": "11:00",
            "city": "Le Havre",
            "summary": "A webinar.",
            "body-count": "0",
            "goals": [],
        },
    )

    assert response.status_code == 200  # the form again, with its error
    assert "Europe/Atlantis" in response.content.decode()
