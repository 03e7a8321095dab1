"""The migration that gives goals their own slug per language and their measures."""

import pytest

from cms.services import goals_ensure
from tests.migrations import migrate

BEFORE = [("cms", "0008_footer_newsletter_help")]
AFTER = [("cms", "0009_goal_measures_and_local_slugs")]


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("wagtail_baseline", "latest_schema_after")
def test_goals_get_their_languages_slug_and_measures_and_edited_slugs_stay():
    goals_ensure()  # a transactional test before this one may have emptied the table
    old = migrate(BEFORE)
    Goal = old.get_model("cms", "Goal")
    assert set(Goal.objects.filter(number=8).values_list("slug", flat=True)) == {
        "port-city-interface"
    }
    Goal.objects.filter(number=3, locale__language_code="fr").update(
        slug="mobilite-a-la-francaise"
    )

    new = migrate(AFTER)

    Goal = new.get_model("cms", "Goal")
    slugs = {
        (g.number, g.locale.language_code): g.slug
        for g in Goal.objects.select_related("locale").filter(number__in=(3, 8))
    }
    assert slugs == {
        (8, "fr"): "interface-ville-port",
        (8, "en"): "port-city-interface",
        (8, "es"): "interfaz-ciudad-puerto",
        (3, "fr"): "mobilite-a-la-francaise",  # chosen by an editor: kept
        (3, "en"): "sustainable-mobility",
        (3, "es"): "movilidad-sostenible",
    }
    GoalMeasure = new.get_model("cms", "GoalMeasure")
    assert GoalMeasure.objects.count() == 46 * 3
    keys = GoalMeasure.objects.values_list("translation_key", flat=True)
    assert len(set(keys)) == 46
