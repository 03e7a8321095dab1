"""Nobody corners the sale: one buyer's unpaid places are limited, across orders.

A buyer holds at most TICKETING_OPEN_PLACES_PER_BUYER unpaid places of a conference
and at most TICKETING_TRANSFER_PLACES_WITHOUT_APPROVAL by bank transfer; a group
booking approved by staff raises both; staff see the biggest holds and release them.
"""

import threading
from datetime import timedelta
from decimal import Decimal

import pytest
from django.db import connection, connections
from django.utils import timezone

from core.audit import audit_trail
from tests.accounts.fixtures import fresh_cache, totp_now  # noqa: F401 (fixture)
from tests.factories import (
    ConferenceFactory,
    QuotaFactory,
    TicketTypeFactory,
    VerifiedUserFactory,
)
from tests.ticketing.conftest import INVOICE, attendee
from tests.ticketing.test_roles import member_of, sign_in
from ticketing.exceptions import TicketingError
from ticketing.models import GroupRequest, Order, WaitingListEntry
from ticketing.selectors import quota_available
from ticketing.services import (
    Item,
    group_request_create,
    group_request_decide,
    order_place,
    waiting_list_join,
)

HOLDS = "/admin/ticketing/holds/"


@pytest.fixture
def limits(settings):
    settings.TICKETING_OPEN_PLACES_PER_BUYER = 10
    settings.TICKETING_TRANSFER_PLACES_WITHOUT_APPROVAL = 5


def places(order_place_fixture, ticket_type, quantity, method="card", **kwargs):
    return order_place_fixture(
        Item(ticket_type_id=ticket_type.pk, quantity=quantity),
        payment_method=method,
        **kwargs,
    )


@pytest.mark.django_db
@pytest.mark.usefixtures("limits", "venue")
class TestLimits:
    def test_one_buyer_cannot_hold_more_than_the_limit_across_orders(
        self, place, regular, buyer, venue
    ):
        for _n in range(5):
            places(place, regular, 2)  # 10 places held, unpaid

        with pytest.raises(TicketingError) as refused:
            places(place, regular, 1)

        assert refused.value.code == "hold_limit"
        assert "10 unpaid tickets" in refused.value.message
        assert quota_available(quota=venue, on=timezone.now()) == 90
        # Another buyer is not affected.
        other = VerifiedUserFactory()
        places(place, regular, 3, buyer=other)

    def test_holds_that_ended_or_were_paid_no_longer_count(self, place, regular):
        later = timezone.now() + timedelta(hours=1)
        for _n in range(5):
            places(place, regular, 2)

        order = places(place, regular, 4, now=later)  # the 30-minute holds are over

        assert order.state == Order.State.PENDING

    def test_bank_transfer_above_the_threshold_needs_approval(self, place, regular):
        places(place, regular, 4, method="bank_transfer")

        with pytest.raises(TicketingError) as refused:
            places(place, regular, 2, method="bank_transfer")
        card = places(place, regular, 2)  # paid within the hour: allowed

        assert refused.value.code == "transfer_limit"
        assert card.state == Order.State.PENDING

    def test_a_free_order_holds_nothing_and_is_never_refused(
        self, place, conference, regular
    ):
        speaker = TicketTypeFactory(conference=conference, price=Decimal("0"))
        QuotaFactory(conference=conference, capacity=50, ticket_types=[speaker])
        for _n in range(5):
            places(place, regular, 2)

        order = places(place, speaker, 3)

        assert order.state == Order.State.PAID

    def test_an_approved_group_request_raises_both_limits(
        self, place, regular, buyer, conference
    ):
        staff = VerifiedUserFactory()
        request = group_request_create(
            buyer=buyer,
            conference=conference,
            places=30,
            organisation="Port of Dakar",
            message="Our delegation",
        )
        with pytest.raises(TicketingError):
            places(place, regular, 8, method="bank_transfer")

        group_request_decide(request=request, actor=staff, approve=True)
        orders = [places(place, regular, 10, method="bank_transfer") for _ in "abc"]

        assert {order.state for order in orders} == {Order.State.PENDING}
        with pytest.raises(TicketingError) as refused:
            places(place, regular, 1, method="bank_transfer")
        assert refused.value.code == "hold_limit"

    def test_a_request_within_the_limits_is_not_needed(self, buyer, conference):
        with pytest.raises(TicketingError) as refused:
            group_request_create(
                buyer=buyer,
                conference=conference,
                places=4,
                organisation="X",
                message="",
            )
        assert refused.value.code == "not_needed"


@pytest.mark.django_db
@pytest.mark.usefixtures("limits", "venue", "fresh_cache")
class TestThroughTheScreens:
    def test_a_buyer_refused_at_checkout_asks_for_a_group_and_staff_approve(
        self,
        client,
        place,
        regular,
        buyer,
        conference,
        mailoutbox,
        django_capture_on_commit_callbacks,
    ):
        places(place, regular, 4, method="bank_transfer")
        client.force_login(buyer)
        cart_key = f"ticketing:{conference.pk}"
        session = client.session
        session[cart_key] = {
            "chosen": {str(regular.pk): 3},
            "attendees": [attendee(n) for n in range(3)],
            "invoice": {**INVOICE, "payment_method": "bank_transfer"},
        }
        session.save()

        review = client.post(
            f"/en/tickets/{conference.slug}/review/",
            {
                "ticket_type": [regular.pk],
                "quantity": [3],
                "unit_price": ["1464.00"],
                "accept_terms": "on",
            },
            follow=True,
        )
        page = review.content.decode()
        assert "need our approval" in page
        group_url = f"/en/tickets/{conference.slug}/group/?places=3"
        assert group_url in page

        form = client.get(group_url)
        assert 'value="3"' in form.content.decode()
        sent = client.post(
            f"/en/tickets/{conference.slug}/group/",
            {"places": 12, "organisation": "Port of Dakar", "message": "Delegation"},
            follow=True,
        )
        assert "Your request is sent" in sent.content.decode()
        request = GroupRequest.objects.get(buyer=buyer)
        assert request.state == GroupRequest.State.REQUESTED

        staff_client = client_class_for(client)
        cashier = member_of("Ticketing staff", "cashier@aivp.example")
        sign_in(staff_client, cashier)
        listing = staff_client.get("/admin/ticketing/group-requests/")
        assert "Port of Dakar" in listing.content.decode()
        inspect = staff_client.get(
            f"/admin/ticketing/group-requests/inspect/{request.pk}/"
        )
        assert f"/group-requests/{request.pk}/decide/" in inspect.content.decode()
        with django_capture_on_commit_callbacks(execute=True):
            decided = staff_client.post(
                f"/admin/ticketing/group-requests/{request.pk}/decide/",
                {"decision": "approve", "note": "Welcome to Le Havre"},
            )
        assert decided.status_code == 302

        request.refresh_from_db()
        assert request.state == GroupRequest.State.APPROVED
        assert request.decided_by == cashier
        [mail] = [m for m in mailoutbox if buyer.email in m.to]
        assert conference.name in mail.subject
        assert "Welcome to Le Havre" in mail.body
        assert [e.action for e in audit_trail(request).order_by("at", "pk")] == [
            "ticketing.grouprequest.requested",
            "ticketing.grouprequest.approved",
        ]
        # The cart was kept: the same order now goes through.
        order = places(place, regular, 3, method="bank_transfer")
        assert order.state == Order.State.PENDING

    def test_staff_see_the_biggest_holds_and_release_one(
        self, client, place, regular, buyer, venue, django_capture_on_commit_callbacks
    ):
        venue.capacity = 10
        venue.save()
        small = places(place, regular, 1, buyer=VerifiedUserFactory())
        big = [places(place, regular, 5), places(place, regular, 4)]
        waiting = waiting_list_join(
            user=VerifiedUserFactory(), ticket_type=regular, quantity=1
        )
        cashier = member_of("Ticketing staff", "cashier@aivp.example")
        sign_in(client, cashier)

        listing = client.get(HOLDS).content.decode()
        assert listing.index(buyer.email) < listing.index(small.buyer.email)
        assert ">9<" in listing.replace(" ", "")  # the buyer's 9 places, in total

        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(f"{HOLDS}{big[0].pk}/release/")

        assert response.status_code == 302
        big[0].refresh_from_db()
        assert big[0].state == Order.State.CANCELLED
        entry = audit_trail(big[0]).get(action="ticketing.order.released")
        assert entry.actor == cashier
        waiting.refresh_from_db()
        assert waiting.state == WaitingListEntry.State.OFFERED  # first in line
        # One place is kept for the person offered it; four are on sale again.
        assert quota_available(quota=venue, on=timezone.now()) == 4

    def test_door_staff_cannot_see_or_release_holds(self, client, place, regular):
        order = places(place, regular, 2)
        door = member_of("Door staff", "door@aivp.example")
        sign_in(client, door)

        assert client.get(HOLDS).status_code in (302, 403)
        assert client.post(f"{HOLDS}{order.pk}/release/").status_code in (302, 403)
        order.refresh_from_db()
        assert order.state == Order.State.PENDING


def client_class_for(client):
    return type(client)()


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite serialises every writer; run with DATABASE_URL=postgres://…",
)
def test_one_buyer_placing_orders_at_once_stays_within_the_limit(settings):
    """Eight orders of 3 places, on two ticket types with separate quotas."""
    settings.TICKETING_OPEN_PLACES_PER_BUYER = 10
    conference = ConferenceFactory()
    types = [
        TicketTypeFactory(conference=conference, price=Decimal("100"))
        for _n in range(2)
    ]
    for ticket_type in types:
        QuotaFactory(conference=conference, capacity=100, ticket_types=[ticket_type])
    buyer = VerifiedUserFactory()
    start = threading.Barrier(8)
    outcomes: list[str] = []

    def buy(n):
        try:
            start.wait()
            order_place(
                buyer=buyer,
                conference=conference,
                items=[Item(ticket_type_id=types[n % 2].pk, quantity=3)],
                invoice_address=INVOICE,
                attendees=[attendee(k) for k in range(3)],
                payment_method="card",
                now=timezone.now(),
            )
            outcomes.append("placed")
        except TicketingError as error:
            outcomes.append(error.code)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=buy, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert outcomes.count("placed") == 3  # 9 places; a fourth order would make 12
    assert outcomes.count("hold_limit") == 5


@pytest.mark.django_db
def test_group_requests_are_rate_limited(client, settings, buyer, conference):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "ticketing.request": "2/h/user"}
    client.force_login(buyer)
    url = f"/en/tickets/{conference.slug}/group/"
    for _n in range(2):
        client.post(url, {"places": 20, "organisation": "", "message": ""})

    refused = client.post(url, {"places": 20, "organisation": "Port", "message": ""})

    assert refused.status_code == 429
    assert not GroupRequest.objects.exists()
