import io

from django.core.management import call_command
from django.utils.html import escape
from PIL import Image

from cms.demo.common import demo_key
from cms.demo.images import IMAGE_DIR, IMAGES
from cms.models import EventPage, Goal, HomePage, NewsArticlePage, StandardPage


def test_demo_fills_news_agenda_and_goals_in_three_languages(demo, client):
    counts = (NewsArticlePage.objects.count(), EventPage.objects.count())
    call_command("load_demo", stdout=io.StringIO())

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


def test_demo_pages_have_pictures_real_bodies_and_their_own_language(demo, client):
    course = {
        page.locale.language_code: page
        for page in StandardPage.objects.filter(translation_key=demo_key("course"))
    }
    assert set(course) == {"fr", "en", "es"}
    for home in HomePage.objects.all():
        language = home.locale.language_code
        assert home.hero_image is not None
        assert home.hero_image.description
        promoted = {block.value["link_label"]: block.value for block in home.promotions}
        course_label = {
            "fr": "Découvrir le cours",
            "en": "Discover the course",
            "es": "Descubrir el curso",
        }[language]
        assert promoted[course_label]["page"].pk == course[language].pk
        assert client.get(course[language].url).status_code == 200

    tags = {}
    for article in NewsArticlePage.objects.filter(
        translation_key=demo_key("news-shore-power")
    ):
        language = article.locale.language_code
        paragraphs = [b for b in article.body if b.block_type == "paragraph"]
        assert len(paragraphs) >= 3
        assert article.summary not in str(article.body)
        assert all(author.role for author in article.authors.all())
        tags[language] = {tag.name for tag in article.tags.all()}
    assert tuple(
        word
        for language in ("fr", "en", "es")
        for word in tags[language]
        if word.startswith(("énergie", "energ"))
    ) == ("énergie", "energy", "energía")
    assert tags["fr"].isdisjoint(tags["en"])


def test_demo_images_are_light_enough_to_ship():
    for key in IMAGES:
        path = IMAGE_DIR / f"{key}.jpg"
        with Image.open(path) as image:
            assert image.size == (1600, 900)
        assert path.stat().st_size < 200_000
