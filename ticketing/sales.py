"""Another module's places, paid through the conference checkout: the seam.

A module that charges for places (a course promotion) never takes money itself:

1. ``sale_sync`` keeps one ``Conference`` row for what it sells, with ``sold_for``
   set (no public ticket page, no admission tickets), its rates as ticket types and
   its places as one quota;
2. ``sale_order_place`` places a one-line order for the person (an order line that
   is that module's place), and ``sale_payment_redirect`` sends them on to Stripe
   Checkout or to the bank details of their order;
3. the module learns that the order was paid, refunded, cancelled or expired from the
   Wagtail hook ``ticketing_order_state_changed`` (``services/history.py``), in the
   transaction that changes the order.

VAT, invoices, Stripe, bank transfers, refunds and the orders' admin stay
ticketing's own, unchanged: there is one checkout.
"""

import copy
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from accounts.selectors import user_is_member
from core.exceptions import AppError

from .forms import InvoiceForm, ReviewForm
from .models import Conference, Order, Quota, TicketType
from .pricing import line_price
from .services import Item, order_place, order_release
from .services.history import order_flag
from .views.orders import to_payment

# A sale without a capacity of its own: its module counts the places.
UNLIMITED = 1_000_000


@dataclass(frozen=True)
class Rate:
    """One price of a sale: for members only or for everyone, excluding VAT."""

    names: dict[str, str]  # {"fr": …, "en": …, "es": …}
    price: Decimal
    members_only: bool = False


class SaleCheckoutForm(InvoiceForm):
    """The invoice address, the payment method and the terms of sale."""

    def __init__(self, *args, terms: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        if terms:
            self.fields["accept_terms"] = copy.deepcopy(
                ReviewForm.base_fields["accept_terms"]
            )


def sale_sync(
    *,
    sale: Conference | None,
    sold_for: str,
    slug: str,
    names: dict[str, str],
    starts_at: datetime,
    ends_at: datetime,
    sales_open_at: datetime,
    sales_close_at: datetime,
    rates: list[Rate],
    vat_rate: Decimal,
    capacity: int | None,
) -> Conference:
    """Create or update the sale: its names, dates, rates and places.

    A new sale takes its bank details, terms and days to pay by transfer
    from the latest conference; staff may change them in Ticketing. A rate no
    longer offered stays (orders point to it) but is no longer available.
    """
    with transaction.atomic():
        if sale is None:
            template = Conference.objects.filter(sold_for="").first()
            sale = Conference(
                slug=slug,
                sold_for=sold_for,
                **(
                    {
                        "bank_details": template.bank_details,
                        "bank_transfer_days": template.bank_transfer_days,
                        "terms": template.terms,
                        "terms_en": template.terms_en,
                        "terms_es": template.terms_es,
                    }
                    if template
                    else {}
                ),
            )
        sale.name = names.get("fr", "")
        sale.name_en = names.get("en", "")
        sale.name_es = names.get("es", "")
        sale.vat_rate = vat_rate
        sale.starts_at, sale.ends_at = starts_at, ends_at
        sale.sales_open_at, sale.sales_close_at = sales_open_at, sales_close_at
        sale.full_clean(exclude=["slug"])
        sale.save()
        quota, _created = Quota.objects.get_or_create(
            conference=sale, defaults={"name": sale.name, "capacity": UNLIMITED}
        )
        quota.capacity = capacity if capacity is not None else UNLIMITED
        quota.save(update_fields=["capacity"])
        for members_only in (True, False):
            rate = next((r for r in rates if r.members_only == members_only), None)
            _sync_rate(sale, quota, members_only, rate)
    return sale


def _sync_rate(sale, quota, members_only: bool, rate: Rate | None) -> None:
    ticket_type = TicketType.objects.filter(
        conference=sale, members_only=members_only
    ).first()
    if rate is None:
        if ticket_type is not None and ticket_type.available_until is None:
            ticket_type.available_until = sale.sales_open_at
            ticket_type.save(update_fields=["available_until"])
        return
    ticket_type = ticket_type or TicketType(
        conference=sale, members_only=members_only, max_per_order=1
    )
    ticket_type.name = rate.names.get("fr", "")
    ticket_type.name_en = rate.names.get("en", "")
    ticket_type.name_es = rate.names.get("es", "")
    ticket_type.price = rate.price
    ticket_type.available_until = None
    ticket_type.sort_order = 0 if members_only else 1
    ticket_type.save()
    quota.ticket_types.add(ticket_type)


def sale_terms(sale: Conference | None) -> str:
    """The terms of sale a buyer accepts: the sale's, or those a new sale would take."""
    sale = sale or Conference.objects.filter(sold_for="").first()
    return sale.local_terms if sale else ""


def sale_rate(*, sale: Conference, members_only: bool) -> TicketType | None:
    return TicketType.objects.filter(
        conference=sale, members_only=members_only, available_until__isnull=True
    ).first()


def sale_order_place(*, buyer, sale: Conference, checkout: dict) -> Order:
    """A one-line order for the buyer's own place, at the members' rate when
    they are a member (and the sale has one), else the other.

    ``checkout`` is a valid ``SaleCheckoutForm``'s cleaned data. Refusals are
    ``TicketingError`` (sales closed, unverified address…).
    """
    ticket_type = sale_rate(sale=sale, members_only=user_is_member(user=buyer))
    if ticket_type is None:
        ticket_type = sale_rate(sale=sale, members_only=False)
    order = order_place(
        buyer=buyer,
        conference=sale,
        items=[Item(ticket_type_id=ticket_type.pk if ticket_type else 0, quantity=1)],
        invoice_address={
            key: value
            for key, value in checkout.items()
            if key not in ("payment_method", "accept_terms")
        },
        attendees=[
            {
                "attendee_name": buyer.get_full_name() or buyer.email,
                "attendee_email": buyer.email,
            }
        ],
        payment_method=checkout.get("payment_method", ""),
    )
    order.language = get_language() or order.language
    order.save(update_fields=["language"])
    return order


def sale_order_held(order: Order | None) -> Order | None:
    """The order, when it still waits for its money and holds its place."""
    if order and order.state == Order.State.PENDING and order.is_held(timezone.now()):
        return order
    return None


def sale_checkout_page(
    request: HttpRequest,
    *,
    sale: Conference | None,
    price: Decimal,
    vat_rate: Decimal,
    place: Callable[[dict], Order],
    template: str,
    context: dict,
) -> HttpResponse:
    """The payment page of a place: its price with VAT, the invoice address,
    the method and the terms; on a valid POST ``place(cleaned_data)`` places the
    order (its module's refusals are ``AppError``s) and the buyer goes on to pay.
    The template includes ``ticketing/includes/sale_checkout.html``."""
    terms = sale_terms(sale)
    form = SaleCheckoutForm(
        request.POST or None,
        terms=terms,
        initial={"invoice_name": request.user.get_full_name()},
    )
    if request.method == "POST" and form.is_valid():
        try:
            order = place(form.cleaned_data)
        except AppError as error:
            form.add_error(None, error.message)
        else:
            return sale_payment_redirect(request, order)
    response = render(
        request,
        template,
        {
            **context,
            "terms": terms,
            "line": line_price(price_excl_vat=price, vat_rate=vat_rate),
            "form": form,
        },
        status=400 if form.errors else 200,
    )
    response["Cache-Control"] = "private, no-store"
    return response


def sale_payment_redirect(request: HttpRequest, order: Order) -> HttpResponse:
    """After placing: the order page when paid or paid by transfer, else Stripe."""
    return to_payment(
        request,
        order,
        held=_("Your place is held. The bank details are in your e-mail."),
    )


def sale_order_flag(*, order: Order, reason: str) -> None:
    """Ask ticketing staff to look at a (locked) order the module cannot honour."""
    order_flag(order=order, reason=reason)


def sale_order_release(*, order: Order, actor) -> None:
    """End an unpaid order now (the person gave up the place it was paying for)."""
    order_release(order=order, actor=actor)
