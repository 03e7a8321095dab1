"""The two busiest requests of a sale keep a fixed number of queries.

Placing an order and taking Stripe's webhook are what a registration rush is made of
(docs/performance.md, "A registration rush"); the webhook only stores the event, and
the task that applies it has a budget of its own. The mails they cause are sent by
the worker after the commit and are not counted here.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.ticketing.test_stripe import completed
from tests.ticketing.test_views import choose, fill_details, review_post, url
from ticketing.models import Order
from ticketing.services import Item, payment_start

pytestmark = pytest.mark.django_db

PLACE_ORDER = 36
WEBHOOK = 3  # the event stored, in its savepoint
APPLY_EVENT = 42  # PostgreSQL (its savepoints and locks); 39 on SQLite


@pytest.mark.parametrize("method", ["bank_transfer", "card"])
def test_placing_an_order_stays_within_its_budget(
    client, buyer, conference, regular, venue, fake_stripe, method
):
    client.force_login(buyer)
    choose(client, conference, regular, quantity=2)
    fill_details(client, conference, quantity=2, method=method)

    with CaptureQueriesContext(connection) as queries:
        response = client.post(
            url("review", slug=conference.slug), review_post(regular, quantity=2)
        )

    assert response.status_code == 302
    assert Order.objects.get().positions.count() == 2
    assert len(queries) <= PLACE_ORDER, "\n".join(q["sql"] for q in queries)


def test_the_payment_webhook_and_its_task_stay_within_their_budgets(
    place, regular, venue, fake_stripe, post_event, django_capture_on_commit_callbacks
):
    order = place(Item(ticket_type_id=regular.pk, quantity=2))
    payment = payment_start(
        order=order,
        success_url="https://aivp.test/paid",
        cancel_url="https://aivp.test/",
    )
    payload = completed(fake_stripe, payment)

    with (
        django_capture_on_commit_callbacks() as queued,
        CaptureQueriesContext(connection) as queries,
    ):
        response = post_event(payload)

    assert response.status_code == 200
    assert Order.objects.get(pk=order.pk).state == Order.State.PENDING
    assert len(queries) <= WEBHOOK, "\n".join(q["sql"] for q in queries)

    with CaptureQueriesContext(connection) as queries:
        [apply_event] = queued
        apply_event()

    assert Order.objects.get(pk=order.pk).state == Order.State.PAID
    assert len(queries) <= APPLY_EVENT, "\n".join(q["sql"] for q in queries)
