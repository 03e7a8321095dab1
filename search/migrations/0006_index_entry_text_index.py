"""On PostgreSQL, a GIN index on the index entries' whole text (title and body),
the expression the search matches: a query for a word few pages use reads the
index instead of every entry (docs/search.md)."""

from django.db import migrations


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "CREATE INDEX IF NOT EXISTS search_indexentry_text "
            "ON wagtailsearch_indexentry USING gin ((title || body))"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS search_indexentry_text")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0005_editors_see_searches"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create_index, drop_index)]
