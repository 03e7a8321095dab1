"""Who works on the self-diagnosis in the admin (docs/diagnosis.md):

- Editors write the questionnaire: add, change and view versions and questions;
- Moderators, who look after the member organisations, read every assessment and
  reopen a submitted one; they read the questionnaire too.

Going back removes these permissions.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GRANTS = {
    "Editors": [
        "add_questionnaire",
        "change_questionnaire",
        "view_questionnaire",
        "add_question",
        "change_question",
        "view_question",
    ],
    "Moderators": [
        "view_questionnaire",
        "view_question",
        "view_assessment",
        "reopen_assessment",
    ],
}


def _permissions(apps, codenames):
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.filter(
        content_type__app_label="diagnosis", codename__in=codenames
    )


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations; these are needed now.
    app_config = apps.get_app_config("diagnosis")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    for name, codenames in GRANTS.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*_permissions(apps, codenames))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for name, codenames in GRANTS.items():
        for group in Group.objects.filter(name=name):
            group.permissions.remove(*_permissions(apps, codenames))


class Migration(migrations.Migration):
    dependencies = [
        ("diagnosis", "0001_initial"),
        ("accounts", "0003_roles"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
