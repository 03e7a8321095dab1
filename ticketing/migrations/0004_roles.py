"""Ticketing's roles get their permissions: see docs/roles.md.

"Ticketing staff" (created by accounts.0003_roles with the admin and the choosers) may
look at everything ticketing holds, mark transfers paid, refund up to the refund limit,
manage vouchers, see the sales dashboard, export and check tickets in. "Door staff",
created here, may only use the check-in desk on the public site, not the admin.
Going back removes these permissions and leaves "Door staff" empty.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

# Group name -> codenames of ticketing permissions it gets here.
ROLES = {
    "Ticketing staff": [
        "view_conference",
        "view_tickettype",
        "view_quota",
        "view_voucher",
        "add_voucher",
        "change_voucher",
        "view_order",
        "change_order",
        "view_orderposition",
        "view_waitinglistentry",
        "view_stripeevent",
        "check_in",
    ],
    "Door staff": ["check_in"],
}


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations; these are needed now.
    app_config = apps.get_app_config("ticketing")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in ROLES.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="ticketing", codename__in=codenames
            )
        )


def revoke(apps, schema_editor):
    # "Door staff" stays, empty: deleting a group here trips over the historical
    # models that point to it, and granting again finds it.
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name__in=ROLES):
        group.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="ticketing", codename__in=ROLES[group.name]
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("ticketing", "0003_audit_log_in_core"),
        ("accounts", "0004_audit_moves_to_core"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="order",
            options={
                "ordering": ["-created_at"],
                "permissions": [("refund_any_amount", "Can refund any amount")],
                "verbose_name": "order",
                "verbose_name_plural": "orders",
            },
        ),
        migrations.AlterModelOptions(
            name="orderposition",
            options={
                "ordering": ["order", "pk"],
                "permissions": [("check_in", "Can check tickets in at the door")],
                "verbose_name": "ticket",
                "verbose_name_plural": "tickets",
            },
        ),
        migrations.RunPython(grant, revoke),
    ]
