"""Good practices, projects and partners for the tests: indexes and page makers."""

import datetime

import pytest
from wagtail.models import Locale

from cms.models import Goal, GoalMeasure
from network.models import (
    GoodPracticeIndexPage,
    GoodPracticePage,
    PartnersPage,
    ProjectIndexPage,
    ProjectPage,
)
from tests.factories import translate_page

SLUGS = {
    "practices": {"fr": "bonnes-pratiques", "en": "good-practices", "es": "buenas"},
    "projects": {"fr": "projets", "en": "projects", "es": "proyectos"},
    "partners": {"fr": "partenaires", "en": "partners", "es": "socios"},
}


def _index(homes, model, key) -> dict:
    french = model(title=key.title(), slug=SLUGS[key]["fr"])
    homes["fr"].add_child(instance=french)
    french.save_revision().publish()
    pages = {"fr": french}
    for language in ("en", "es"):
        pages[language] = translate_page(
            french, language, title=f"{key} {language}", slug=SLUGS[key][language]
        )
    return pages


@pytest.fixture
def practice_index(homes) -> dict:
    """/fr/bonnes-pratiques/, /en/good-practices/, /es/buenas/."""
    return _index(homes, GoodPracticeIndexPage, "practices")


@pytest.fixture
def project_index(homes) -> dict:
    return _index(homes, ProjectIndexPage, "projects")


@pytest.fixture
def partners_page(homes) -> dict:
    return _index(homes, PartnersPage, "partners")


def goals_of(numbers, language="fr") -> list[Goal]:
    return list(Goal.objects.filter(number__in=numbers, locale__language_code=language))


def measure(goal_number: int, number: int, language="fr") -> GoalMeasure:
    return GoalMeasure.objects.get(
        goal__number=goal_number, number=number, locale__language_code=language
    )


def _publish(index, page, goals, relations, live):
    index.add_child(instance=page)
    page.goals.set(goals_of(goals, index.locale.language_code))
    for name, values in relations.items():
        getattr(page, name).set(values)
    revision = page.save_revision()
    if live:
        revision.publish()
    else:
        page.live = False
        page.save()
    return page


def make_practice(
    index, title, *, goals=(), measures=(), live=True, **fields
) -> GoodPracticePage:
    fields = {
        "port_city": "Le Havre",
        "country": "FR",
        "year": 2020,
        "theme": "waterfront",
        "summary": f"Summary of {title}.",
        **fields,
    }
    page = GoodPracticePage(title=title, **fields)
    return _publish(index, page, goals, {"measures": list(measures)}, live)


def make_project(
    index, title, *, goals=(), live=True, relations=None, **fields
) -> ProjectPage:
    fields = {
        "start_date": datetime.date(2024, 1, 1),
        "end_date": datetime.date(2030, 12, 31),
        "programme": "Interreg Europe",
        "summary": f"Summary of {title}.",
        **fields,
    }
    page = ProjectPage(title=title, **fields)
    return _publish(index, page, goals, relations or {}, live)


def locale(language: str) -> Locale:
    return Locale.objects.get(language_code=language)
