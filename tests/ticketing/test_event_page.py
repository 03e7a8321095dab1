"""The agenda's event page sends delegates to the conference's ticket page."""

import pytest

from tests.cms.factories import AgendaPageFactory, EventPageFactory
from tests.factories import ConferenceFactory, translate_page

pytestmark = pytest.mark.django_db


def test_event_with_a_conference_links_to_its_tickets_in_each_language(client, homes):
    agenda = AgendaPageFactory(parent=homes["fr"], slug="agenda")
    event = EventPageFactory(
        parent=agenda,
        title="Conférence mondiale",
        registration_url="https://register.example.org/old",
    )
    ConferenceFactory(slug="world-conference-2027", event_page=event)
    english_agenda = translate_page(agenda, "en", slug="agenda")
    english = translate_page(event, "en", title="World conference", slug="wc")
    assert english.get_parent().pk == english_agenda.pk

    french_html = client.get(event.url).content.decode()
    english_html = client.get(english.url).content.decode()

    assert 'href="/fr/tickets/world-conference-2027/"' in french_html
    assert 'href="/en/tickets/world-conference-2027/"' in english_html
    assert "register.example.org" not in french_html


def test_event_without_a_conference_keeps_its_own_link(client, homes):
    agenda = AgendaPageFactory(parent=homes["fr"], slug="agenda")
    event = EventPageFactory(
        parent=agenda, registration_url="https://register.example.org/webinar"
    )

    html = client.get(event.url).content.decode()

    assert "https://register.example.org/webinar" in html
    assert "/tickets/" not in html
