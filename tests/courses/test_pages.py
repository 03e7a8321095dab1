"""Course pages in the sitemap, on the goal pages, and lessons kept out of both."""

import pytest

from cms.models import Goal

pytestmark = pytest.mark.django_db


def test_the_course_is_in_the_sitemap_and_its_lessons_are_not(client, course):
    sitemap = client.get("/sitemap.xml").content.decode()
    assert course["course"].full_url in sitemap
    assert "lecon-1-1" not in sitemap


def test_a_goal_page_lists_the_courses_that_teach_it(client, course):
    goal = Goal.objects.get(number=8, locale__language_code="fr")
    course["course"].goals.add(goal)
    course["course"].save_revision().publish()
    page = client.get(goal.get_absolute_url()).content.decode()
    assert "La ville portuaire durable" in page


def test_a_lesson_asks_search_engines_not_to_index_it(client, course, learner):
    client.force_login(learner.learner)
    page = client.get(course["lessons"][0].url).content.decode()
    assert '<meta name="robots" content="noindex">' in page
    assert client.get(course["lessons"][0].url)["Cache-Control"] == "private, no-store"


def test_a_module_address_leads_to_its_place_in_the_outline(client, course):
    response = client.get(course["modules"][0].url)
    assert response.status_code == 302
    assert response["Location"].endswith(f"#module-{course['modules'][0].pk}")


def test_a_learner_is_not_offered_the_promotion_they_follow(client, course, learner):
    promotion = learner.promotion
    promotion.state = promotion.State.RUNNING
    promotion.save()
    client.force_login(learner.learner)

    page = client.get(course["en"][course["course"].pk].url).content.decode()

    assert "Your progress" in page
    assert 'id="enrol"' not in page  # no "Enrol" panel, empty or not
