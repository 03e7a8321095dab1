"""The delegate's checkout: choose tickets, name the attendees, review and place.

Thin: prices come from ``selectors.ticket_type_price`` and places left from
``selectors.ticket_type_available``, the same rules the order service applies.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from core.ratelimit import rate_limit

from .. import pricing
from ..exceptions import TicketingError
from ..forms import (
    AttendeeFormSet,
    InvoiceForm,
    ReviewForm,
    TicketSelectionForm,
    WaitingListJoinForm,
)
from ..models import Conference, Order, WaitingListEntry
from ..ratelimit import voucher_for_request
from ..selectors import (
    ticket_type_available,
    ticket_type_price,
    ticket_types_on_sale,
    voucher_find,
    waiting_list_of_user,
)
from ..services import Item, order_place
from .orders import to_payment


def _cart(request: HttpRequest, conference: Conference) -> dict:
    return request.session.setdefault(f"ticketing:{conference.pk}", {})


def _save_cart(request: HttpRequest, conference: Conference, cart: dict) -> None:
    request.session[f"ticketing:{conference.pk}"] = cart


def _lines(conference: Conference, cart: dict, user, now) -> list[dict]:
    """The chosen tickets with today's server prices, for display."""
    voucher = voucher_find(conference=conference, code=cart.get("voucher", ""))
    offered = {
        tt.pk: tt
        for tt in ticket_types_on_sale(
            conference=conference, user=user, on=now, voucher=voucher
        )
    }
    lines = []
    for type_id, quantity in cart.get("chosen", {}).items():
        ticket_type = offered.get(int(type_id))
        if ticket_type is None:
            continue
        price = ticket_type_price(ticket_type=ticket_type, voucher=voucher)
        lines.append(
            {
                "ticket_type": ticket_type,
                "quantity": quantity,
                "price": price,
                "subtotal": price.price * quantity,
            }
        )
    return lines


def tickets(request: HttpRequest, slug: str) -> HttpResponse:
    """The rates and places left, for everyone; signing in comes at the next step."""
    conference = get_object_or_404(Conference, slug=slug, sold_for="")
    now = timezone.now()
    person = request.user if request.user.is_authenticated else None
    cart = _cart(request, conference)
    typed = request.POST.get("voucher") or request.GET.get("voucher") or ""
    code = typed or cart.get("voucher", "")
    try:
        if typed:
            # Codes typed now count towards the limit on wrong guesses.
            voucher = voucher_for_request(request, conference=conference, code=typed)
        else:
            voucher = voucher_find(conference=conference, code=code)
    except TicketingError as error:
        messages.error(request, error.message)
        voucher = None
    else:
        if code and voucher is None:
            messages.error(request, _("This voucher code does not exist."))
    offered = ticket_types_on_sale(
        conference=conference, user=person, on=now, voucher=voucher
    )
    initial = {"voucher": code}
    initial.update({f"quantity_{k}": v for k, v in cart.get("chosen", {}).items()})
    form = TicketSelectionForm(
        request.POST if request.method == "POST" and "choose" in request.POST else None,
        ticket_types=offered,
        initial=initial,
    )
    if form.is_bound and form.is_valid():
        cart["chosen"] = {str(k): v for k, v in form.cleaned_data["chosen"].items()}
        cart["voucher"] = form.cleaned_data["voucher"].strip()
        _save_cart(request, conference, cart)
        return redirect("ticketing:details", slug=conference.slug)
    rows = []
    for ticket_type, field in form.quantity_fields():
        rows.append(
            {
                "ticket_type": ticket_type,
                "field": field,
                "price": ticket_type_price(ticket_type=ticket_type, voucher=voucher),
                "left": ticket_type_available(
                    ticket_type=ticket_type, on=now, for_user=person
                ),
            }
        )
    waiting = (
        {
            entry.ticket_type_id: entry
            for entry in waiting_list_of_user(user=person).filter(
                conference=conference, state__in=WaitingListEntry.LIVE_STATES
            )
        }
        if person
        else {}
    )
    for row in rows:
        row["waiting_entry"] = waiting.get(row["ticket_type"].pk)
        if row["left"] == 0 and row["waiting_entry"] is None and person:
            row["waiting_form"] = WaitingListJoinForm(
                initial={"ticket_type": row["ticket_type"].pk},
                auto_id=f"id_wait{row['ticket_type'].pk}_%s",
            )
    return render(
        request,
        "ticketing/ticket_selection.html",
        {
            "conference": conference,
            "form": form,
            "rows": rows,
            "sales_open": conference.sales_are_open(now),
            "voucher": voucher,
        },
    )


@login_required
def details(request: HttpRequest, slug: str) -> HttpResponse:
    conference = get_object_or_404(Conference, slug=slug, sold_for="")
    cart = _cart(request, conference)
    lines = _lines(conference, cart, request.user, timezone.now())
    if not lines:
        return redirect("ticketing:tickets", slug=conference.slug)
    labels = [
        line["ticket_type"].local_name
        for line in lines
        for _n in range(line["quantity"])
    ]
    attendees = cart.get("attendees") or []
    if not attendees:
        attendees = [{}]
        attendees[0] = {
            "attendee_name": request.user.get_full_name(),
            "attendee_email": request.user.email,
        }
    attendees = (attendees + [{}] * len(labels))[: len(labels)]
    invoice_initial = cart.get("invoice") or {
        "invoice_name": request.user.get_full_name(),
        "payment_method": Order.PaymentMethod.CARD,
    }
    if request.method == "POST":
        formset = AttendeeFormSet(request.POST, prefix="attendee")
        invoice = InvoiceForm(request.POST, prefix="invoice")
        if (
            formset.is_valid()
            and invoice.is_valid()
            and formset.total_form_count() == len(labels)
        ):
            cart["attendees"] = [form.cleaned_data for form in formset.forms]
            cart["invoice"] = invoice.cleaned_data
            _save_cart(request, conference, cart)
            return redirect("ticketing:review", slug=conference.slug)
    else:
        formset = AttendeeFormSet(initial=attendees, prefix="attendee")
        invoice = InvoiceForm(initial=invoice_initial, prefix="invoice")
    return render(
        request,
        "ticketing/checkout_details.html",
        {
            "conference": conference,
            "formset": formset,
            "attendee_forms": list(zip(labels, formset.forms, strict=False)),
            "invoice": invoice,
        },
    )


@login_required
@rate_limit("ticketing.order")
def review(request: HttpRequest, slug: str) -> HttpResponse:
    conference = get_object_or_404(Conference, slug=slug, sold_for="")
    cart = _cart(request, conference)
    now = timezone.now()
    lines = _lines(conference, cart, request.user, now)
    if not lines or not cart.get("attendees") or not cart.get("invoice"):
        return redirect("ticketing:tickets", slug=conference.slug)
    form = ReviewForm(request.POST or None)
    group_url = ""
    if request.method == "POST" and form.is_valid():
        items = [
            Item(ticket_type_id=int(type_id), quantity=int(quantity), unit_price=price)
            for type_id, quantity, price in zip(
                request.POST.getlist("ticket_type"),
                request.POST.getlist("quantity"),
                request.POST.getlist("unit_price"),
                strict=False,
            )
            if type_id.isdigit() and quantity.isdigit()
        ]
        try:
            voucher_for_request(
                request, conference=conference, code=request.POST.get("voucher", "")
            )
            order = order_place(
                buyer=request.user,
                conference=conference,
                items=items,
                voucher_code=request.POST.get("voucher", ""),
                invoice_address=cart["invoice"],
                attendees=cart["attendees"],
                payment_method=cart["invoice"].get("payment_method", ""),
                now=now,
            )
        except TicketingError as error:
            messages.error(request, error.message)
            if error.code in ("hold_limit", "transfer_limit"):
                places = sum(line["quantity"] for line in lines)
                group_url = reverse("ticketing:group_request", kwargs={"slug": slug})
                group_url += f"?places={places}"
        else:
            order.language = get_language() or order.language
            order.save(update_fields=["language"])
            request.session.pop(f"ticketing:{conference.pk}", None)
            return to_payment(
                request,
                order,
                held=_("Your tickets are held. The bank details are in your e-mail."),
            )
    return render(
        request,
        "ticketing/checkout_review.html",
        {
            "conference": conference,
            "lines": lines,
            "totals": pricing.totals(
                line["price"] for line in lines for _n in range(line["quantity"])
            ),
            "attendees": cart["attendees"],
            "invoice": cart["invoice"],
            "payment_method": Order.PaymentMethod(
                cart["invoice"].get("payment_method", "card")
            ).label,
            "voucher_code": cart.get("voucher", ""),
            "form": form,
            "group_url": group_url,
        },
    )
