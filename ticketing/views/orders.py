"""The delegate's orders: list, detail, paying by card, and the files to download."""

import logging

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .. import documents, gateway
from ..exceptions import TicketingError
from ..models import Order
from ..selectors import order_of_buyer, orders_of_buyer
from ..services import payment_confirm, payment_start

logger = logging.getLogger(__name__)


def to_stripe(request: HttpRequest, order: Order) -> HttpResponse:
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
    except gateway.GatewayError:
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


def to_payment(request: HttpRequest, order: Order, *, held: str) -> HttpResponse:
    """After placing an order: its page when paid or to pay by transfer (``held``
    says so), else Stripe's checkout."""
    if order.state == Order.State.PAID:
        messages.success(request, _("Thank you: your order is paid."))
        return redirect("ticketing:order_detail", code=order.code)
    if order.payment_method == Order.PaymentMethod.BANK_TRANSFER:
        messages.success(request, held)
        return redirect("ticketing:order_detail", code=order.code)
    return to_stripe(request, order)


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
    return to_stripe(request, _own_order(request, code))


@login_required
def order_paid(request: HttpRequest, code: str) -> HttpResponse:
    """Stripe's success redirect: confirm now, so the delegate sees "paid" at once."""
    order = _own_order(request, code)
    session_id = request.GET.get("session_id", "")
    if session_id and order.payments.filter(provider_reference=session_id).exists():
        try:
            session = gateway.checkout_session_retrieve(session_id)
        except gateway.GatewayError:
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
            % {"time": formats.time_format(timezone.localtime(order.expires_at))},
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
        order__conference__sold_for="",
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
