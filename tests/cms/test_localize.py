"""Translating with wagtail-localize, as editors do from the admin."""

import pytest
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from tests.cms.factories import EventPageFactory, NewsArticlePageFactory, goal

pytestmark = pytest.mark.django_db


@pytest.fixture
def translate(django_capture_on_commit_callbacks):
    def translate(page, language):
        source, _ = TranslationSource.get_or_create_from_instance(page)
        translation = Translation.objects.create(
            source=source, target_locale=Locale.objects.get(language_code=language)
        )
        # wagtail-localize publishes once the transaction commits.
        with django_capture_on_commit_callbacks(execute=True):
            translation.save_target(publish=True)
        return page.get_translation(translation.target_locale)

    return translate


def test_translated_article_and_event_are_served_under_their_prefix(
    client, news_index, agenda, translate
):
    translate(news_index, "es")
    translate(agenda, "es")
    article = NewsArticlePageFactory(parent=news_index, slug="hidrogeno")
    article.goals.set([goal(2)])
    article.save_revision().publish()
    event = EventPageFactory(parent=agenda, slug="taller")

    spanish_article = translate(article, "es")
    spanish_event = translate(event, "es")

    assert client.get(spanish_article.url).status_code == 200
    assert spanish_article.url.startswith("/es/")
    html = client.get("/es/actualites/?goal=energy-transition").content.decode()
    assert spanish_article.title in html
    assert "Transición energética y economía circular" in html
    assert spanish_event.start == event.start
    assert client.get(f"/es/calendar/events/{spanish_event.pk}.ics").status_code == 200
