"""The "Course staff" role (created by accounts.0003_roles with the admin and the
choosers) gets the courses' permissions: see docs/courses.md.

They edit promotions, move their states, start the next one, read their reports and
write to their learners (change_promotion); decide, withdraw and invite
(change_enrolment); and look at certificates. Nobody deletes an enrolment or adds
a certificate by hand. Going back removes these permissions.
"""

from django.db import migrations

from core.roles import RoleGrants

ROLES = RoleGrants(
    {
        "Course staff": [
            "courses.add_promotion",
            "courses.change_promotion",
            "courses.view_promotion",
            "courses.change_enrolment",
            "courses.view_enrolment",
            "courses.view_certificate",
            "courses.view_invitation",
        ]
    }
)


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0001_initial"),
        ("accounts", "0003_roles"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(ROLES.grant, ROLES.revoke)]
