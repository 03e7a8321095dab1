"""A page just published has its renditions made by a task, not by its first
visitor (cms/warming.py)."""

import pytest

from cms.models import CustomRendition
from tests.cms.factories import ImageFactory, NewsArticlePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def preparing(settings):
    settings.PREPARE_PUBLISHED_PAGES = True


def _specs(image) -> set[str]:
    return set(
        CustomRendition.objects.filter(image=image).values_list(
            "filter_spec", flat=True
        )
    )


def test_publishing_makes_the_renditions_of_the_page_and_of_its_listing(
    client, news_index, preparing, django_capture_on_commit_callbacks
):
    image = ImageFactory()
    article = NewsArticlePageFactory(parent=news_index, hero_image=image, live=False)
    assert _specs(image) == set()

    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()

    made = _specs(image)
    # The article's hero, the listing's card and the sharing image, in AVIF, WebP
    # and JPEG.
    for size in ("fill-800x450-c75", "fill-1200x675-c75", "fill-400x225"):
        assert {f"format-{kind}|{size}" for kind in ("avif", "webp", "jpeg")} <= made
    assert "fill-1200x630|format-jpeg" in made

    # The first visitors make nothing more.
    assert client.get(article.url).status_code == 200
    assert client.get(news_index.url).status_code == 200
    assert _specs(image) == made


def test_nothing_is_prepared_when_turned_off(
    news_index, settings, django_capture_on_commit_callbacks
):
    settings.PREPARE_PUBLISHED_PAGES = False
    image = ImageFactory()
    article = NewsArticlePageFactory(parent=news_index, hero_image=image, live=False)

    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()

    assert _specs(image) == set()


def test_an_unpublished_page_is_not_prepared(news_index, preparing):
    from cms.warming import prepare

    article = NewsArticlePageFactory(parent=news_index, live=False)
    assert prepare(article.pk) == []
