"""Create the 10 Agenda 2030 goals in French, English and Spanish.

The facts live in cms/data/agenda2030.json; each goal's three records share one
translation key, so they are translations of each other. Running it again (or on a
database where editors have already changed the texts) changes nothing.
"""

import json
import uuid
from pathlib import Path

from django.db import migrations

DATA = Path(__file__).resolve().parent.parent / "data" / "agenda2030.json"
GOALS_NAMESPACE = uuid.UUID("0c6f4d8e-9a61-4b1e-8f5d-3b2a1c0e2030")


def load_goals(apps, schema_editor):
    Goal = apps.get_model("cms", "Goal")
    Locale = apps.get_model("wagtailcore", "Locale")
    goals = json.loads(DATA.read_text(encoding="utf-8"))["goals"]
    for locale in Locale.objects.filter(language_code__in=("fr", "en", "es")):
        language = locale.language_code
        for goal in goals:
            Goal.objects.get_or_create(
                locale=locale,
                number=goal["number"],
                defaults={
                    "translation_key": uuid.uuid5(GOALS_NAMESPACE, goal["slug"]),
                    "slug": goal["slug"],
                    "title": goal["title"][language],
                    "short_text": goal["short_text"][language],
                    "colour": goal["colour"],
                    "icon": goal["icon"],
                },
            )


class Migration(migrations.Migration):
    dependencies = [("cms", "0003_editorial_core")]

    operations = [migrations.RunPython(load_goals, migrations.RunPython.noop)]
