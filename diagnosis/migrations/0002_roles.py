"""Who works on the self-diagnosis in the admin (docs/diagnosis.md):

- Editors write the questionnaire: add, change and view versions and questions;
- Moderators, who look after the member organisations, read every assessment and
  reopen a submitted one; they read the questionnaire too.

Going back removes these permissions.
"""

from django.db import migrations

from core.roles import RoleGrants

ROLES = RoleGrants(
    {
        "Editors": [
            "diagnosis.add_questionnaire",
            "diagnosis.change_questionnaire",
            "diagnosis.view_questionnaire",
            "diagnosis.add_question",
            "diagnosis.change_question",
            "diagnosis.view_question",
        ],
        "Moderators": [
            "diagnosis.view_questionnaire",
            "diagnosis.view_question",
            "diagnosis.view_assessment",
            "diagnosis.reopen_assessment",
        ],
    }
)


class Migration(migrations.Migration):
    dependencies = [
        ("diagnosis", "0001_initial"),
        ("accounts", "0003_roles"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(ROLES.grant, ROLES.revoke)]
