"""Let Editors and Moderators maintain the news categories and the goals.

Wagtail's own migrations create both groups with page permissions (Editors
submit, Moderators publish through the "Moderators approval" workflow on the
root page) and image and document permissions; snippets are added here.
"""

from django.db import migrations

GRANTS = {
    "Editors": [("newscategory", ("add", "change"))],
    "Moderators": [
        ("newscategory", ("add", "change", "delete")),
        ("goal", ("change",)),
    ],
}


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    for group_name, grants in GRANTS.items():
        group = Group.objects.filter(name=group_name).first()
        if group is None:
            continue
        for model, actions in grants:
            content_type, _ = ContentType.objects.get_or_create(
                app_label="cms", model=model
            )
            for action in actions:
                permission, _ = Permission.objects.get_or_create(
                    content_type=content_type,
                    codename=f"{action}_{model}",
                    defaults={"name": f"Can {action} {model}"},
                )
                group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0006_contact_page"),
        ("wagtailcore", "0094_alter_page_locale"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
