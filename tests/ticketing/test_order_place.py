"""Placing an order: the server's prices and places win over anything posted."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core import mail
from django.utils import timezone

from tests.factories import (
    AffiliationFactory,
    ConferenceFactory,
    QuotaFactory,
    TicketTypeFactory,
    UserFactory,
    VoucherFactory,
)
from ticketing.exceptions import TicketingError
from ticketing.models import Order, OrderPosition, Payment
from ticketing.selectors import (
    buyer_may_buy,
    order_history,
    quota_available,
    ticket_types_on_sale,
)
from ticketing.services import Item, order_expire, orders_expire_overdue
from ticketing.tasks import expire_orders

pytestmark = pytest.mark.django_db


def refused(place, code, *items, **overrides) -> TicketingError:
    with pytest.raises(TicketingError) as caught:
        place(*items, **overrides)
    assert caught.value.code == code
    assert Order.objects.count() == 0
    assert OrderPosition.objects.count() == 0
    return caught.value


def test_an_order_holds_its_tickets_at_the_servers_price(place, regular, venue):
    now = timezone.now()
    order = place(
        Item(ticket_type_id=regular.pk, quantity=2, unit_price=Decimal("1464.00")),
        now=now,
    )

    assert order.state == Order.State.PENDING
    assert order.expires_at == now + timedelta(minutes=30)
    assert (order.total_excl_vat, order.total_vat, order.total) == (
        Decimal("2440.00"),
        Decimal("488.00"),
        Decimal("2928.00"),
    )
    positions = list(order.positions.all())
    assert [p.attendee_name for p in positions] == ["Delegate 0", "Delegate 1"]
    assert {(p.price_excl_vat, p.vat, p.price) for p in positions} == {
        (Decimal("1220.00"), Decimal("244.00"), Decimal("1464.00"))
    }
    assert len({p.secret for p in positions}) == 2
    assert all(len(p.secret) >= 40 for p in positions)
    assert order.invoice_vat_number == "FR12345678901"
    entry = order_history(order=order).get()
    assert (entry.action, entry.from_state, entry.to_state, entry.actor) == (
        "ticketing.order.placed",
        "",
        "pending",
        order.buyer,
    )
    assert quota_available(quota=venue, on=now) == 98


def test_a_posted_price_that_differs_from_the_servers_is_refused(place, regular, venue):
    error = refused(
        place,
        "tampered",
        Item(ticket_type_id=regular.pk, quantity=1, unit_price=Decimal("1.00")),
    )
    assert "€1,464.00" in str(error.message)  # the server's price, as money


def test_a_price_that_is_not_a_number_is_refused(place, regular, venue):
    refused(
        place, "tampered", Item(ticket_type_id=regular.pk, quantity=1, unit_price="x")
    )


def test_a_ticket_type_of_another_conference_is_refused(place, venue):
    elsewhere = TicketTypeFactory(conference=ConferenceFactory(), price=Decimal(1))
    QuotaFactory(conference=elsewhere.conference, ticket_types=[elsewhere])

    refused(place, "tampered", Item(ticket_type_id=elsewhere.pk, quantity=1))


def test_a_repeated_ticket_type_line_is_refused(place, regular, venue):
    refused(
        place,
        "tampered",
        Item(ticket_type_id=regular.pk, quantity=1),
        Item(ticket_type_id=regular.pk, quantity=1),
        attendees=[{}, {}],
    )


def test_one_attendee_per_ticket_is_required(place, regular, venue):
    refused(
        place,
        "attendees_mismatch",
        Item(ticket_type_id=regular.pk, quantity=2),
        attendees=[{"attendee_name": "Only one", "attendee_email": "a@b.example"}],
    )


def test_an_attendee_without_a_name_is_refused(place, regular, venue):
    error = refused(
        place,
        "invalid",
        Item(ticket_type_id=regular.pk, quantity=1),
        attendees=[{"attendee_name": "", "attendee_email": "not-an-address"}],
    )
    assert "attendee_email" in str(error.message)


def test_quantities_outside_the_per_order_bounds_are_refused(place, regular, venue):
    regular.max_per_order = 3
    regular.save()

    refused(place, "quantity", Item(ticket_type_id=regular.pk, quantity=4))
    refused(place, "empty", Item(ticket_type_id=regular.pk, quantity=0))


def test_anonymous_buyers_are_refused(place, regular, venue):
    refused(
        place,
        "anonymous",
        Item(ticket_type_id=regular.pk, quantity=1),
        buyer=AnonymousUser(),
    )


def test_sales_outside_the_window_are_refused(place, conference, regular, venue):
    refused(
        place,
        "closed",
        Item(ticket_type_id=regular.pk, quantity=1),
        now=conference.sales_close_at,
    )
    regular.available_until = timezone.now() - timedelta(days=1)
    regular.available_from = timezone.now() - timedelta(days=10)
    regular.save()
    refused(place, "not_on_sale", Item(ticket_type_id=regular.pk, quantity=1))


def test_a_ticket_type_in_no_quota_is_not_for_sale(place, conference):
    loose = TicketTypeFactory(conference=conference)

    refused(place, "not_on_sale", Item(ticket_type_id=loose.pk, quantity=1))


def test_members_only_types_are_refused_to_non_members(place, conference, buyer, venue):
    member_rate = TicketTypeFactory(
        conference=conference, members_only=True, price=Decimal("940")
    )
    venue.ticket_types.add(member_rate)

    assert not buyer_may_buy(user=buyer, ticket_type=member_rate, on=timezone.now())
    assert member_rate not in ticket_types_on_sale(
        conference=conference, user=buyer, on=timezone.now()
    )
    refused(place, "members_only", Item(ticket_type_id=member_rate.pk, quantity=1))


def test_an_unverified_address_cannot_buy(place, regular, venue):
    unverified = UserFactory(email="new@port.example")

    error = refused(place, "unverified", ticket_type=regular, buyer=unverified)

    assert "Confirm your e-mail address" in str(error)


def test_a_member_sees_and_buys_the_member_rate(conference, venue):
    member = AffiliationFactory(status="approved").user
    member_rate = TicketTypeFactory(
        conference=conference, members_only=True, price=Decimal("940")
    )
    venue.ticket_types.add(member_rate)
    now = timezone.now()

    assert buyer_may_buy(user=member, ticket_type=member_rate, on=now)
    assert member_rate in ticket_types_on_sale(
        conference=conference, user=member, on=now
    )


def test_a_lapsed_membership_loses_the_member_rate(conference, venue):
    today = timezone.localdate()
    affiliation = AffiliationFactory(
        status="approved",
        organisation__membership_start=today - timedelta(days=400),
        organisation__membership_end=today - timedelta(days=1),
    )
    member_rate = TicketTypeFactory(conference=conference, members_only=True)
    venue.ticket_types.add(member_rate)

    assert not buyer_may_buy(
        user=affiliation.user, ticket_type=member_rate, on=timezone.now()
    )


def test_the_last_places_are_refused_with_a_clear_message(place, regular, venue):
    venue.capacity = 2
    venue.save()
    place(Item(ticket_type_id=regular.pk, quantity=1))

    with pytest.raises(TicketingError) as caught:
        place(Item(ticket_type_id=regular.pk, quantity=2))
    assert caught.value.code == "sold_out"
    assert "Only 1 place(s) left" in str(caught.value.message)
    assert OrderPosition.objects.count() == 1


def test_an_early_bird_cap_and_the_venue_are_both_respected(
    place, conference, regular, venue
):
    early = TicketTypeFactory(conference=conference, name="Early", price=Decimal(940))
    venue.ticket_types.add(early)
    venue.capacity = 3
    venue.save()
    QuotaFactory(
        conference=conference, name="Early cap", capacity=1, ticket_types=[early]
    )

    place(Item(ticket_type_id=early.pk, quantity=1))
    with pytest.raises(TicketingError) as caught:
        place(Item(ticket_type_id=early.pk, quantity=1))
    assert caught.value.code == "sold_out"
    place(Item(ticket_type_id=regular.pk, quantity=2))
    with pytest.raises(TicketingError):
        place(Item(ticket_type_id=regular.pk, quantity=1))
    assert OrderPosition.objects.count() == 3


def test_expired_holds_free_their_places_and_paid_orders_keep_them(
    place, regular, venue
):
    venue.capacity = 1
    venue.save()
    first = place(Item(ticket_type_id=regular.pk, quantity=1))

    later = first.expires_at + timedelta(seconds=1)
    second = place(Item(ticket_type_id=regular.pk, quantity=1), now=later)

    assert second.state == Order.State.PENDING
    assert orders_expire_overdue(now=later) == 1
    first.refresh_from_db()
    assert first.state == Order.State.EXPIRED
    assert [e.to_state for e in order_history(order=first)] == ["pending", "expired"]
    assert not order_expire(order=first, now=later)


def test_the_beat_task_expires_overdue_orders(place, regular, venue):
    order = place(
        Item(ticket_type_id=regular.pk, quantity=1),
        now=timezone.now() - timedelta(hours=1),
    )

    assert expire_orders.delay().get() == 1
    order.refresh_from_db()
    assert order.state == Order.State.EXPIRED


class TestVouchers:
    def test_codes_are_case_insensitive_and_discount_the_server_price(
        self, place, conference, regular, venue
    ):
        VoucherFactory(conference=conference, code="HAVRE2026", value=Decimal(25))

        order = place(
            Item(ticket_type_id=regular.pk, quantity=1, unit_price=Decimal("1098.00")),
            voucher_code="  havre2026 ",
        )

        position = order.positions.get()
        assert position.price_excl_vat == Decimal("915.00")
        assert position.voucher.code == "HAVRE2026"
        assert order.total == Decimal("1098.00")

    def test_an_unknown_code_is_refused(self, place, regular, venue):
        refused(
            place,
            "voucher",
            Item(ticket_type_id=regular.pk, quantity=1),
            voucher_code="NOPE",
        )

    def test_a_code_outside_its_window_is_refused(
        self, place, conference, regular, venue
    ):
        VoucherFactory(
            conference=conference,
            code="LATE",
            valid_until=timezone.now() - timedelta(minutes=1),
        )
        refused(
            place,
            "voucher",
            Item(ticket_type_id=regular.pk, quantity=1),
            voucher_code="late",
        )

    def test_a_code_for_other_ticket_types_is_refused(
        self, place, conference, regular, venue
    ):
        other = TicketTypeFactory(conference=conference)
        VoucherFactory(conference=conference, code="OTHER", ticket_types=[other])
        refused(
            place,
            "voucher",
            Item(ticket_type_id=regular.pk, quantity=1),
            voucher_code="OTHER",
        )

    def test_uses_are_limited_per_ticket(self, place, conference, regular, venue):
        VoucherFactory(conference=conference, code="TWO", max_uses=2)

        place(Item(ticket_type_id=regular.pk, quantity=1), voucher_code="TWO")
        with pytest.raises(TicketingError) as caught:
            place(Item(ticket_type_id=regular.pk, quantity=2), voucher_code="TWO")
        assert caught.value.code == "voucher_used_up"
        place(Item(ticket_type_id=regular.pk, quantity=1), voucher_code="two")
        assert OrderPosition.objects.filter(voucher__code="TWO").count() == 2

    def test_a_hidden_type_is_offered_only_with_its_voucher(
        self, place, conference, buyer, venue
    ):
        speaker = TicketTypeFactory(
            conference=conference, requires_voucher=True, price=Decimal(500)
        )
        venue.ticket_types.add(speaker)
        voucher = VoucherFactory(
            conference=conference,
            code="SPEAKER",
            kind="set_price",
            value=Decimal(0),
            ticket_types=[speaker],
        )
        now = timezone.now()

        assert speaker not in ticket_types_on_sale(
            conference=conference, user=buyer, on=now
        )
        assert speaker in ticket_types_on_sale(
            conference=conference, user=buyer, on=now, voucher=voucher
        )
        refused(place, "tampered", Item(ticket_type_id=speaker.pk, quantity=1))
        order = place(
            Item(ticket_type_id=speaker.pk, quantity=1, unit_price=Decimal("0.00")),
            voucher_code="speaker",
        )
        assert order.total == Decimal("0.00")
        # Nothing to pay: the ticket is issued at once, with a zero invoice.
        assert order.state == Order.State.PAID
        assert order.invoices.get().amount == Decimal("0.00")


def test_a_bank_transfer_order_waits_for_its_due_date_and_mails_instructions(
    place, conference, regular, venue, django_capture_on_commit_callbacks
):
    now = timezone.now()
    with django_capture_on_commit_callbacks(execute=True):
        order = place(
            Item(ticket_type_id=regular.pk, quantity=1),
            payment_method="bank_transfer",
            now=now,
        )

    assert order.expires_at == now + timedelta(days=14)
    payment = Payment.objects.get(order=order)
    assert (payment.method, payment.state, payment.amount) == (
        "bank_transfer",
        "created",
        Decimal("1464.00"),
    )
    assert len(mail.outbox) == 1
    assert order.code in mail.outbox[0].subject
    assert "FR76 3000 4000" in mail.outbox[0].body
    assert order.code in mail.outbox[0].body
