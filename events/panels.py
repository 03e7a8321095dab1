"""The registration part of an event's page (cms's ``register_event_page_panel``
hook): the form, the person's place, and the join link for registrants only."""

from django.middleware.csrf import get_token
from django.template.loader import render_to_string

from core import pagecache
from ticketing.pricing import line_price

from .fees import is_paid, needs_payment
from .forms import RegistrantForm
from .models import Registrant
from .selectors import (
    may_have_materials,
    may_register,
    places_taken,
    registrant_of,
    registration_for,
)


def panel_context(event, request, *, form=None) -> dict | None:
    registration = registration_for(event)
    if registration is None:
        return None
    # Read before the places are counted: a registration meanwhile renews the page.
    pagecache.tag(request, registration_tag(registration.pk))
    user = request.user
    registrant = registrant_of(registration=registration, user=user)
    if registrant and registrant.state == Registrant.State.CANCELLED:
        registrant = None
    full = registration.capacity is not None and (
        places_taken(registration) >= registration.capacity
    )
    return {
        "event": event,
        "registration": registration,
        "registrant": registrant,
        "open": registration.accepts_registrations(),
        "full": full,
        "may_register": may_register(registration=registration, user=user),
        "form": form or RegistrantForm(registration=registration),
        "join": registrant is not None
        and registrant.state == Registrant.State.REGISTERED,
        "pending": registrant is not None
        and registrant.state == Registrant.State.PENDING,
        "prices": _prices(registration) if is_paid(registration) else None,
        "pays": needs_payment(registration=registration, user=user),
        "past": event.is_past,
        "materials": event.is_past
        and bool(registration.recording_url or registration.slides_id)
        and may_have_materials(registration=registration, user=user),
    }


def _prices(registration) -> dict:
    """The prices, VAT included, as the public sees them."""

    def total(price):
        return line_price(price_excl_vat=price, vat_rate=registration.vat_rate).price

    member = registration.member_price
    return {
        "standard": total(registration.price),
        "members": None if member is None else total(min(member, registration.price)),
    }


def registration_tag(registration_id: int) -> str:
    """The page-cache tag of what visitors see of a registration (its places)."""
    return f"events.registration:{registration_id}"


def event_panel(event, request) -> str:
    context = panel_context(event, request)
    if context is None:
        return ""
    if request.user.is_authenticated:
        get_token(request)  # the page holds a form (visitors are asked to sign in)
    return render_to_string("events/includes/panel.html", context, request=request)
