"""The "Prize managers" role (created by accounts.0003_roles with the admin and the
choosers) gets the prize's permissions: see docs/awards.md.

They prepare editions (criteria, rounds, jury), move their timeline, screen and
decide entries, assign entries to jurors and read the ranking. Nobody deletes an
entry or a review. Going back removes these permissions.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Prize managers"
CODENAMES = [
    "add_edition",
    "change_edition",
    "view_edition",
    "view_entry",
    "screen_entry",
    "decide_entry",
    "view_assignment",
    "add_assignment",
]


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations; these are needed now.
    app_config = apps.get_app_config("awards")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=GROUP)
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="awards", codename__in=CODENAMES
        )
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name=GROUP):
        group.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="awards", codename__in=CODENAMES
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("awards", "0001_initial"),
        ("accounts", "0003_roles"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
