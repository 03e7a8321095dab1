"""The migration that moves order and waiting-list history into the core audit log."""

from datetime import timedelta

import pytest
from django.utils import timezone

from core.audit import audit_trail
from tests.factories import VerifiedUserFactory
from tests.migrations import migrate
from ticketing.models import WaitingListEntry
from ticketing.services import Item

BEFORE = [("ticketing", "0002_waiting_list")]
AFTER = [("ticketing", "0003_audit_log_in_core")]


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("latest_schema_after")
def test_old_log_entries_are_copied_into_the_audit_log(place, regular, venue, buyer):
    order = place(Item(ticket_type_id=regular.pk, quantity=1))
    entry = WaitingListEntry.objects.create(
        conference=regular.conference,
        ticket_type=regular,
        user=VerifiedUserFactory(email="waiting@port.example"),
        quantity=1,
    )
    at = timezone.now() - timedelta(days=30)

    old = migrate(BEFORE)
    old.get_model("ticketing", "OrderLogEntry").objects.create(
        order_id=order.pk,
        actor_id=buyer.pk,
        action="paid",
        from_state="pending",
        to_state="paid",
        data={"method": "card"},
    )
    old.get_model("ticketing", "OrderLogEntry").objects.update(created_at=at)
    old.get_model("ticketing", "WaitingListLogEntry").objects.create(
        entry_id=entry.pk, from_state="waiting", to_state="offered"
    )
    migrate(AFTER)

    copied = audit_trail(order).get(action="ticketing.order.paid")
    assert (copied.from_state, copied.to_state, copied.actor_id) == (
        "pending",
        "paid",
        buyer.pk,
    )
    assert copied.data == {"method": "card"}
    assert copied.at == at
    waiting = audit_trail(entry).get()
    assert (waiting.action, waiting.from_state, waiting.to_state) == (
        "ticketing.waitinglist.offered",
        "waiting",
        "offered",
    )
