"""Time to place an order and to handle a Stripe webhook, under parallel load.

Runs against a throw-away test database (created and dropped by the script) on the
database DATABASE_URL names; PostgreSQL is the interesting case:

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/aivp_bench \\
        .venv/bin/python bench/ticketing.py --buyers 200 --threads 8

It reports p50/p95/max per operation and checks that no ticket was oversold. Celery
runs inline here, so a webhook's time includes rendering and sending the confirmation
mail with its PDFs; with a worker that work leaves the request.
"""

import argparse
import json
import os
import statistics
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django  # noqa: E402

django.setup()

from django.db import connection, connections  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import override_settings  # noqa: E402
from django.utils import timezone  # noqa: E402

from tests.factories import (  # noqa: E402
    ConferenceFactory,
    QuotaFactory,
    TicketTypeFactory,
    VerifiedUserFactory,
)
from tests.ticketing.stripe_fakes import event, sign  # noqa: E402
from ticketing.exceptions import TicketingError  # noqa: E402
from ticketing.models import Order, OrderPosition, Payment  # noqa: E402
from ticketing.services import Item, order_place  # noqa: E402

SECRET = "whsec_bench"  # noqa: S105 - signs fake events for a throw-away database
INVOICE = {
    "invoice_name": "Bench",
    "invoice_address": "1 quai",
    "invoice_country": "France",
}


def summary(name: str, seconds: list[float]) -> str:
    ms = sorted(s * 1000 for s in seconds)
    p95 = ms[max(int(len(ms) * 0.95) - 1, 0)]
    return (
        f"{name:<16} n={len(ms):<5} p50={statistics.median(ms):7.1f} ms  "
        f"p95={p95:7.1f} ms  max={ms[-1]:7.1f} ms"
    )


def run(buyers: int, threads: int, capacity: int) -> None:
    conference = ConferenceFactory()
    ticket_type = TicketTypeFactory(conference=conference, price=Decimal("1220"))
    QuotaFactory(conference=conference, capacity=capacity, ticket_types=[ticket_type])
    users = [VerifiedUserFactory() for _ in range(buyers)]

    def place(user):
        started = time.perf_counter()
        try:
            order = order_place(
                buyer=user,
                conference=conference,
                items=[Item(ticket_type_id=ticket_type.pk, quantity=1)],
                invoice_address=INVOICE,
                attendees=[{"attendee_name": "A", "attendee_email": "a@b.example"}],
                payment_method="card",
                now=timezone.now(),
            )
        except TicketingError:
            order = None
        finally:
            connections.close_all()
        return time.perf_counter() - started, order

    with ThreadPoolExecutor(threads) as pool:
        placed = list(pool.map(place, users))
    print(summary("order_place", [t for t, _ in placed]))
    sold = OrderPosition.objects.filter(ticket_type=ticket_type).count()
    print(f"tickets sold: {sold} of {capacity} places ({buyers} buyers)")
    assert sold <= capacity, "oversold"

    orders = [order for _, order in placed if order]
    for n, order in enumerate(orders):
        Payment.objects.create(
            order=order,
            method="card",
            amount=order.total,
            provider_reference=f"cs_bench_{order.pk}_{n}",
        )
    payloads = []
    for order in orders:
        session = {
            "id": order.payments.get().provider_reference,
            "payment_status": "paid",
            "amount_total": int(order.total * 100),
            "currency": "eur",
            "payment_intent": f"pi_bench_{order.pk}",
        }
        body = json.dumps(event("checkout.session.completed", session)).encode()
        # Each event is delivered twice, as Stripe may do.
        payloads += [body, body]
    lock = threading.Lock()
    statuses: list[int] = []

    def deliver(body):
        started = time.perf_counter()
        response = Client().post(
            "/stripe/webhook/",
            data=body,
            content_type="application/json",
            HTTP_STRIPE_SIGNATURE=sign(body, SECRET),
        )
        connections.close_all()
        with lock:
            statuses.append(response.status_code)
        return time.perf_counter() - started

    with ThreadPoolExecutor(threads) as pool:
        timings = list(pool.map(deliver, payloads))
    print(summary("webhook", timings))
    paid = Order.objects.filter(pk__in=[o.pk for o in orders], state="paid").count()
    print(
        f"webhooks: {len(payloads)} deliveries, statuses {sorted(set(statuses))}, "
        f"{paid} of {len(orders)} orders paid"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--buyers", type=int, default=100)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--capacity", type=int, default=50)
    args = parser.parse_args()
    print(f"database: {connection.vendor}")
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        with override_settings(
            STRIPE_WEBHOOK_SECRET=SECRET, CELERY_TASK_ALWAYS_EAGER=True
        ):
            run(args.buyers, args.threads, args.capacity)
    finally:
        connections.close_all()
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
