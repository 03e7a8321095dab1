"""Editors maintain the synonyms; on PostgreSQL the words "did you mean" compares
with get a trigram index (docs/search.md)."""

from django.db import migrations

from core.roles import RoleGrants

ROLES = RoleGrants(
    {
        "Editors": [
            "search.add_synonym",
            "search.change_synonym",
            "search.delete_synonym",
            "search.view_synonym",
        ]
    }
)


def trigram_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "CREATE INDEX IF NOT EXISTS search_word_trigram "
            "ON search_searchword USING gin (word gin_trgm_ops)"
        )


def drop_trigram_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS search_word_trigram")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0002_synonyms_and_words"),
        ("accounts", "0003_roles"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(ROLES.grant, ROLES.revoke),
        migrations.RunPython(trigram_index, drop_trigram_index),
    ]
