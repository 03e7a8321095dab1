"""A conference on sale, and helpers to place orders the way the checkout does."""

import json
import os
import socket
import subprocess
import sys
import time
from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone, translation

from tests.factories import (
    ConferenceFactory,
    QuotaFactory,
    TicketTypeFactory,
    VerifiedUserFactory,
)
from tests.ticketing.stripe_fakes import FakeStripe, sign
from ticketing.services import Item, order_place

INVOICE = {
    "invoice_name": "Marie Lefèvre",
    "invoice_company": "Port of Le Havre",
    "invoice_address": "Terre-plein de la Barre\n76600 Le Havre",
    "invoice_country": "France",
    "invoice_vat_number": "FR12345678901",
}


def attendee(n: int = 0) -> dict:
    return {
        "attendee_name": f"Delegate {n}",
        "attendee_email": f"delegate{n}@port.example",
        "organisation": "Port of Le Havre",
        "badge_name": f"D{n}",
        "dietary_needs": "",
        "access_needs": "",
    }


@pytest.fixture(autouse=True)
def english():
    """Tests read English messages and URLs unless they ask for another language."""
    with translation.override("en"):
        yield


@pytest.fixture
def conference(db):
    return ConferenceFactory(vat_rate=Decimal("20.00"))


@pytest.fixture
def regular(conference):
    return TicketTypeFactory(
        conference=conference, name="Regular", price=Decimal("1220.00")
    )


@pytest.fixture
def venue(conference, regular):
    return QuotaFactory(conference=conference, capacity=100, ticket_types=[regular])


@pytest.fixture
def buyer(db):
    return VerifiedUserFactory(email="buyer@port.example")


@pytest.fixture
def place(conference, buyer):
    """Place an order with sensible defaults; keyword arguments override them."""

    def place_order(*items, **overrides):
        items = items or (
            Item(ticket_type_id=overrides.pop("ticket_type").pk, quantity=1),
        )
        quantity = sum(item.quantity for item in items)
        arguments = {
            "buyer": buyer,
            "conference": conference,
            "items": list(items),
            "voucher_code": "",
            "invoice_address": INVOICE,
            "attendees": [attendee(n) for n in range(quantity)],
            "payment_method": "card",
            "now": timezone.now(),
        }
        arguments.update(overrides)
        return order_place(**arguments)

    return place_order


# --- Stripe ---------------------------------------------------------------------------

WEBHOOK_SECRET = "whsec_test_0123456789abcdef"
LOCALSTRIPE_PORT = 8420


def _worker_offset() -> int:
    worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0")
    return int(worker[2:]) if worker[2:].isdigit() else 0


@pytest.fixture(scope="session")
def localstripe():
    """localstripe on 127.0.0.1 (one port per xdist worker), for the whole session."""
    port = LOCALSTRIPE_PORT + _worker_offset()
    code = (
        "from aiohttp import web; from localstripe.server import app; "
        f"web.run_app(app, host='127.0.0.1', port={port}, print=None)"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", code],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if process.poll() is not None:
            reason = process.stderr.read().decode(errors="replace")[-300:]
            pytest.skip(f"localstripe could not start on port {port}: {reason}")
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                break
        time.sleep(0.1)
    else:
        process.kill()
        pytest.skip(f"localstripe did not listen on port {port} within 15 s")
    yield f"http://127.0.0.1:{port}"
    process.terminate()
    process.wait(timeout=10)


def _configure(settings, fake: FakeStripe) -> None:
    settings.STRIPE_API_BASE = fake.url
    settings.STRIPE_SECRET_KEY = "sk_test_ticketing"
    settings.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET
    # The checkout pages' forms end on the fake's hosted page (form-action).
    settings.CONTENT_SECURITY_POLICY_BY_VIEW = {
        view: {"form-action": [fake.url]}
        for view in (
            "ticketing:review",
            "ticketing:order_detail",
            "courses:pay",
            "events:pay",
        )
    }


@pytest.fixture
def fake_stripe(settings):
    """Stripe's Checkout API faked over HTTP; anything else answers 404."""
    fake = FakeStripe()
    _configure(settings, fake)
    yield fake
    fake.stop()


@pytest.fixture
def stripe_emulator(settings, localstripe):
    """Checkout faked over HTTP, payment intents and refunds served by localstripe."""
    fake = FakeStripe(upstream=localstripe)
    _configure(settings, fake)
    yield fake
    fake.stop()


def create_paid_intent(amount_cents: int, order_code: str) -> str:
    """A card payment that really succeeded in the emulator; returns its id."""
    from ticketing.gateway import client

    stripe = client()
    method = stripe.v1.payment_methods.create(
        params={
            "type": "card",
            "card": {
                "number": "4242424242424242",
                "exp_month": 12,
                "exp_year": 2034,
                "cvc": "123",
            },
        }
    )
    intent = stripe.v1.payment_intents.create(
        params={
            "amount": amount_cents,
            "currency": "eur",
            "payment_method": method.id,
            "confirm": True,
            "metadata": {"order": order_code},
        }
    )
    assert intent.status == "succeeded"
    return intent.id


def apply_due_events(after: timedelta = timedelta(minutes=2)) -> list[str]:
    """What the sweep does ``after`` from now: apply each event waiting and due."""
    from ticketing.services import stripe_event_apply, stripe_events_due

    now = timezone.now() + after
    return [
        stripe_event_apply(event_pk=pk, now=now) for pk in stripe_events_due(now=now)
    ]


@pytest.fixture
def post_event(client, settings):
    """Deliver a Stripe event to the webhook, signed unless told otherwise."""
    settings.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET

    def deliver(payload, *, secret=WEBHOOK_SECRET, timestamp=None, body=None):
        raw = json.dumps(payload).encode()
        signature = sign(raw, secret, timestamp)
        return client.post(
            "/stripe/webhook/",
            data=raw if body is None else body,
            content_type="application/json",
            HTTP_STRIPE_SIGNATURE=signature,
        )

    return deliver
