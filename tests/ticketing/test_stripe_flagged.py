"""Stripe events about our orders that cannot be applied are kept for staff."""

import pytest

from tests.factories import UserFactory
from tests.ticketing.stripe_fakes import event
from ticketing.models import Order, StripeEvent
from ticketing.services import Item

pytestmark = pytest.mark.django_db


@pytest.fixture
def order(place, regular, venue):
    return place(Item(ticket_type_id=regular.pk, quantity=2))


@pytest.fixture
def deliver(post_event, django_capture_on_commit_callbacks):
    def send(payload):
        with django_capture_on_commit_callbacks(execute=True):
            return post_event(payload)

    return send


def paid_session(order: Order, session_id: str = "cs_test_lost") -> dict:
    """Money taken for a session we hold no payment for (our order in its metadata)."""
    return event(
        "checkout.session.completed",
        {
            "id": session_id,
            "object": "checkout.session",
            "payment_status": "paid",
            "amount_total": 292800,
            "currency": "eur",
            "payment_intent": "pi_test_lost",
            "metadata": {"order": order.code},
        },
    )


def test_a_paid_session_that_cannot_be_applied_is_kept_flagged(order, deliver):
    payload = paid_session(order)

    assert deliver(payload).status_code == 200  # Stripe stops retrying
    assert deliver(payload).status_code == 200

    stored = StripeEvent.objects.get(event_id=payload["id"])
    assert stored.flagged
    assert "[unknown_payment]" in stored.flag_reason
    assert stored.type == "checkout.session.completed"
    assert stored.object_id == "cs_test_lost"
    assert stored.payment_intent == "pi_test_lost"
    assert stored.order_code == order.code
    assert stored.amount_cents == 292800
    assert stored.payload["metadata"] == {"order": order.code}
    order.refresh_from_db()
    assert order.state == Order.State.PENDING


def test_events_about_objects_that_are_not_ours_are_not_flagged(deliver):
    foreign = event(
        "checkout.session.completed",
        {"id": "cs_test_other_shop", "payment_status": "paid", "amount_total": 900},
    )

    assert deliver(foreign).status_code == 200
    assert deliver(event("customer.created", {"id": "cus_1"})).status_code == 200

    assert not StripeEvent.objects.filter(flagged=True).exists()


class TestAdminList:
    @pytest.fixture
    def admin(self, db):
        return UserFactory(
            email="finance@aivp.example", is_staff=True, is_superuser=True, mfa=True
        )

    def test_staff_see_flagged_events_only(self, client, admin, order, deliver):
        deliver(paid_session(order))
        deliver(event("customer.created", {"id": "cus_not_listed"}))
        client.force_login(admin)

        listing = client.get("/admin/ticketing/stripe-events/")

        html = listing.content.decode()
        assert listing.status_code == 200
        assert "cs_test_lost" in html and order.code in html
        assert "[unknown_payment]" in html
        assert "customer.created" not in html
        flagged = StripeEvent.objects.get(flagged=True)
        inspect = client.get(f"/admin/ticketing/stripe-events/inspect/{flagged.pk}/")
        assert inspect.status_code == 200
        assert "pi_test_lost" in inspect.content.decode()

    def test_they_cannot_be_changed_or_deleted(self, client, admin, order, deliver):
        deliver(paid_session(order))
        flagged = StripeEvent.objects.get(flagged=True)
        client.force_login(admin)

        client.post(
            f"/admin/ticketing/stripe-events/edit/{flagged.pk}/",
            {"flag_reason": "gone"},
        )
        client.post(f"/admin/ticketing/stripe-events/delete/{flagged.pk}/")

        flagged.refresh_from_db()
        assert "[unknown_payment]" in flagged.flag_reason

    def test_delegates_are_kept_out(self, client, buyer):
        client.force_login(buyer)

        response = client.get("/admin/ticketing/stripe-events/")

        assert response.status_code in (302, 403)
