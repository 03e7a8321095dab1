"""Order and waiting-list history move to the project's one audit log.

Every OrderLogEntry and WaitingListLogEntry row is copied into core.AuditEntry (with
its actor, time, states and details, under a dotted action name), then the two old
tables are dropped. Going back recreates them empty; the history stays in the audit log.
"""

from django.db import migrations


def copy_history(apps, schema_editor):
    AuditEntry = apps.get_model("core", "AuditEntry")
    ContentType = apps.get_model("contenttypes", "ContentType")
    OrderLogEntry = apps.get_model("ticketing", "OrderLogEntry")
    WaitingListLogEntry = apps.get_model("ticketing", "WaitingListLogEntry")
    order_type, _ = ContentType.objects.get_or_create(
        app_label="ticketing", model="order"
    )
    entry_type, _ = ContentType.objects.get_or_create(
        app_label="ticketing", model="waitinglistentry"
    )
    batch = []
    for row in OrderLogEntry.objects.order_by("pk").iterator():
        batch.append(
            AuditEntry(
                actor_id=row.actor_id,
                at=row.created_at,
                content_type=order_type,
                object_id=str(row.order_id),
                action=f"ticketing.order.{row.action}",
                from_state=row.from_state,
                to_state=row.to_state,
                data=row.data or {},
            )
        )
    for row in WaitingListLogEntry.objects.order_by("pk").iterator():
        batch.append(
            AuditEntry(
                actor_id=row.actor_id,
                at=row.created_at,
                content_type=entry_type,
                object_id=str(row.entry_id),
                action=f"ticketing.waitinglist.{row.to_state}",
                from_state=row.from_state,
                to_state=row.to_state,
            )
        )
    AuditEntry.objects.bulk_create(batch, batch_size=500)


class Migration(migrations.Migration):
    dependencies = [
        ("ticketing", "0002_waiting_list"),
        ("core", "0001_initial"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(copy_history, migrations.RunPython.noop, elidable=False),
        migrations.DeleteModel(name="OrderLogEntry"),
        migrations.DeleteModel(name="WaitingListLogEntry"),
    ]
