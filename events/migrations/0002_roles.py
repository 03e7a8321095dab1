"""Editors, who publish the agenda, organise its registrations: they open and
change them and see and update the registrants (docs/events.md). Going back
removes these permissions."""

from django.db import migrations

from core.roles import RoleGrants

ROLES = RoleGrants(
    {
        "Editors": [
            "events.add_registration",
            "events.change_registration",
            "events.view_registration",
            "events.change_registrant",
            "events.view_registrant",
        ]
    }
)


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0001_initial"),
        ("accounts", "0003_roles"),
    ]

    operations = [migrations.RunPython(ROLES.grant, ROLES.revoke)]
