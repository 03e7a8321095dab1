"""The "Self-diagnosis reviewers" role: the experts staff appoint to review
submitted assessments. They read every assessment and write reviews; moderators
write reviews too. Going back removes the permissions (and keeps the group)."""

from django.db import migrations

from core.roles import RoleGrants

ROLES = RoleGrants(
    {
        "Self-diagnosis reviewers": [
            "wagtailadmin.access_admin",
            "diagnosis.view_assessment",
            "diagnosis.view_questionnaire",
            "diagnosis.view_question",
            "diagnosis.add_expertreview",
            "diagnosis.change_expertreview",
            "diagnosis.view_expertreview",
        ],
        "Moderators": [
            "diagnosis.add_expertreview",
            "diagnosis.change_expertreview",
            "diagnosis.view_expertreview",
        ],
    }
)


class Migration(migrations.Migration):
    dependencies = [
        ("diagnosis", "0003_expert_review"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(ROLES.grant, ROLES.revoke)]
