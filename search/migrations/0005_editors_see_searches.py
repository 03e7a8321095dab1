"""Editors see what visitors search (Reports → Searches) and promote pages for a
query (Settings → Promoted search results)."""

from django.db import migrations

from core.roles import RoleGrants

ROLES = RoleGrants(
    {
        "Editors": [
            "search.view_search_report",
            "wagtailsearchpromotions.add_searchpromotion",
            "wagtailsearchpromotions.change_searchpromotion",
            "wagtailsearchpromotions.delete_searchpromotion",
        ]
    }
)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0004_search_log"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
        ("accounts", "0003_roles"),
    ]

    operations = [migrations.RunPython(ROLES.grant, ROLES.revoke)]
