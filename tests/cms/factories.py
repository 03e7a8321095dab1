"""Factories for the editorial core: news, events, categories, images."""

import datetime
import io

import factory
import wagtail_factories
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.models import Locale

from cms.models import (
    AgendaPage,
    CustomImage,
    EventPage,
    Goal,
    NewsArticlePage,
    NewsCategory,
    NewsIndexPage,
)


def image_file(name: str = "harbour.jpg", size=(640, 400), colour="#0b3c5d"):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, colour).save(buffer, "JPEG")
    return ImageFile(buffer, name=name)


class ImageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CustomImage

    title = factory.Sequence(lambda n: f"Harbour {n}")
    description = "Container cranes at dusk over the harbour"
    credit = "AIVP"
    file = factory.LazyFunction(image_file)


def goal(number: int, language: str = "fr") -> Goal:
    return Goal.objects.get(number=number, locale__language_code=language)


class NewsCategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = NewsCategory

    name = factory.Sequence(lambda n: f"Category {n}")
    slug = factory.Sequence(lambda n: f"category-{n}")
    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="fr"))


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = NewsIndexPage

    title = "Actualités"
    slug = "actualites"


class NewsArticlePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = NewsArticlePage

    title = factory.Sequence(lambda n: f"Article {n}")
    summary = "Port cities meet to share their experience."
    date = datetime.date(2026, 3, 12)


class AgendaPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = AgendaPage

    title = "Agenda"
    slug = "agenda"


class EventPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = EventPage

    title = factory.Sequence(lambda n: f"Event {n}")
    summary = "A meeting of the network."
    event_type = EventPage.EventType.WEBINAR
    time_zone = "Europe/Paris"
    start_date = factory.LazyFunction(
        lambda: datetime.date.today() + datetime.timedelta(days=30)
    )
    start_time = datetime.time(10, 0)
    end_time = datetime.time(12, 0)
    city = "Le Havre"
    country = "France"
