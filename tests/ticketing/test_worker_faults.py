"""A Celery worker killed (SIGKILL) in the middle of an order-expiry run: every order
expires once, every place goes to the next person waiting once, and each of them gets
one offer e-mail (counted by a real SMTP server). PostgreSQL and Redis only."""

import signal
import time
from collections import Counter
from datetime import timedelta

import psycopg
import pytest
from django.conf import settings
from django.db import connection
from django.utils import timezone

from core.models import AuditEntry, OutboxMessage
from tests.factories import VerifiedUserFactory
from tests.smtp import SmtpServer
from tests.workers import celery_worker_queue, wait_for
from ticketing.models import Order, WaitingListEntry
from ticketing.services import Item, waiting_list_join
from ticketing.tasks import expire_orders, waiting_list_sweep

pytestmark = [
    pytest.mark.skipif(not settings.REDIS_URL, reason="needs REDIS_URL (a broker)"),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="the worker process needs a database server shared with the test",
    ),
    pytest.mark.django_db(transaction=True),
]

ORDERS = 6


@pytest.fixture
def smtp():
    server = SmtpServer()
    yield server
    server.stop()


def expired_count() -> int:
    return Order.objects.filter(state=Order.State.EXPIRED).count()


def test_a_worker_killed_during_expiry_loses_nothing_and_does_nothing_twice(
    place, regular, venue, smtp
):
    venue.capacity = ORDERS
    venue.save()
    orders = [place(Item(ticket_type_id=regular.pk, quantity=1)) for _ in range(ORDERS)]
    waiting = [
        VerifiedUserFactory(email=f"waiting{n}@port.example") for n in range(ORDERS)
    ]
    for person in waiting:
        waiting_list_join(user=person, ticket_type=regular, quantity=1)
    # The holds run out.
    Order.objects.filter(pk__in=[o.pk for o in orders]).update(
        expires_at=timezone.now() - timedelta(minutes=1)
    )
    # The run goes through the orders in this order; the test holds the fourth's
    # row lock, so the worker is stuck there with three orders done.
    in_turn = list(
        Order.objects.filter(state=Order.State.PENDING).values_list("pk", flat=True)
    )
    env = {
        "OUTBOX_DELIVERY_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_URL": f"smtp://127.0.0.1:{smtp.port}",
        "LOCK_TIMEOUT": "120s",
    }
    dsn = "host={HOST} port={PORT} user={USER} dbname={NAME}".format(
        HOST=connection.settings_dict["HOST"],
        PORT=connection.settings_dict["PORT"] or 5432,
        USER=connection.settings_dict["USER"],
        NAME=connection.settings_dict["NAME"],
    )
    with celery_worker_queue() as start, psycopg.connect(dsn) as blocker:
        blocker.execute(
            "SELECT id FROM ticketing_order WHERE id = %s FOR UPDATE", [in_turn[3]]
        )
        first = start(env)
        expire_orders.delay()
        assert wait_for(lambda: expired_count() == 3), "the run never started"
        time.sleep(1)  # the worker now waits for the fourth order's lock
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=10)
        blocker.rollback()

        start(env)
        expire_orders.delay()  # the next beat run
        waiting_list_sweep.delay()
        assert wait_for(
            lambda: OutboxMessage.objects.filter(state="sent").count() == ORDERS,
            timeout=120,
        )
        expire_orders.delay()
        time.sleep(2)

    assert expired_count() == ORDERS
    expiries = Counter(
        AuditEntry.objects.filter(action="ticketing.order.expired").values_list(
            "object_id", flat=True
        )
    )
    assert expiries == {str(pk): 1 for pk in in_turn}
    assert set(WaitingListEntry.objects.values_list("state", flat=True)) == {
        WaitingListEntry.State.OFFERED
    }
    assert OutboxMessage.objects.count() == ORDERS
    assert smtp.mailbox.counts() == {person.email: 1 for person in waiting}
