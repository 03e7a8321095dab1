"""Stripe's webhook endpoint: verify, store the event once, answer at once.

A task applies the event after the commit (``services.stripe_events``); Stripe only
needs to know that it was received.
"""

import json
import logging

from django.http import HttpRequest, HttpResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from . import gateway
from .services import stripe_event_receive

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
    stripe_event_receive(event=event)  # None for a repeat: received all the same
    return HttpResponse(status=200)
