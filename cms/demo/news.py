"""Demo news: categories and articles with authors, tags and goals."""

import datetime
from typing import Any

from wagtail.models import Locale

from ..models import NewsArticlePage, NewsCategory
from . import texts_news_en, texts_news_es, texts_news_fr
from .common import LANGUAGES, demo_key, goals, publish_once, resolve

CATEGORIES = {
    "highlights": {"fr": "Temps forts", "en": "Highlights", "es": "Destacados"},
    "opinions": {"fr": "Tribunes", "en": "Opinions", "es": "Opiniones"},
    "network": {"fr": "Vie du réseau", "en": "Network life", "es": "Vida de la red"},
}
CATEGORY_SLUGS = {
    "highlights": {"fr": "temps-forts", "en": "highlights", "es": "destacados"},
    "opinions": {"fr": "tribunes", "en": "opinions", "es": "opiniones"},
    "network": {"fr": "vie-du-reseau", "en": "network-life", "es": "vida-de-la-red"},
}

# Titles, summaries and bodies are in one module per language (texts_news_*.py).
NEWS: list[dict[str, Any]] = [
    {
        "key": "news-prize-2024",
        "days_ago": 3,
        "image": "tangier",
        "category": "highlights",
        "goals": [8, 6],
        "tags": {
            "fr": ["prix", "Tanger", "front de mer"],
            "en": ["prize", "Tangier", "waterfront"],
            "es": ["premio", "Tánger", "frente marítimo"],
        },
        "authors": [
            (
                "Lucie Bernard",
                {
                    "fr": "Chargée de communication",
                    "en": "Communications officer",
                    "es": "Responsable de comunicación",
                },
            )
        ],
    },
    {
        "key": "news-shore-power",
        "days_ago": 12,
        "image": "shore-power",
        "category": "network",
        "goals": [2, 9],
        "tags": {
            "fr": ["énergie", "escales", "qualité de l'air"],
            "en": ["energy", "port calls", "air quality"],
            "es": ["energía", "escalas", "calidad del aire"],
        },
        "authors": [
            (
                "Pablo Ortega",
                {
                    "fr": "Responsable de projets",
                    "en": "Project manager",
                    "es": "Responsable de proyectos",
                },
            )
        ],
    },
    {
        "key": "news-port-center-label",
        "days_ago": 25,
        "image": "waterfront",
        "category": "network",
        "goals": [6],
        "tags": {
            "fr": ["Port Center", "culture portuaire", "scolaires"],
            "en": ["Port Center", "port culture", "schools"],
            "es": ["Port Center", "cultura portuaria", "escolares"],
        },
        "authors": [],
    },
    {
        "key": "news-opinion-climate",
        "days_ago": 40,
        "image": "wetland",
        "category": "opinions",
        "goals": [1, 10],
        "tags": {
            "fr": ["climat", "adaptation", "biodiversité"],
            "en": ["climate", "adaptation", "biodiversity"],
            "es": ["clima", "adaptación", "biodiversidad"],
        },
        "authors": [
            (
                "Nadia Benali",
                {
                    "fr": "Chargée de mission climat et environnement",
                    "en": "Climate and environment officer",
                    "es": "Responsable de clima y medio ambiente",
                },
            )
        ],
    },
    {
        "key": "news-course-promotion",
        "days_ago": 55,
        "image": "port-map",
        "category": "highlights",
        "goals": [5],
        "tags": {
            "fr": ["formation", "cours en ligne"],
            "en": ["training", "online course"],
            "es": ["formación", "curso en línea"],
        },
        "authors": [
            (
                "Camille Roussel",
                {
                    "fr": "Responsable de la formation",
                    "en": "Head of training",
                    "es": "Responsable de formación",
                },
            )
        ],
    },
    {
        "key": "news-blue-port",
        "days_ago": 70,
        "image": "fishing-port",
        "category": "network",
        "goals": [7],
        "tags": {
            "fr": ["FAO", "alimentation", "pêche"],
            "en": ["FAO", "food", "fisheries"],
            "es": ["FAO", "alimentación", "pesca"],
        },
        "authors": [],
    },
]
TEXTS = {
    "fr": texts_news_fr.ARTICLES,
    "en": texts_news_en.ARTICLES,
    "es": texts_news_es.ARTICLES,
}


def load_categories() -> dict[str, dict[str, NewsCategory]]:
    result: dict[str, dict[str, NewsCategory]] = {}
    for key, names in CATEGORIES.items():
        result[key] = {}
        for language in LANGUAGES:
            locale = Locale.objects.get(language_code=language)
            category, _ = NewsCategory.objects.get_or_create(
                locale=locale,
                slug=CATEGORY_SLUGS[key][language],
                defaults={
                    "name": names[language],
                    "translation_key": demo_key(f"category-{key}"),
                },
            )
            result[key][language] = category
    return result


def load_news(*, index_by_language, images, pages, today: datetime.date) -> None:
    categories = load_categories()
    for item in NEWS:
        for language in LANGUAGES:
            text = TEXTS[language][item["key"]]
            page, created = publish_once(
                key=item["key"],
                model=NewsArticlePage,
                parent=index_by_language[language],
                language=language,
                fields={
                    "title": text["title"],
                    "summary": text["summary"],
                    "date": today - datetime.timedelta(days=item["days_ago"]),
                    "hero_image": images[item["image"]][language],
                    "body": resolve(
                        text["body"], language=language, images=images, pages=pages
                    ),
                },
                relations={
                    "goals": goals(item["goals"], language),
                    "categories": [categories[item["category"]][language]],
                },
            )
            if created:
                for order, (name, roles) in enumerate(item["authors"]):
                    page.authors.create(
                        name=name, role=roles[language], sort_order=order
                    )
                page.tags.add(*item["tags"][language])
                page.save_revision().publish()
