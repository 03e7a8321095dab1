"""Editors see what visitors search (Reports → Searches) and promote pages for a
query (Settings → Promoted search results)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GRANTS = {
    "search": ["view_search_report"],
    "wagtailsearchpromotions": [
        "add_searchpromotion",
        "change_searchpromotion",
        "delete_searchpromotion",
    ],
}


def _permissions(apps):
    Permission = apps.get_model("auth", "Permission")
    found = []
    for app_label, codenames in GRANTS.items():
        found += Permission.objects.filter(
            content_type__app_label=app_label, codename__in=codenames
        )
    return found


def grant(apps, schema_editor):
    for label in GRANTS:
        app_config = apps.get_app_config(label)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    group, _ = Group.objects.get_or_create(name="Editors")
    group.permissions.add(*_permissions(apps))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name="Editors"):
        group.permissions.remove(*_permissions(apps))


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0004_search_log"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
        ("accounts", "0003_roles"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
