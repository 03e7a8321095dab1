"""PostgreSQL's side of the search: accent folding, trigrams and one text-search
configuration per language of the site (``aivp_fr``, ``aivp_en``, ``aivp_es``).

Each configuration copies the language's own and puts ``unaccent`` before its
stemmer, so "énergie", "energie" and "énergies" give the same lexeme. ``f_unaccent``
is the immutable wrapper Wagtail's fuzzy search (and trigram indexes) call. On
another database this migration does nothing.
"""

from django.db import migrations

LANGUAGES = {"fr": "french", "en": "english", "es": "spanish"}


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    execute = schema_editor.execute
    execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    execute(
        "CREATE OR REPLACE FUNCTION f_unaccent(text) RETURNS text "
        "LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS "
        "$func$ SELECT public.unaccent('public.unaccent', $1) $func$"
    )
    for code, language in LANGUAGES.items():
        name = f"aivp_{code}"
        execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")
        execute(
            f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = pg_catalog.{language})"
        )
        execute(
            f"ALTER TEXT SEARCH CONFIGURATION {name} ALTER MAPPING FOR "
            f"hword, hword_part, word WITH public.unaccent, {language}_stem"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for code in LANGUAGES:
        schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS aivp_{code}")


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [migrations.RunPython(create, drop)]
