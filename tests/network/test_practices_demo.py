"""The demo practices, projects and partners: loaded twice unchanged, in the sitemap."""

import io

from cms.models import Goal
from network import demo_practices
from network.models import (
    GoodPracticePage,
    Partner,
    PartnersPage,
    ProjectIndexPage,
    ProjectPage,
)


def test_the_demo_is_idempotent(demo):
    demo_practices.load(io.StringIO())

    assert GoodPracticePage.objects.live().count() == 36
    assert ProjectPage.objects.live().count() == 9
    assert Partner.objects.count() == 6
    assert ProjectIndexPage.objects.count() == PartnersPage.objects.count() == 3


def test_the_demo_covers_every_goal_in_every_language(demo):
    for language in ("fr", "en", "es"):
        practices = GoodPracticePage.objects.filter(locale__language_code=language)
        numbers = set(practices.values_list("goals__number", flat=True))
        assert numbers == set(range(1, 11)), language
        assert not practices.filter(measures=None).exists()


def test_the_demo_projects_are_planned_ongoing_and_completed(demo):
    projects = ProjectPage.objects.filter(locale__language_code="en")

    assert sorted(project.status for project in projects) == [
        "completed",
        "ongoing",
        "planned",
    ]


def test_the_pages_answer_and_are_in_the_sitemap(client, demo):
    for url in [
        "/fr/bonnes-pratiques/",
        "/en/good-practices/le-havre-port-center/",
        "/es/buenas-practicas/",
        "/fr/projets/",
        "/en/projects/plug-in-ports/",
        "/es/proyectos/",
        "/fr/partenaires/",
        "/en/partners/",
        "/es/socios/",
        "/en/about/",
    ]:
        assert client.get(url).status_code == 200, url
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "/en/good-practices/hamburg-hafencity/</loc>" in sitemap
    assert "/es/proyectos/</loc>" in sitemap
    assert "/fr/partenaires/</loc>" in sitemap


def test_the_goal_pages_show_both_sections(client, demo):
    goal = Goal.objects.get(number=8, locale__language_code="es")
    html = client.get(goal.get_absolute_url()).content.decode()

    assert "HafenCity en Hamburgo" in html
    assert "INTERFACES: repensar" in html
    assert "HafenCity in Hamburg" not in html
