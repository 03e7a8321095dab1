import os

import pytest
from django.core.management import call_command
from django.utils.html import escape

from cms.models import EventPage, Goal, NewsArticlePage

pytestmark = pytest.mark.django_db


def test_demo_fills_news_agenda_and_goals_in_three_languages(client):
    with open(os.devnull, "w") as devnull:
        call_command("load_demo", stdout=devnull)
        counts = (NewsArticlePage.objects.count(), EventPage.objects.count())
        call_command("load_demo", stdout=devnull)

    assert (NewsArticlePage.objects.count(), EventPage.objects.count()) == counts
    assert Goal.objects.count() == 30
    for language, news, agenda in [
        ("fr", "actualites", "agenda"),
        ("en", "news", "agenda"),
        ("es", "noticias", "agenda"),
    ]:
        assert (
            NewsArticlePage.objects.live()
            .filter(locale__language_code=language)
            .count()
            >= 6
        )
        assert client.get(f"/{language}/{news}/").status_code == 200
        html = client.get(f"/{language}/{agenda}/").content.decode()
        conference = EventPage.objects.get(
            locale__language_code=language,
            event_type=EventPage.EventType.WORLD_CONFERENCE,
        )
        assert not conference.is_past
        assert escape(conference.title) in html
