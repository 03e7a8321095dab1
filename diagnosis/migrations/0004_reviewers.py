"""The "Self-diagnosis reviewers" role: the experts staff appoint to review
submitted assessments. They read every assessment and write reviews; moderators
write reviews too. Going back removes the permissions (and keeps the group)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GRANTS = {
    "Self-diagnosis reviewers": [
        "access_admin",
        "view_assessment",
        "view_questionnaire",
        "view_question",
        "add_expertreview",
        "change_expertreview",
        "view_expertreview",
    ],
    "Moderators": ["add_expertreview", "change_expertreview", "view_expertreview"],
}


def _permissions(apps, codenames):
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.filter(
        content_type__app_label__in=["diagnosis", "wagtailadmin"],
        codename__in=codenames,
    )


def grant(apps, schema_editor):
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
        ("diagnosis", "0003_expert_review"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
