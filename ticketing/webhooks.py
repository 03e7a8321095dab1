"""Stripe's webhook endpoint: verify, store the event id once, act, answer fast."""

import json
import logging

from django.http import HttpRequest, HttpResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from . import gateway
from .exceptions import TicketingBusy
from .services import StripeRetryLater, stripe_event_handle

logger = logging.getLogger(__name__)


@csrf_exempt  # Stripe cannot send a CSRF token; the signature authenticates it.
@require_POST
def stripe_webhook(request: HttpRequest) -> HttpResponse:
    payload = request.body
    try:
        gateway.construct_event(
            payload=payload, signature=request.headers.get("Stripe-Signature", "")
        )
    except gateway.BadSignature:
        logger.warning("Rejected a Stripe webhook with a bad signature or body")
        return HttpResponse(status=400)
    # The signature covers these exact bytes, so they can be read as they are.
    event = json.loads(payload)
    try:
        stripe_event_handle(event=event)
    except (TicketingBusy, StripeRetryLater):
        # Stripe retries a 503 later, when the lock is free or the payment known.
        return HttpResponse(status=503)
    return HttpResponse(status=200)
