"""Ticketing's mails move to the site's one outbox (core.OutboxMessage).

Every ticketing.Outbox row becomes an outbox row with the key
``ticketing.order.<order>.<kind>``, so "once per order and kind" stays enforced by the
unique key: sent rows keep their time, unsent ones are pending and their whole mail
(text and PDFs) is rendered at the first send attempt. A waiting-list offer not yet
mailed becomes a pending row keyed ``ticketing.waitinglist.<entry>.offer``. Then the
old table and the entry's "offer e-mailed at" stamp are dropped. "Ticketing staff"
get the permission to see and retry outgoing e-mails (docs/roles.md).

Going back recreates the table and the stamp empty; the mails stay in the outbox.
"""

from email.utils import make_msgid

from django.conf import settings
from django.contrib.auth.management import create_permissions
from django.db import migrations


def _row(OutboxMessage, *, key, source, email, language, renderer, args, created):
    return OutboxMessage(
        message_id=make_msgid(domain=settings.OUTBOX_MESSAGE_ID_DOMAIN),
        source=source,
        idempotency_key=key,
        language=language or "",
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[email],
        recipients=email.lower(),
        renderer=renderer,
        render_args=args,
        created_at=created,
        next_attempt_at=created,
    )


def move_mail(apps, schema_editor):
    Outbox = apps.get_model("ticketing", "Outbox")
    WaitingListEntry = apps.get_model("ticketing", "WaitingListEntry")
    OutboxMessage = apps.get_model("core", "OutboxMessage")
    rows = []
    for old in Outbox.objects.select_related("order__buyer").order_by("pk"):
        row = _row(
            OutboxMessage,
            key=f"ticketing.order.{old.order_id}.{old.kind}",
            source=f"ticketing.order.{old.kind}",
            email=old.order.buyer.email,
            language=old.order.language,
            renderer="ticketing.order_mail",
            args={"order": old.order_id, "kind": old.kind},
            created=old.created_at,
        )
        if old.sent_at:
            row.state = "sent"
            row.sent_at = old.sent_at
            row.attempts = 1
        rows.append(row)
    offers = WaitingListEntry.objects.filter(
        state="offered", offer_mailed_at__isnull=True
    ).select_related("user")
    for entry in offers.order_by("pk"):
        rows.append(
            _row(
                OutboxMessage,
                key=f"ticketing.waitinglist.{entry.pk}.offer",
                source="ticketing.waitinglist.offer",
                email=entry.user.email,
                language="",
                renderer="ticketing.waiting_list_offer",
                args={"entry": entry.pk},
                created=entry.offered_at,
            )
        )
    OutboxMessage.objects.bulk_create(rows, batch_size=500)


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations; this one is needed now.
    app_config = apps.get_app_config("core")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="Ticketing staff")
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="core", codename="manage_outbox"
        )
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name="Ticketing staff"):
        group.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="core", codename="manage_outbox"
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("ticketing", "0006_group_requests"),
        ("core", "0003_outbox"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(move_mail, migrations.RunPython.noop, elidable=False),
        migrations.RunPython(grant, revoke),
        migrations.RemoveField(model_name="waitinglistentry", name="offer_mailed_at"),
        migrations.DeleteModel(name="Outbox"),
    ]
