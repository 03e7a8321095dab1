"""Redis stops: public pages, sign-in and ticket ordering go on; /healthz says so.

The test starts a redis-server of its own, points the cache and the Celery broker at
it, checks the site, stops it, checks again, then starts it and sees the site use it
again without any restart of the application.
"""

from decimal import Decimal

import pytest
import redis
from django.test import Client, override_settings
from django.urls import reverse

from config.celery import app as celery_app
from core.models import OutboxMessage
from tests.factories import (
    ConferenceFactory,
    QuotaFactory,
    TicketTypeFactory,
    VerifiedUserFactory,
)
from tests.ticketing.conftest import INVOICE, attendee
from ticketing.models import Order
from ticketing.services.mail import order_mail_key

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"  # noqa: S105 - the factories' password


def _reset_broker_pools():
    celery_app.amqp._producer_pool = None
    celery_app._pool = None


@pytest.fixture
def on_own_redis(redis_server):
    """Cache on database 1 and broker on database 0 of the test's own Redis."""
    caches = {
        "default": {
            "BACKEND": "core.cache.DegradingRedisCache",
            "LOCATION": redis_server.url(1),
            "KEY_PREFIX": "aivp",
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
    saved = {key: celery_app.conf[key] for key in ("task_always_eager", "broker_url")}
    celery_app.conf.update(task_always_eager=False, broker_url=redis_server.url(0))
    _reset_broker_pools()
    try:
        with override_settings(CACHES=caches):
            yield redis_server
    finally:
        celery_app.conf.update(saved)
        _reset_broker_pools()


@pytest.fixture
def sale(homes):
    conference = ConferenceFactory(vat_rate=Decimal("20.00"))
    regular = TicketTypeFactory(conference=conference, name="Regular")
    QuotaFactory(conference=conference, capacity=100, ticket_types=[regular])
    return conference, regular


def queued_tasks(server) -> int:
    return redis.Redis.from_url(server.url(0)).llen("celery")


def visit_sign_in_and_order(sale, capture) -> Order:
    """What a delegate does: the home page, sign in, order one ticket by transfer."""
    conference, regular = sale
    client = Client()
    assert client.get("/fr/").status_code == 200

    buyer = VerifiedUserFactory()
    signed_in = client.post(
        reverse("account_login"), {"login": buyer.email, "password": PASSWORD}
    )
    assert signed_in.status_code == 302
    assert client.get(reverse("accounts:home")).status_code == 200

    tickets = reverse("ticketing:tickets", kwargs={"slug": conference.slug})
    assert client.get(tickets).status_code == 200
    client.post(tickets, {f"quantity_{regular.pk}": 1, "voucher": "", "choose": "1"})
    details = {
        "attendee-TOTAL_FORMS": 1,
        "attendee-INITIAL_FORMS": 1,
        "invoice-payment_method": "bank_transfer",
        **{f"attendee-0-{key}": value for key, value in attendee(0).items()},
        **{f"invoice-{key}": value for key, value in INVOICE.items()},
    }
    client.post(reverse("ticketing:details", kwargs={"slug": conference.slug}), details)
    review = {
        "ticket_type": str(regular.pk),
        "quantity": "1",
        "unit_price": "1464.00",
        "accept_terms": "on",
    }
    with capture(execute=True):
        response = client.post(
            reverse("ticketing:review", kwargs={"slug": conference.slug}), review
        )
    order = Order.objects.get(buyer=buyer)
    assert response.status_code == 302
    assert response["Location"] == reverse(
        "ticketing:order_detail", kwargs={"code": order.code}
    )
    assert client.get(response["Location"]).status_code == 200
    return order


def test_the_site_serves_signs_in_and_sells_while_redis_is_down(
    on_own_redis, sale, django_capture_on_commit_callbacks
):
    server = on_own_redis
    client = Client()
    assert client.get("/healthz").json()["checks"] == {
        "database": "ok",
        "migrations": "ok",
        "cache": "ok",
        "broker": "ok",
    }
    visit_sign_in_and_order(sale, django_capture_on_commit_callbacks)
    assert queued_tasks(server) == 1  # the bank-transfer mail

    server.stop()

    health = client.get("/healthz")
    assert health.status_code == 503
    assert health.json()["checks"] == {
        "database": "ok",
        "migrations": "ok",
        "cache": "down",
        "broker": "down",
    }
    order = visit_sign_in_and_order(sale, django_capture_on_commit_callbacks)
    # The mail is owed in the outbox; the periodic sweep queues it again later.
    assert OutboxMessage.objects.filter(
        idempotency_key=order_mail_key(order.pk, "bank_transfer"),
        sent_at__isnull=True,
    ).exists()

    server.start()  # empty: this Redis keeps nothing on disk

    assert client.get("/healthz").status_code == 200
    visit_sign_in_and_order(sale, django_capture_on_commit_callbacks)
    assert queued_tasks(server) == 1
    assert Order.objects.count() == 3
