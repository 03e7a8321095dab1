"""The site's roles as Wagtail groups. See docs/roles.md.

Wagtail's own migrations create "Editors" and "Moderators"; they are reused here. The
courses, ticketing and awards apps add their model permissions to their groups in their
own migrations.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

ADMIN_ACCESS = ("wagtailadmin", "admin", "access_admin")
# Picking an existing image or document in a chooser (e.g. on a course page).
CHOOSERS = [
    ("wagtailimages", "image", "choose_image"),
    ("wagtaildocs", "document", "choose_document"),
]

# Group name -> permissions it gets here, as (app_label, model, codename).
ROLES = {
    "Moderators": [
        ("accounts", "organisation", "add_organisation"),
        ("accounts", "organisation", "change_organisation"),
        ("accounts", "organisation", "view_organisation"),
        ("accounts", "affiliation", "change_affiliation"),
        ("accounts", "affiliation", "view_affiliation"),
    ],
    "Course staff": [ADMIN_ACCESS, *CHOOSERS],
    "Ticketing staff": [ADMIN_ACCESS, *CHOOSERS],
    "Prize managers": [ADMIN_ACCESS, *CHOOSERS],
    # Jurors work on the public site's jury screens, never in the admin.
    "Jury": [],
}


def create_roles(apps, schema_editor):
    # Permissions are normally created after all migrations; these are needed now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, permissions in ROLES.items():
        group, _ = Group.objects.get_or_create(name=name)
        for app_label, model, codename in permissions:
            group.permissions.add(
                Permission.objects.get(
                    content_type__app_label=app_label,
                    content_type__model=model,
                    codename=codename,
                )
            )


def remove_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.filter(
        name__in=[name for name in ROLES if name != "Moderators"]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0002_organisations"),
        ("wagtailcore", "0002_initial_data"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailimages", "0023_add_choose_permissions"),
        ("wagtaildocs", "0011_add_choose_permissions"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
