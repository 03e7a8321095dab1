"""The "Course staff" role (created by accounts.0003_roles with the admin and the
choosers) gets the courses' permissions: see docs/courses.md.

They edit promotions, move their states, start the next one, read their reports and
write to their learners (change_promotion); decide, withdraw and invite
(change_enrolment); and look at certificates. Nobody deletes an enrolment or adds
a certificate by hand. Going back removes these permissions.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Course staff"
CODENAMES = [
    "add_promotion",
    "change_promotion",
    "view_promotion",
    "change_enrolment",
    "view_enrolment",
    "view_certificate",
    "view_invitation",
]


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations; these are needed now.
    app_config = apps.get_app_config("courses")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=GROUP)
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="courses", codename__in=CODENAMES
        )
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name=GROUP):
        group.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="courses", codename__in=CODENAMES
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0001_initial"),
        ("accounts", "0003_roles"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
