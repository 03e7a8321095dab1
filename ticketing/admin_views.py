"""Staff screens in the Wagtail admin: mark a transfer paid, refund, sales."""

from decimal import Decimal

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSet

from core.money import format_money

from .exceptions import TicketingError
from .models import Conference, Order
from .permissions import CHANGE_ORDERS, VIEW_ORDERS
from .selectors import sales_summary
from .services import order_mark_paid, refund_create


class RefundForm(forms.Form):
    positions = forms.ModelMultipleChoiceField(
        label=gettext_lazy("Tickets to cancel"),
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    amount = forms.DecimalField(
        label=gettext_lazy("Amount to refund"),
        min_value=Decimal("0.01"),
        decimal_places=2,
        required=False,
        help_text=gettext_lazy(
            "Leave empty to refund the price of the tickets cancelled, or "
            "everything still refundable when no ticket is chosen."
        ),
    )
    reason = forms.CharField(label=gettext_lazy("Reason"), max_length=255)

    def __init__(self, *args, order: Order, **kwargs):
        super().__init__(*args, **kwargs)
        self.order = order
        self.fields["amount"].label = _("Amount to refund (%(currency)s)") % {
            "currency": order.conference.currency
        }
        self.fields["positions"].queryset = order.positions.filter(
            cancelled_at__isnull=True
        ).select_related("ticket_type")


def _order_for_staff(request, pk: int) -> Order:
    if not request.user.has_perm(CHANGE_ORDERS):
        raise PermissionDenied
    return get_object_or_404(Order.objects.select_related("conference"), pk=pk)


def _inspect(order: Order):
    return redirect("ticketing_orders:inspect", order.pk)


def order_mark_paid_view(request, pk: int):
    order = _order_for_staff(request, pk)
    if request.method == "POST":
        try:
            order_mark_paid(order=order, actor=request.user)
        except TicketingError as error:  # a refusal, or TicketingBusy: try again
            messages.error(request, error.message)
        else:
            messages.success(
                request, _("Order %(code)s is paid.") % {"code": order.code}
            )
        return _inspect(order)
    return render(
        request,
        "ticketing/admin/order_mark_paid.html",
        {"order": order, "title": _("Mark the transfer received")},
    )


def order_refund_view(request, pk: int):
    order = _order_for_staff(request, pk)
    form = RefundForm(request.POST or None, order=order)
    if request.method == "POST" and form.is_valid():
        try:
            refunds = refund_create(
                order=order,
                actor=request.user,
                positions=list(form.cleaned_data["positions"]),
                amount=form.cleaned_data["amount"],
                reason=form.cleaned_data["reason"],
                within_limit=True,
            )
        except TicketingError as error:
            form.add_error(None, error.message)
        else:
            messages.success(
                request,
                _("%(amount)s refunded on order %(code)s.")
                % {
                    "amount": format_money(
                        sum(refund.amount for refund in refunds),
                        order.conference.currency,
                    ),
                    "code": order.code,
                },
            )
            return _inspect(order)
    return render(
        request,
        "ticketing/admin/order_refund.html",
        {"order": order, "form": form, "title": _("Refund")},
    )


def conference_chosen(request) -> tuple[list[Conference], Conference | None]:
    """Every sale, the conferences' own first and newest first, and the one asked
    for (or the newest conference)."""
    conferences = sorted(
        Conference.objects.order_by("-starts_at"), key=lambda c: bool(c.sold_for)
    )
    chosen = request.GET.get("conference")
    conference = next(
        (c for c in conferences if str(c.pk) == chosen),
        conferences[0] if conferences else None,
    )
    return conferences, conference


def sales_dashboard_view(request):
    """Tickets sold per type and per day, revenue and places left, per conference."""
    if not request.user.has_perm(VIEW_ORDERS):
        raise PermissionDenied
    conferences, conference = conference_chosen(request)
    summary = (
        sales_summary(conference=conference, on=timezone.now()) if conference else None
    )
    return render(
        request,
        "ticketing/admin/sales_dashboard.html",
        {
            "title": _("Sales"),
            "conferences": conferences,
            "conference": conference,
            "summary": summary,
        },
    )


class SalesMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(VIEW_ORDERS)


class SalesViewSet(ViewSet):
    """The sales dashboard, as an entry of the Ticketing menu."""

    name = "ticketing_sales"
    url_prefix = "ticketing/sales"
    icon = "resubmit"
    menu_label = gettext_lazy("Sales")
    menu_item_class = SalesMenuItem

    def get_urlpatterns(self):
        return [path("", sales_dashboard_view, name="index")]
