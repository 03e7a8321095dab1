"""Registering from the event's page, and cancelling from the link of the mails
or the page: one click on the page the link opens (a POST: a mail scanner opening
the link cancels nothing)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST
from wagtail.models import Page

from core.ratelimit import rate_limit
from core.storage import private_file_response
from network.library import safe_filename
from ticketing.sales import sale_checkout_page

from .exceptions import EventsError
from .fees import check_can_pay, payable_order, price_for, registrant_pay
from .forms import RegistrantForm
from .mail import event_in
from .models import Registrant, Registration
from .panels import panel_context
from .selectors import may_have_materials
from .services import registrant_cancel, registrant_register


@login_required
@require_POST
@rate_limit("events.register")
def register(request, pk: int):
    registration = get_object_or_404(
        Registration.objects.select_related("event"), pk=pk
    )
    # The page registered on (its language's translation), to come back to.
    event = registration.event
    page_id = str(request.POST.get("event", ""))[:12]
    if page_id.isdigit():
        event = (
            Page.objects.live()
            .filter(pk=int(page_id), translation_key=registration.event_key)
            .specific()
            .first()
        ) or event
    form = RegistrantForm(request.POST, registration=registration)
    if form.is_valid():
        try:
            registrant = registrant_register(
                registration=registration,
                user=request.user,
                answers=form.cleaned_data,
                language=get_language(),
            )
        except EventsError as error:
            messages.error(request, error.message)
        else:
            if registrant.state == Registrant.State.PENDING:
                return redirect("events:pay", pk=registrant.pk)
            if registrant.state == Registrant.State.REGISTERED:
                messages.success(
                    request,
                    _(
                        "You are registered. A confirmation with the calendar file "
                        "is on its way."
                    ),
                )
            else:
                messages.info(
                    request, _("The event is full: you are on the waiting list.")
                )
        return redirect(event.url + "#registration")
    # A field too long or missing: the answers come back with the error.
    context = panel_context(event, request, form=form)
    response = render(request, "events/register.html", context, status=400)
    return response


@login_required
@require_http_methods(["GET", "POST"])
@rate_limit("events.register")
def pay(request, pk: int):
    """A place held for a paid event: the invoice address and the payment
    method, then ticketing's checkout (Stripe, or the bank details)."""
    registrant = get_object_or_404(
        Registrant.objects.select_related(
            "registration__event", "registration__sale", "order"
        ),
        pk=pk,
        user=request.user,
    )
    registration = registrant.registration
    event = event_in(registrant)
    try:
        check_can_pay(registrant=registrant, user=request.user)
    except EventsError:
        return redirect(event.url + "#registration")
    pending = payable_order(registrant)
    if pending is not None:
        return redirect("ticketing:order_detail", code=pending.code)
    return sale_checkout_page(
        request,
        sale=registration.sale,
        price=price_for(registration=registration, user=request.user),
        vat_rate=registration.vat_rate,
        place=lambda checkout: registrant_pay(
            registrant=registrant, user=request.user, checkout=checkout
        ),
        template="events/pay.html",
        context={
            "registrant": registrant,
            "event": event,
            "held_until": registrant.held_until,
        },
    )


@require_http_methods(["GET", "POST"])
def cancel(request, token: str):
    registrant = (
        Registrant.objects.select_related("registration__event", "user")
        .filter(cancel_token=token[:64])
        .first()
    )
    if registrant is None:
        raise Http404
    done = registrant.state == Registrant.State.CANCELLED
    if request.method == "POST" and not done:
        actor = request.user if request.user.is_authenticated else registrant.user
        registrant = registrant_cancel(registrant=registrant, actor=actor)
        done = True
    response = render(
        request,
        "events/cancel.html",
        {"registrant": registrant, "event": event_in(registrant), "done": done},
    )
    response["X-Robots-Tag"] = "noindex"
    return response


def _materials(request, pk: int) -> Registration:
    registration = get_object_or_404(
        Registration.objects.select_related("event"), pk=pk
    )
    if not may_have_materials(registration=registration, user=request.user):
        raise Http404  # as if there were none
    return registration


@require_http_methods(["GET"])
def recording(request, pk: int):
    registration = _materials(request, pk)
    if not registration.recording_url:
        raise Http404
    response = redirect(registration.recording_url)
    response["Cache-Control"] = "private, no-store"
    return response


@require_http_methods(["GET"])
def slides(request, pk: int):
    registration = _materials(request, pk)
    document = registration.slides
    if document is None:
        raise Http404
    response = private_file_response(
        document.file.storage, document.file.name, safe_filename(document.file.name)
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response
