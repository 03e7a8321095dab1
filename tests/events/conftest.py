import datetime

import pytest
from django.utils import timezone

from events.models import Registration
from tests.cms.conftest import agenda
from tests.cms.factories import EventPageFactory
from tests.factories import translate_page
from tests.network.groups_fixtures import group

__all__ = ["agenda", "group"]


@pytest.fixture
def webinar(agenda):
    """A webinar in a month, in French and English."""
    page = EventPageFactory(
        parent=agenda,
        title="Webinaire : les quais de demain",
        slug="webinaire-quais",
        start_date=timezone.localdate() + datetime.timedelta(days=30),
    )
    page.save_revision().publish()
    translate_page(agenda, "en", title="Agenda", slug="agenda")
    translate_page(page, "en", title="Webinar: tomorrow's quays", slug="webinar-quays")
    return page


@pytest.fixture
def registration(webinar):
    return Registration.objects.create(
        event=webinar,
        capacity=2,
        join_url="https://meet.example/aivp-quays",
        join_passcode="quai-4242",
    )
