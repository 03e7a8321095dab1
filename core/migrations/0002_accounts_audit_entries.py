"""Bring the accounts app's audit entries into the one audit log, with dotted names."""

from django.db import migrations

ACTIONS = {
    "affiliation_request": "accounts.affiliation.requested",
    "affiliation_decide": "accounts.affiliation.decided",
    "affiliation_end": "accounts.affiliation.ended",
    "organisation_membership": "accounts.organisation.membership_changed",
    "account_erase": "accounts.user.erased",
}


def dotted(action: str, to_state: str) -> str:
    if action in ACTIONS:
        return ACTIONS[action]
    if action == "newsletter_consent":
        return f"accounts.newsletter_consent.{to_state or 'changed'}"
    if action.startswith("organisation_import_"):
        return f"accounts.organisation.import_{action.removeprefix('organisation_import_')}"
    if action.endswith("_admin_edit"):
        return f"accounts.{action.removesuffix('_admin_edit')}.admin_edited"
    return f"accounts.legacy.{action or 'unknown'}"


def copy_entries(apps, schema_editor):
    Old = apps.get_model("accounts", "AuditEntry")
    New = apps.get_model("core", "AuditEntry")
    New.objects.bulk_create(
        New(
            actor_id=old.actor_id,
            at=old.at,
            content_type_id=old.content_type_id,
            object_id=old.object_id,
            action=dotted(old.action, old.to_state),
            from_state=old.from_state,
            to_state=old.to_state,
            note=old.note,
        )
        for old in Old.objects.order_by("pk").iterator()
    )


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0001_initial"),
        ("accounts", "0003_roles"),
    ]

    operations = [migrations.RunPython(copy_entries, migrations.RunPython.noop)]
