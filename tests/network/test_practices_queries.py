"""Practices, projects and partners cost the same queries at 3 and at 15 items."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.models import NewsArticlePage
from network.models import Partner
from tests.cms.factories import (
    ImageFactory,
    NewsArticlePageFactory,
    NewsIndexPageFactory,
)
from tests.factories import OrganisationFactory
from tests.network.practice_fixtures import (
    goals_of,
    make_practice,
    make_project,
    measure,
)

pytestmark = pytest.mark.django_db


def queries(client, url: str) -> int:
    client.get(url)  # caches warmed (site, locales, settings, renditions)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


def add_practices(index, count: int, start: int = 0) -> None:
    for number in range(start, start + count):
        make_practice(
            index,
            f"Pratique {number:02}",
            goals=[8, 1 + number % 10],
            measures=[measure(8, 1)],
            hero_image=ImageFactory(),
        )


def add_projects(index, count: int, start: int = 0) -> None:
    for number in range(start, start + count):
        make_project(
            index,
            f"Projet {number:02}",
            goals=[8, 1 + number % 10],
            hero_image=ImageFactory(),
        )


def test_the_practice_index_and_goal_page(client, practice_index):
    goal = goals_of([8])[0].get_absolute_url()
    add_practices(practice_index["fr"], 3)
    small = [queries(client, "/fr/bonnes-pratiques/"), queries(client, goal)]
    add_practices(practice_index["fr"], 12, start=3)
    large = [queries(client, "/fr/bonnes-pratiques/"), queries(client, goal)]

    assert small == large, (small, large)
    assert large[0] <= 30


def test_the_goal_page_sections_cost_a_few_queries(client, homes, practice_index):
    goal = goals_of([8])[0].get_absolute_url()
    without = queries(client, goal)
    add_practices(practice_index["fr"], 3)

    # The practices, their goals, images and renditions, the goals of the
    # language, the index's address.
    assert queries(client, goal) - without <= 8


def test_a_practice_page(client, practice_index):
    page = make_practice(practice_index["fr"], "La pratique", goals=[8])

    def grow(count):
        page.goals.set(goals_of(range(1, 1 + count)))
        page.measures.set([measure(8, n) for n in range(1, 1 + min(count, 5))])
        page.gallery_images.clear()
        for _ in range(count):
            page.gallery_images.add(
                page.gallery_images.model(image=ImageFactory(), caption="Un quai")
            )
        page.contact_organisation = OrganisationFactory()
        page.save_revision().publish()

    grow(2)
    small = queries(client, page.url)
    grow(8)
    large = queries(client, page.url)

    assert small == large, (small, large)


def test_the_project_index_and_a_project(client, homes, project_index):
    news_index = NewsIndexPageFactory(parent=homes["fr"])
    news = [NewsArticlePageFactory(parent=news_index) for _ in range(6)]
    add_projects(project_index["fr"], 3)
    project = make_project(
        project_index["fr"],
        "Le projet",
        relations={
            "partner_organisations": [OrganisationFactory() for _ in range(2)],
            "related_news": news[:1],
        },
    )
    small = [queries(client, "/fr/projets/"), queries(client, project.url)]
    add_projects(project_index["fr"], 12, start=3)
    project.partner_organisations.set([OrganisationFactory() for _ in range(8)])
    project.related_news.set(NewsArticlePage.objects.all())
    project.save_revision().publish()
    large = [queries(client, "/fr/projets/"), queries(client, project.url)]

    assert small == large, (small, large)


def test_the_partners_page(client, partners_page):
    def add(count, start=0):
        for number in range(start, start + count):
            Partner.objects.create(
                name=f"Partner {number}",
                kind=("institutional", "programme", "media")[number % 3],
                logo=ImageFactory(),
            )

    add(3)
    small = queries(client, "/fr/partenaires/")
    add(12, start=3)
    large = queries(client, "/fr/partenaires/")

    assert small == large, (small, large)
