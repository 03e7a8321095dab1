"""The migration that moves ticketing's outbox into the site's one outbox."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from core.models import OutboxMessage
from core.tasks import send_outbox_message
from tests.factories import VerifiedUserFactory
from tests.migrations import migrate, migrate_to_latest
from ticketing.models import WaitingListEntry
from ticketing.services import Item

BEFORE = [("ticketing", "0006_group_requests")]
AFTER = [("ticketing", "0007_outbox_to_core")]


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("latest_schema_after")
def test_old_outbox_rows_become_outbox_messages_once_per_order_and_kind(
    place, regular, venue, buyer
):
    paid = place(Item(ticket_type_id=regular.pk, quantity=1))
    transfer = place(Item(ticket_type_id=regular.pk, quantity=1))
    waiting = VerifiedUserFactory(email="waiting@port.example")
    sent_at = timezone.now() - timedelta(days=3)

    old = migrate(BEFORE)
    Outbox = old.get_model("ticketing", "Outbox")
    Outbox.objects.create(order_id=paid.pk, kind="confirmation", sent_at=sent_at)
    Outbox.objects.create(order_id=transfer.pk, kind="bank_transfer")
    now = timezone.now()
    entry = old.get_model("ticketing", "WaitingListEntry").objects.create(
        conference_id=regular.conference_id,
        ticket_type_id=regular.pk,
        user_id=waiting.pk,
        quantity=1,
        state="offered",
        offered_at=now,
        offer_expires_at=now + timedelta(hours=24),
    )
    migrate(AFTER)

    rows = {row.idempotency_key: row for row in OutboxMessage.objects.all()}
    assert set(rows) == {
        f"ticketing.order.{paid.pk}.confirmation",
        f"ticketing.order.{transfer.pk}.bank_transfer",
        f"ticketing.waitinglist.{entry.pk}.offer",
    }
    done = rows[f"ticketing.order.{paid.pk}.confirmation"]
    assert done.state == "sent" and done.sent_at == sent_at
    assert done.to == [buyer.email]

    # The mails not yet sent are rendered whole at their first attempt, by the
    # current code: on the current schema.
    migrate_to_latest()
    for key in (
        f"ticketing.order.{transfer.pk}.bank_transfer",
        f"ticketing.waitinglist.{entry.pk}.offer",
    ):
        assert send_outbox_message(rows[key].pk) == "sent"
    transfer_mail, offer_mail = mail.outbox
    assert transfer.code in transfer_mail.subject
    assert [a[0] for a in transfer_mail.attachments] == [
        f"pro-forma-{transfer.code}.pdf"
    ]
    assert offer_mail.to == ["waiting@port.example"] and "Regular" in offer_mail.subject
    assert WaitingListEntry.objects.get(pk=entry.pk).state == "offered"
