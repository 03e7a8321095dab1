"""The "Prize managers" role (created by accounts.0003_roles with the admin and the
choosers) gets the prize's permissions: see docs/awards.md.

They prepare editions (criteria, rounds, jury), move their timeline, screen and
decide entries, assign entries to jurors and read the ranking. Nobody deletes an
entry or a review. Going back removes these permissions.
"""

from django.db import migrations

from core.roles import RoleGrants

ROLES = RoleGrants(
    {
        "Prize managers": [
            "awards.add_edition",
            "awards.change_edition",
            "awards.view_edition",
            "awards.view_entry",
            "awards.screen_entry",
            "awards.decide_entry",
            "awards.view_assignment",
            "awards.add_assignment",
        ]
    }
)


class Migration(migrations.Migration):
    dependencies = [
        ("awards", "0001_initial"),
        ("accounts", "0003_roles"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(ROLES.grant, ROLES.revoke)]
