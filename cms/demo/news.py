"""Demo news: categories and articles with authors, tags and goals."""

import datetime
from typing import Any

from wagtail.models import Locale

from ..models import NewsArticlePage, NewsCategory
from .common import LANGUAGES, demo_key, goals, publish_once

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

NEWS: list[dict[str, Any]] = [
    {
        "key": "news-prize-2024",
        "days_ago": 3,
        "image": "waterfront",
        "category": "highlights",
        "goals": [8, 6],
        "tags": ["prix", "Tanger"],
        "authors": [("Lucie Bernard", "Chargée de communication")],
        "fr": (
            "Le prix Antoine Rufenacht récompense la reconversion du port de Tanger",
            "Le jury a salué une opération qui rend les quais aux habitants tout en "
            "maintenant l'activité portuaire.",
        ),
        "en": (
            "The Antoine Rufenacht Prize rewards the conversion of Tangier's port",
            "The jury praised an operation that gives the quays back to residents "
            "while keeping the port at work.",
        ),
        "es": (
            "El premio Antoine Rufenacht recompensa la reconversión del puerto "
            "de Tánger",
            "El jurado elogió una operación que devuelve los muelles a los vecinos "
            "manteniendo la actividad portuaria.",
        ),
    },
    {
        "key": "news-shore-power",
        "days_ago": 12,
        "image": "cranes",
        "category": "network",
        "goals": [2, 9],
        "tags": ["énergie", "escales"],
        "authors": [("Pablo Ortega", "Responsable de projets")],
        "fr": (
            "Branchement électrique à quai : cinq villes portuaires partagent leur "
            "expérience",
            "Anvers, Marseille, Halifax, Valparaíso et Dakar comparent coûts, "
            "calendrier et bénéfices pour la qualité de l'air.",
        ),
        "en": (
            "Shore power: five port cities share their experience",
            "Antwerp, Marseille, Halifax, Valparaíso and Dakar compare costs, "
            "timelines and the benefits for air quality.",
        ),
        "es": (
            "Conexión eléctrica en muelle: cinco ciudades portuarias comparten su "
            "experiencia",
            "Amberes, Marsella, Halifax, Valparaíso y Dakar comparan costes, plazos "
            "y beneficios para la calidad del aire.",
        ),
    },
    {
        "key": "news-port-center-label",
        "days_ago": 25,
        "image": "waterfront",
        "category": "network",
        "goals": [6],
        "tags": ["Port Center"],
        "authors": [],
        "fr": (
            "Trois nouveaux Port Centers reçoivent le label AIVP",
            "Lieux ouverts aux habitants et aux scolaires, ils expliquent le port et "
            "ses métiers.",
        ),
        "en": (
            "Three new Port Centers receive the AIVP label",
            "Open to residents and schools, they explain the port and its jobs.",
        ),
        "es": (
            "Tres nuevos Port Centers reciben el sello de la AIVP",
            "Abiertos a vecinos y escolares, explican el puerto y sus oficios.",
        ),
    },
    {
        "key": "news-opinion-climate",
        "days_ago": 40,
        "image": "estuary",
        "category": "opinions",
        "goals": [1, 10],
        "tags": ["climat"],
        "authors": [("Olivier Lemaire", "Directeur général")],
        "fr": (
            "Tribune : adapter les villes portuaires à la montée des eaux, maintenant",
            "Les ports sont en première ligne ; les solutions fondées sur la nature "
            "doivent entrer dans les plans d'aménagement.",
        ),
        "en": (
            "Opinion: adapting port cities to rising seas, now",
            "Ports are on the front line; nature-based solutions must enter "
            "development plans.",
        ),
        "es": (
            "Opinión: adaptar las ciudades portuarias a la subida del mar, ya",
            "Los puertos están en primera línea; las soluciones basadas en la "
            "naturaleza deben entrar en los planes urbanísticos.",
        ),
    },
    {
        "key": "news-course-promotion",
        "days_ago": 55,
        "image": "cranes",
        "category": "highlights",
        "goals": [5],
        "tags": ["formation"],
        "authors": [],
        "fr": (
            "Le cours en ligne sur la ville portuaire durable ouvre sa nouvelle "
            "promotion",
            "Dix semaines pour comprendre les relations ville-port, avec des études "
            "de cas du réseau.",
        ),
        "en": (
            "The online course on the sustainable port city opens a new cohort",
            "Ten weeks to understand city-port relations, with case studies from "
            "the network.",
        ),
        "es": (
            "El curso en línea sobre la ciudad portuaria sostenible abre una nueva "
            "promoción",
            "Diez semanas para comprender las relaciones ciudad-puerto, con casos "
            "de estudio de la red.",
        ),
    },
    {
        "key": "news-blue-port",
        "days_ago": 70,
        "image": "estuary",
        "category": "network",
        "goals": [7],
        "tags": ["FAO", "alimentation"],
        "authors": [],
        "fr": (
            "Blue Port Initiative : l'AIVP rejoint la FAO pour une alimentation de "
            "qualité",
            "Les ports sont des maillons essentiels des chaînes alimentaires "
            "mondiales.",
        ),
        "en": (
            "Blue Port Initiative: AIVP joins FAO for quality food",
            "Ports are essential links in the world's food chains.",
        ),
        "es": (
            "Blue Port Initiative: la AIVP se une a la FAO por una alimentación de "
            "calidad",
            "Los puertos son eslabones esenciales de las cadenas alimentarias "
            "mundiales.",
        ),
    },
]


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


def load_news(*, index_by_language, images, today: datetime.date) -> None:
    categories = load_categories()
    for item in NEWS:
        for language in LANGUAGES:
            title, summary = item[language]
            page, created = publish_once(
                key=item["key"],
                model=NewsArticlePage,
                parent=index_by_language[language],
                language=language,
                fields={
                    "title": title,
                    "summary": summary,
                    "date": today - datetime.timedelta(days=item["days_ago"]),
                    "hero_image": images[item["image"]][language],
                    "body": [
                        {"type": "paragraph", "value": f"<p>{summary}</p>"},
                    ],
                },
                relations={
                    "goals": goals(item["goals"], language),
                    "categories": [categories[item["category"]][language]],
                },
            )
            if created:
                for order, (name, role) in enumerate(item["authors"]):
                    # Roles are written in French; other languages show the name.
                    page.authors.create(
                        name=name,
                        role=role if language == "fr" else "",
                        sort_order=order,
                    )
                page.tags.add(*item["tags"])
                page.save_revision().publish()
