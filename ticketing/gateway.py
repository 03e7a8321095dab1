"""The only module that talks to Stripe; everything else sees plain values.

The API base, key and version come from settings, so the tests point the official SDK at
servers on 127.0.0.1 and exercise the real HTTP requests.

The SDK is imported when Stripe is first called, not when a web process starts: it
weighs about 30 MB, and most processes never pay anyone. Its errors leave this module as
:class:`GatewayError` and :class:`BadSignature`, so callers need not import it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from django.conf import settings

if TYPE_CHECKING:
    import stripe


class GatewayError(Exception):
    """Stripe could not be reached, or refused the request."""


class BadSignature(Exception):
    """A webhook delivery whose signature, age or body is not Stripe's."""


@contextmanager
def _stripe_errors() -> Iterator[None]:
    import stripe

    try:
        yield
    except stripe.StripeError as error:
        raise GatewayError(str(error)) from error


@dataclass(frozen=True)
class CheckoutSession:
    id: str
    url: str


def client() -> stripe.StripeClient:
    import stripe

    return stripe.StripeClient(
        settings.STRIPE_SECRET_KEY,
        stripe_version=settings.STRIPE_API_VERSION,
        base_addresses={"api": settings.STRIPE_API_BASE},
        max_network_retries=2,
    )


def checkout_session_create(
    *,
    order_code: str,
    description: str,
    amount_cents: int,
    currency: str,
    customer_email: str,
    expires_at: datetime,
    success_url: str,
    cancel_url: str,
    idempotency_key: str,
    locale: str = "auto",
) -> CheckoutSession:
    """A hosted Checkout page for one amount computed by the server."""
    params = {
        "mode": "payment",
        "client_reference_id": order_code,
        "customer_email": customer_email,
        "expires_at": int(expires_at.timestamp()),
        "success_url": success_url,
        "cancel_url": cancel_url,
        "locale": locale,
        "metadata": {"order": order_code},
        "payment_intent_data": {"metadata": {"order": order_code}},
        "line_items": [
            {
                "quantity": 1,
                "price_data": {
                    "currency": currency.lower(),
                    "unit_amount": amount_cents,
                    "product_data": {"name": description},
                },
            }
        ],
    }
    with _stripe_errors():
        session = client().v1.checkout.sessions.create(
            params=params, options={"idempotency_key": idempotency_key}
        )
    return CheckoutSession(id=session.id, url=session.url)


def refund_create(
    *, payment_intent: str, amount_cents: int, idempotency_key: str
) -> str:
    """Refund part or all of a card payment; returns Stripe's refund id."""
    with _stripe_errors():
        refund = client().v1.refunds.create(
            params={"payment_intent": payment_intent, "amount": amount_cents},
            options={"idempotency_key": idempotency_key},
        )
    return refund.id


def construct_event(*, payload: bytes, signature: str) -> stripe.Event:
    """Verify a webhook's signature and age; raises :class:`BadSignature` otherwise."""
    import stripe

    try:
        return stripe.Webhook.construct_event(
            payload,
            signature,
            settings.STRIPE_WEBHOOK_SECRET,
            tolerance=settings.TICKETING_WEBHOOK_TOLERANCE,
        )
    except (ValueError, stripe.SignatureVerificationError) as error:
        raise BadSignature(str(error)) from error


def checkout_session_retrieve(session_id: str) -> dict:
    """What Stripe says about a Checkout Session now (for the success page)."""
    with _stripe_errors():
        return client().v1.checkout.sessions.retrieve(session_id).to_dict()
