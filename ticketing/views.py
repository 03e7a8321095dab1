"""The delegate's checkout and "my orders" pages. Thin: rules live in services."""

import logging

import stripe
from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.middleware import mfa_required

from . import documents, gateway, pricing
from .exceptions import TicketingError
from .forms import (
    AttendeeFormSet,
    InvoiceForm,
    ReviewForm,
    TicketSelectionForm,
    WaitingListJoinForm,
)
from .models import Conference, Order, WaitingListEntry
from .selectors import (
    order_of_buyer,
    orders_of_buyer,
    ticket_type_available,
    ticket_types_on_sale,
    voucher_applies_to,
    voucher_find,
    waiting_list_of_user,
)
from .services import (
    Item,
    order_place,
    payment_confirm,
    payment_start,
    position_check_in,
)
from .services import waiting_list_cancel as waiting_list_cancel_service
from .services import (
    waiting_list_join as waiting_list_join_service,
)

logger = logging.getLogger(__name__)


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
        discount = None
        if voucher and voucher_applies_to(voucher=voucher, ticket_type=ticket_type):
            discount = pricing.Discount(kind=voucher.kind, value=voucher.value)
        price = pricing.line_price(
            price_excl_vat=ticket_type.price,
            vat_rate=conference.vat_rate,
            discount=discount,
        )
        lines.append(
            {
                "ticket_type": ticket_type,
                "quantity": quantity,
                "price": price,
                "subtotal": price.price * quantity,
            }
        )
    return lines


@login_required
def tickets(request: HttpRequest, slug: str) -> HttpResponse:
    conference = get_object_or_404(Conference, slug=slug)
    now = timezone.now()
    cart = _cart(request, conference)
    code = (
        request.POST.get("voucher")
        or request.GET.get("voucher")
        or cart.get("voucher", "")
    )
    voucher = voucher_find(conference=conference, code=code)
    if code and voucher is None:
        messages.error(request, _("This voucher code does not exist."))
    offered = ticket_types_on_sale(
        conference=conference, user=request.user, on=now, voucher=voucher
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
        discount = None
        if voucher and voucher_applies_to(voucher=voucher, ticket_type=ticket_type):
            discount = pricing.Discount(kind=voucher.kind, value=voucher.value)
        rows.append(
            {
                "ticket_type": ticket_type,
                "field": field,
                "price": pricing.line_price(
                    price_excl_vat=ticket_type.price,
                    vat_rate=conference.vat_rate,
                    discount=discount,
                ),
                "left": ticket_type_available(
                    ticket_type=ticket_type, on=now, for_user=request.user
                ),
            }
        )
    waiting = {
        entry.ticket_type_id: entry
        for entry in waiting_list_of_user(user=request.user).filter(
            conference=conference, state__in=WaitingListEntry.LIVE_STATES
        )
    }
    for row in rows:
        row["waiting_entry"] = waiting.get(row["ticket_type"].pk)
        if row["left"] == 0 and row["waiting_entry"] is None:
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
    conference = get_object_or_404(Conference, slug=slug)
    cart = _cart(request, conference)
    lines = _lines(conference, cart, request.user, timezone.now())
    if not lines:
        return redirect("ticketing:tickets", slug=conference.slug)
    labels = [
        line["ticket_type"].name for line in lines for _n in range(line["quantity"])
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
def review(request: HttpRequest, slug: str) -> HttpResponse:
    conference = get_object_or_404(Conference, slug=slug)
    cart = _cart(request, conference)
    now = timezone.now()
    lines = _lines(conference, cart, request.user, now)
    if not lines or not cart.get("attendees") or not cart.get("invoice"):
        return redirect("ticketing:tickets", slug=conference.slug)
    form = ReviewForm(request.POST or None)
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
        else:
            order.language = get_language() or order.language
            order.save(update_fields=["language"])
            request.session.pop(f"ticketing:{conference.pk}", None)
            if order.state == Order.State.PAID:
                messages.success(request, _("Thank you: your order is paid."))
                return redirect("ticketing:order_detail", code=order.code)
            if order.payment_method == Order.PaymentMethod.BANK_TRANSFER:
                messages.success(
                    request,
                    _("Your tickets are held. The bank details are in your e-mail."),
                )
                return redirect("ticketing:order_detail", code=order.code)
            return _to_stripe(request, order)
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
        },
    )


def _to_stripe(request: HttpRequest, order: Order) -> HttpResponse:
    paid_url = request.build_absolute_uri(
        reverse("ticketing:order_paid", kwargs={"code": order.code})
    )
    cancel_url = request.build_absolute_uri(
        reverse("ticketing:order_payment_cancelled", kwargs={"code": order.code})
    )
    try:
        payment = payment_start(
            order=order,
            success_url=f"{paid_url}?session_id={{CHECKOUT_SESSION_ID}}",
            cancel_url=cancel_url,
            locale=get_language() or "auto",
        )
    except TicketingError as error:
        messages.error(request, error.message)
        return redirect("ticketing:order_detail", code=order.code)
    except stripe.StripeError:
        logger.exception("Could not open a Checkout Session for %s", order.code)
        messages.error(
            request,
            _(
                "The payment page could not be opened. Your tickets are held: "
                "please try again in a moment."
            ),
        )
        return redirect("ticketing:order_detail", code=order.code)
    return redirect(payment.checkout_url)


def _own_order(request: HttpRequest, code: str) -> Order:
    order = order_of_buyer(user=request.user, code=code)
    if order is None:
        raise Http404
    return order


@login_required
def order_list(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "ticketing/order_list.html",
        {"orders": orders_of_buyer(user=request.user)},
    )


@login_required
def order_detail(request: HttpRequest, code: str) -> HttpResponse:
    order = _own_order(request, code)
    return render(
        request,
        "ticketing/order_detail.html",
        {
            "order": order,
            "can_pay": order.payment_method == Order.PaymentMethod.CARD
            and order.state == Order.State.PENDING
            and order.is_held(timezone.now()),
        },
    )


@login_required
@require_POST
def order_pay(request: HttpRequest, code: str) -> HttpResponse:
    return _to_stripe(request, _own_order(request, code))


@login_required
def order_paid(request: HttpRequest, code: str) -> HttpResponse:
    """Stripe's success redirect: confirm now, so the delegate sees "paid" at once."""
    order = _own_order(request, code)
    session_id = request.GET.get("session_id", "")
    if session_id and order.payments.filter(provider_reference=session_id).exists():
        try:
            session = gateway.checkout_session_retrieve(session_id)
        except stripe.StripeError:
            logger.warning("Could not read Checkout Session %s", session_id)
        else:
            if session.get("payment_status") == "paid":
                try:
                    payment_confirm(
                        session_id=session_id,
                        amount_cents=int(session.get("amount_total") or 0),
                        currency=session.get("currency") or "",
                        payment_intent=session.get("payment_intent") or "",
                    )
                except TicketingError as error:
                    # Stripe's webhook will try again; the page shows the state.
                    logger.warning("Success page could not confirm: %s", error)
    order.refresh_from_db()
    if order.state == Order.State.PAID:
        messages.success(request, _("Thank you: your order is paid."))
    else:
        messages.info(
            request,
            _("Your payment is being processed; this page will show it once done."),
        )
    return redirect("ticketing:order_detail", code=order.code)


@login_required
def order_payment_cancelled(request: HttpRequest, code: str) -> HttpResponse:
    order = _own_order(request, code)
    if order.state == Order.State.PENDING:
        messages.warning(
            request,
            _("The payment was not completed. Your tickets are held until %(time)s.")
            % {"time": timezone.localtime(order.expires_at).strftime("%H:%M")},
        )
    return redirect("ticketing:order_detail", code=order.code)


def _pdf_response(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
def ticket_download(request: HttpRequest, code: str, pk: int) -> HttpResponse:
    order = _own_order(request, code)
    position = get_object_or_404(
        order.positions.select_related("ticket_type", "order__conference"),
        pk=pk,
        cancelled_at__isnull=True,
        order__state=Order.State.PAID,
    )
    return _pdf_response(
        documents.ticket_pdf(position), f"ticket-{order.code}-{position.pk}.pdf"
    )


@login_required
def invoice_download(request: HttpRequest, code: str, number: str) -> HttpResponse:
    order = _own_order(request, code)
    invoice = get_object_or_404(order.invoices, number=number)
    return _pdf_response(documents.invoice_pdf(invoice), f"{invoice.number}.pdf")


@login_required
def pro_forma_download(request: HttpRequest, code: str) -> HttpResponse:
    order = _own_order(request, code)
    if (
        order.payment_method != Order.PaymentMethod.BANK_TRANSFER
        or order.state != Order.State.PENDING
    ):
        raise Http404
    return _pdf_response(
        documents.pro_forma_pdf(order), documents.pro_forma_filename(order)
    )


CHECK_IN_MESSAGES = {
    "ok": gettext_lazy("Welcome: checked in."),
    "already": gettext_lazy("ALREADY CHECKED IN. Do not admit again without checking."),
    "unpaid": gettext_lazy("NOT PAID. This ticket's order is not paid."),
    "cancelled": gettext_lazy("CANCELLED. This ticket was cancelled."),
    "unknown": gettext_lazy("UNKNOWN TICKET. This code matches no ticket."),
}


@login_required
@mfa_required
@permission_required("ticketing.change_orderposition", raise_exception=True)
def check_in(request: HttpRequest) -> HttpResponse:
    """The door staff's page: type or scan a ticket's code, see who it is."""
    result = None
    if request.method == "POST":
        result = position_check_in(
            secret=request.POST.get("secret", ""), actor=request.user
        )
    return render(
        request,
        "ticketing/check_in.html",
        {
            "result": result,
            "message": CHECK_IN_MESSAGES[result.status] if result else "",
        },
    )


# --- Waiting list -------------------------------------------------------------------


@login_required
@require_POST
def waiting_list_join(request: HttpRequest, slug: str) -> HttpResponse:
    conference = get_object_or_404(Conference, slug=slug)
    form = WaitingListJoinForm(request.POST)
    tickets_url = reverse("ticketing:tickets", kwargs={"slug": conference.slug})
    if not form.is_valid():
        messages.error(request, _("Enter a number of tickets between 1 and 99."))
        return redirect(tickets_url)
    ticket_type = get_object_or_404(
        conference.ticket_types, pk=form.cleaned_data["ticket_type"]
    )
    try:
        waiting_list_join_service(
            user=request.user,
            ticket_type=ticket_type,
            quantity=form.cleaned_data["quantity"],
        )
    except TicketingError as error:
        messages.error(request, error.message)
        return redirect(tickets_url)
    messages.success(
        request,
        _(
            "You are on the waiting list for “%(name)s”. We will e-mail you as soon "
            "as places are free."
        )
        % {"name": ticket_type.name},
    )
    return redirect("ticketing:waiting_list")


@login_required
def waiting_list(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "ticketing/waiting_list_entry_list.html",
        {"entries": waiting_list_of_user(user=request.user)},
    )


@login_required
@require_POST
def waiting_list_cancel(request: HttpRequest, pk: int) -> HttpResponse:
    entry = get_object_or_404(WaitingListEntry, pk=pk, user=request.user)
    try:
        waiting_list_cancel_service(entry=entry, actor=request.user)
    except TicketingError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("You have left the waiting list."))
    return redirect("ticketing:waiting_list")
