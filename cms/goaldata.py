"""The Agenda 2030 as the project ships it, written into the models it is given.

The facts live in ``cms/data/agenda2030.json``: the 10 goals and their 46 measures in
French, English and Spanish. The data migrations pass their historical models and
``goals_ensure`` the current ones, so both write the same records. A goal's records
share one translation key in every language, and so does each measure.
"""

import json
import uuid
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "agenda2030.json"
# The namespace of the first data migration: keys never change.
NAMESPACE = uuid.UUID("0c6f4d8e-9a61-4b1e-8f5d-3b2a1c0e2030")
LANGUAGES = ("fr", "en", "es")


def goals_data() -> list[dict]:
    return json.loads(DATA.read_text(encoding="utf-8"))["goals"]


def goal_key(item: dict) -> uuid.UUID:
    # "slug" is the goal's permanent key (its English slug when it was created).
    return uuid.uuid5(NAMESPACE, item["slug"])


def measure_key(item: dict, measure: dict) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, f"{item['slug']}/{measure['number']}")


def add_measures(goal, item: dict, *, measure_model) -> int:
    """Give ``goal`` the measures of ``item`` it lacks; return how many were added."""
    language = goal.locale.language_code
    existing = set(
        measure_model.objects.filter(goal=goal).values_list("number", flat=True)
    )
    added = [
        measure_model(
            goal=goal,
            locale_id=goal.locale_id,
            translation_key=measure_key(item, measure),
            number=measure["number"],
            sort_order=measure["number"],
            title=measure["title"][language],
            text=measure["text"][language],
        )
        for measure in item.get("measures", [])
        if measure["number"] not in existing
    ]
    measure_model.objects.bulk_create(added)
    return len(added)


def create_goals(*, goal_model, measure_model, locale_model) -> int:
    """Create every missing goal, with its measures; return how many goals were made.

    Goals that exist are left alone, with their measures: editors may have changed
    or removed them.
    """
    created = 0
    items = goals_data()
    for locale in locale_model.objects.filter(language_code__in=LANGUAGES):
        language = locale.language_code
        for item in items:
            goal, was_created = goal_model.objects.get_or_create(
                locale=locale,
                number=item["number"],
                defaults={
                    "translation_key": goal_key(item),
                    "slug": item["slugs"][language],
                    "title": item["title"][language],
                    "short_text": item["short_text"][language],
                    "colour": item["colour"],
                    "icon": item["icon"],
                },
            )
            if was_created:
                created += 1
                add_measures(goal, item, measure_model=measure_model)
    return created
