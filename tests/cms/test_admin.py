import pytest
from django.utils.html import escape

from tests.cms.factories import goal
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


def test_an_editor_edits_a_goals_measures_inline(admin_client):
    french = goal(8, "fr")
    url = f"/admin/snippets/cms/goal/edit/{french.pk}/"
    html = admin_client.get(url).content.decode()
    measures = list(french.measures.all())
    assert escape(measures[0].title) in html

    data = {
        "number": "8",
        "title": french.title,
        "slug": french.slug,
        "short_text": french.short_text,
        "colour": french.colour,
        "icon": french.icon,
        "measures-TOTAL_FORMS": str(len(measures)),
        "measures-INITIAL_FORMS": str(len(measures)),
        "measures-MIN_NUM_FORMS": "0",
        "measures-MAX_NUM_FORMS": "1000",
    }
    for index, measure in enumerate(measures):
        data |= {
            f"measures-{index}-id": str(measure.pk),
            f"measures-{index}-number": str(measure.number),
            f"measures-{index}-title": measure.title,
            f"measures-{index}-text": measure.text,
            f"measures-{index}-ORDER": str(index + 1),
            f"measures-{index}-DELETE": "",
        }
    data["measures-0-title"] = "Un quai partagé entre port et ville"
    response = admin_client.post(url, data)

    assert response.status_code == 302, response.content.decode()[:2000]
    assert french.measures.get(number=1).title == "Un quai partagé entre port et ville"
    assert french.measures.get(number=1).translation_key == measures[0].translation_key
