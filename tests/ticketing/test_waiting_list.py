"""The waiting list of a sold-out ticket type: strict order, kept places, expiry."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from core.audit import audit_trail
from core.models import AuditEntry, OutboxMessage
from core.tasks import send_outbox_message
from tests.factories import UserFactory, VerifiedUserFactory
from ticketing.exceptions import TicketingError
from ticketing.models import Order, WaitingListEntry
from ticketing.selectors import ticket_type_available
from ticketing.services import (
    Item,
    order_mark_paid,
    refund_create,
    waiting_list_cancel,
    waiting_list_join,
    waiting_list_offer_next,
    waiting_list_sweep,
)


@pytest.fixture
def small_venue(venue):
    venue.capacity = 3
    venue.save()
    return venue


@pytest.fixture
def sold_out(place, small_venue, regular):
    """The three places are sold by bank transfer to the default buyer."""
    return place(
        Item(ticket_type_id=regular.pk, quantity=3), payment_method="bank_transfer"
    )


@pytest.fixture
def staff(db):
    return UserFactory(is_staff=True, is_superuser=True)


def person(n: int):
    return VerifiedUserFactory(email=f"waiting{n}@port.example")


def test_joining_is_refused_while_places_are_left(regular, small_venue):
    with pytest.raises(TicketingError) as error:
        waiting_list_join(user=person(1), ticket_type=regular, quantity=1)
    assert error.value.code == "not_sold_out"
    assert "buy" in str(error.value.message)
    assert not WaitingListEntry.objects.exists()


def test_joining_needs_a_verified_address(sold_out, regular):
    with pytest.raises(TicketingError) as error:
        waiting_list_join(user=UserFactory(), ticket_type=regular, quantity=1)
    assert error.value.code == "unverified"


def test_one_live_entry_per_person_and_type(sold_out, regular):
    someone = person(1)
    waiting_list_join(user=someone, ticket_type=regular, quantity=1)
    with pytest.raises(TicketingError) as error:
        waiting_list_join(user=someone, ticket_type=regular, quantity=2)
    assert error.value.code == "duplicate"
    assert WaitingListEntry.objects.count() == 1
    logged = AuditEntry.objects.filter(action__startswith="ticketing.waitinglist.")
    assert logged.get().to_state == "waiting"


def test_the_head_of_the_line_is_never_skipped(
    sold_out, regular, staff, django_capture_on_commit_callbacks
):
    now = timezone.now()
    first = waiting_list_join(user=person(1), ticket_type=regular, quantity=2, now=now)
    second = waiting_list_join(
        user=person(2), ticket_type=regular, quantity=1, now=now + timedelta(seconds=1)
    )
    order_mark_paid(order=sold_out, actor=staff)

    # One place returns: the first person wants two, so nobody is offered yet.
    with django_capture_on_commit_callbacks(execute=True):
        refund_create(
            order=sold_out, actor=staff, positions=[sold_out.positions.first()]
        )
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.state == second.state == WaitingListEntry.State.WAITING

    # A second place returns: the first person is offered both.
    with django_capture_on_commit_callbacks(execute=True):
        refund_create(
            order=sold_out,
            actor=staff,
            positions=[sold_out.positions.filter(cancelled_at__isnull=True).first()],
        )
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.state == WaitingListEntry.State.OFFERED
    assert second.state == WaitingListEntry.State.WAITING


def test_an_offer_keeps_its_places_from_everybody_else(sold_out, regular, place):
    now = timezone.now()
    offered = person(1)
    entry = waiting_list_join(user=offered, ticket_type=regular, quantity=2, now=now)
    sold_out.expires_at = now - timedelta(seconds=1)
    sold_out.save()

    assert waiting_list_offer_next(ticket_type=regular, now=now) == entry
    entry.refresh_from_db()
    assert entry.offer_expires_at == now + timedelta(hours=24)

    assert ticket_type_available(ticket_type=regular, on=now) == 1
    assert ticket_type_available(ticket_type=regular, on=now, for_user=offered) == 3
    with pytest.raises(TicketingError) as error:
        place(Item(ticket_type_id=regular.pk, quantity=2), buyer=person(2), now=now)
    assert error.value.code == "sold_out"

    order = place(Item(ticket_type_id=regular.pk, quantity=2), buyer=offered, now=now)
    assert order.positions.count() == 2
    entry.refresh_from_db()
    assert entry.state == WaitingListEntry.State.ACCEPTED
    # The places are now held by the order, not counted twice.
    assert ticket_type_available(ticket_type=regular, on=now) == 1


def test_an_expired_offer_passes_to_the_next_person(sold_out, regular):
    now = timezone.now()
    first = waiting_list_join(user=person(1), ticket_type=regular, quantity=3, now=now)
    second = waiting_list_join(
        user=person(2), ticket_type=regular, quantity=3, now=now + timedelta(seconds=1)
    )
    sold_out.expires_at = now
    sold_out.save()

    assert waiting_list_sweep(now=now + timedelta(minutes=1)) == 1
    first.refresh_from_db()
    assert first.state == WaitingListEntry.State.OFFERED

    later = now + timedelta(hours=25)
    assert waiting_list_sweep(now=later) == 1
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.state == WaitingListEntry.State.EXPIRED
    assert second.state == WaitingListEntry.State.OFFERED
    assert list(
        audit_trail(first).order_by("at", "pk").values_list("to_state", flat=True)
    ) == [
        "waiting",
        "offered",
        "expired",
    ]


def test_a_refund_offers_the_places_and_sends_one_mail(
    sold_out, regular, staff, django_capture_on_commit_callbacks
):
    waiting = person(1)
    entry = waiting_list_join(user=waiting, ticket_type=regular, quantity=1)
    order_mark_paid(order=sold_out, actor=staff)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        refund_create(
            order=sold_out, actor=staff, positions=[sold_out.positions.first()]
        )

    entry.refresh_from_db()
    assert entry.state == WaitingListEntry.State.OFFERED
    offers = [m for m in mail.outbox if m.to == [waiting.email]]
    assert len(offers) == 1
    assert "Regular" in offers[0].subject
    assert f"/tickets/{sold_out.conference.slug}/" in offers[0].body
    # Running the task again sends nothing more.
    row = OutboxMessage.objects.get(
        idempotency_key=f"ticketing.waitinglist.{entry.pk}.offer"
    )
    assert send_outbox_message(row.pk) == "skipped"
    assert len([m for m in mail.outbox if m.to == [waiting.email]]) == 1


def test_an_expired_order_offers_its_places(
    sold_out, regular, django_capture_on_commit_callbacks
):
    from ticketing.services import order_expire

    entry = waiting_list_join(user=person(1), ticket_type=regular, quantity=3)
    with django_capture_on_commit_callbacks(execute=True):
        order_expire(order=sold_out, now=sold_out.expires_at + timedelta(seconds=1))
    sold_out.refresh_from_db()
    assert sold_out.state == Order.State.EXPIRED
    entry.refresh_from_db()
    assert entry.state == WaitingListEntry.State.OFFERED


def test_cancelling_an_entry_leaves_the_line(sold_out, regular):
    someone = person(1)
    entry = waiting_list_join(user=someone, ticket_type=regular, quantity=1)
    waiting_list_cancel(entry=entry, actor=someone)
    entry.refresh_from_db()
    assert entry.state == WaitingListEntry.State.CANCELLED
    # A cancelled entry no longer blocks joining again.
    waiting_list_join(user=someone, ticket_type=regular, quantity=1)


def test_buying_fewer_than_offered_passes_the_rest_on(
    sold_out, regular, place, django_capture_on_commit_callbacks
):
    now = timezone.now()
    offered = person(1)
    entry = waiting_list_join(user=offered, ticket_type=regular, quantity=2, now=now)
    second = waiting_list_join(
        user=person(2), ticket_type=regular, quantity=1, now=now + timedelta(seconds=1)
    )
    sold_out.expires_at = now - timedelta(seconds=1)
    sold_out.save()
    # Only two of the three free places are offered; keep one taken.
    place(Item(ticket_type_id=regular.pk, quantity=1), buyer=person(3), now=now)
    waiting_list_offer_next(ticket_type=regular, now=now)

    with django_capture_on_commit_callbacks(execute=True):
        place(Item(ticket_type_id=regular.pk, quantity=1), buyer=offered)

    entry.refresh_from_db()
    second.refresh_from_db()
    assert entry.state == WaitingListEntry.State.ACCEPTED
    assert second.state == WaitingListEntry.State.OFFERED


def test_joining_respects_the_per_order_bounds(sold_out, regular):
    regular.max_per_order = 4
    regular.save()
    with pytest.raises(TicketingError) as error:
        waiting_list_join(user=person(1), ticket_type=regular, quantity=5)
    assert error.value.code == "quantity"
