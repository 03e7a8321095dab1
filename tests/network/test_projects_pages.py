"""Cooperation projects: status from the dates, filters, partners, news, goal pages."""

import datetime

import pytest
from django.utils import timezone

from network.models import ProjectPage
from network.models.projects import status_on
from tests.cms.factories import NewsArticlePageFactory, NewsIndexPageFactory
from tests.factories import OrganisationFactory
from tests.network.practice_fixtures import goals_of, make_project

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)


@pytest.fixture
def projects(project_index):
    index = project_index["fr"]
    today = timezone.localdate()
    return {
        "planned": make_project(
            index,
            "Projet prévu",
            goals=[2],
            programme="Horizon Europe",
            start_date=today + 30 * DAY,
            end_date=today + 900 * DAY,
        ),
        "ongoing": make_project(
            index,
            "Projet en cours",
            goals=[8],
            start_date=datetime.date(2024, 3, 1),
            end_date=None,
        ),
        "completed": make_project(
            index,
            "Projet terminé",
            goals=[8, 5],
            programme="AFD",
            start_date=datetime.date(2018, 1, 1),
            end_date=datetime.date(2021, 6, 30),
        ),
        "draft": make_project(index, "Brouillon", goals=[8], live=False),
    }


def titles(response) -> list[str]:
    assert response.status_code == 200
    return [page.title for page in response.context["projects"]]


def test_the_status_follows_the_dates():
    day = datetime.date(2026, 5, 1)

    assert status_on(day + DAY, None, day) == "planned"
    assert status_on(day, day, day) == "ongoing"
    assert status_on(day - 9 * DAY, None, day) == "ongoing"
    assert status_on(day - 9 * DAY, day - DAY, day) == "completed"


def test_a_project_cannot_end_before_it_starts():
    from django.core.exceptions import ValidationError

    project = ProjectPage(
        title="P",
        slug="p",
        summary="s",
        start_date=datetime.date(2025, 1, 1),
        end_date=datetime.date(2024, 1, 1),
    )
    with pytest.raises(ValidationError):
        project.clean()


def test_the_index_lists_live_projects_latest_first(client, projects):
    assert titles(client.get("/fr/projets/")) == [
        "Projet prévu",
        "Projet en cours",
        "Projet terminé",
    ]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("status=planned", ["Projet prévu"]),
        ("status=ongoing", ["Projet en cours"]),
        ("status=completed", ["Projet terminé"]),
        ("goal=capital-humain", ["Projet terminé"]),
        ("goal=human-capital", ["Projet terminé"]),
        ("programme=AFD", ["Projet terminé"]),
        ("year=2020", ["Projet terminé"]),
        ("year=2025", ["Projet en cours"]),
        ("status=ongoing&goal=interface-ville-port", ["Projet en cours"]),
    ],
)
def test_each_filter_narrows(client, projects, query, expected):
    assert titles(client.get(f"/fr/projets/?{query}")) == expected


@pytest.mark.parametrize(
    "query",
    ["status=soon", "goal=nothing", "goal=%00", "programme=Nope", "year=x", "year=1"],
)
def test_bad_values_are_form_errors(client, projects, query):
    response = client.get(f"/fr/projets/?{query}")

    assert response.status_code == 200
    assert response.context["filter"].form.errors
    assert len(response.context["projects"]) == 3


def test_a_project_page(client, homes, projects, directory):
    news_index = NewsIndexPageFactory(parent=homes["fr"])
    article = NewsArticlePageFactory(parent=news_index, title="Lancement du projet")
    public = OrganisationFactory(name="Port public", slug="port-public")
    unlisted = OrganisationFactory(name="Port discret", slug="discret", is_listed=False)
    page = projects["completed"]
    page.partner_organisations.set([public, unlisted])
    page.related_news.set([article])
    page.other_partners = "Université de Gênes\n\n  Ville de Bilbao  "
    page.results = "<p>Trois plans adoptés</p>"
    page.save_revision().publish()

    html = client.get(page.url).content.decode()

    assert 'href="/fr/membres/port-public/"' in html
    assert "Port discret" in html and "/fr/membres/discret/" not in html
    assert "<li>Université de Gênes</li>" in html and "<li>Ville de Bilbao</li>" in html
    assert "Lancement du projet" in html and "Trois plans adoptés" in html
    assert "Completed" in html or "Terminé" in html


def test_the_goal_page_shows_its_projects_in_its_language(client, projects):
    french = goals_of([8])[0]
    html = client.get(french.get_absolute_url()).content.decode()

    assert "Projet en cours" in html and "Projet terminé" in html
    assert "Brouillon" not in html and "Projet prévu" not in html
    assert f'href="/fr/projets/?goal={french.slug}"' in html
    english = client.get(goals_of([8], "en")[0].get_absolute_url())
    assert "Projet en cours" not in english.content.decode()
