"""Orders in the admin: list, filter, export, inspect with history and staff actions.

Orders are changed only through the services (payments, refunds), so this screen
lists, searches and exports but never adds or edits money fields.
"""

from django.urls import reverse
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.timezone import localtime
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.generic.models import InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button

from core.money import format_money
from core.permissions import RestrictedPermissionPolicy

from . import permissions
from .models import Order
from .selectors import order_history


class OrderInspectView(InspectView):
    """The order's details, its history and the staff actions its state allows."""

    def get_fields(self):
        return [*super().get_fields(), "history"]

    def get_field_label(self, field_name, field):
        if field_name == "history":
            return _("History")
        return super().get_field_label(field_name, field)

    def _money(self, amount):
        return format_money(amount, self.object.conference.currency)

    def get_total_excl_vat_display_value(self):
        return self._money(self.object.total_excl_vat)

    def get_total_vat_display_value(self):
        return self._money(self.object.total_vat)

    def get_total_display_value(self):
        return self._money(self.object.total)

    def get_history_display_value(self):
        """Every state change from the audit log, oldest first: when, what, who."""
        entries = order_history(order=self.object)
        return format_html(
            "<ol>{}</ol>",
            format_html_join(
                "",
                "<li>{} · {} {} · {}</li>",
                (
                    (
                        date_format(localtime(entry.at), "SHORT_DATETIME_FORMAT"),
                        entry.action.removeprefix("ticketing.order."),
                        f"({entry.from_state or '—'} → {entry.to_state})"
                        if entry.to_state
                        else "",
                        entry.actor or "—",
                    )
                    for entry in entries
                ),
            ),
        )

    @property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        order = self.object
        if not self.request.user.has_perm(permissions.CHANGE_ORDERS):
            return buttons
        if (
            order.payment_method == Order.PaymentMethod.BANK_TRANSFER
            and order.state in (Order.State.PENDING, Order.State.EXPIRED)
        ):
            buttons.append(
                Button(
                    _("Mark paid"),
                    url=reverse("ticketing_order_mark_paid", args=[order.pk]),
                    icon_name="tick",
                    priority=30,
                )
            )
        if order.state == Order.State.PAID or order.needs_attention:
            buttons.append(
                Button(
                    _("Refund"),
                    url=reverse("ticketing_order_refund", args=[order.pk]),
                    icon_name="undo",
                    priority=40,
                )
            )
        return buttons


class OrderViewSet(ModelViewSet):
    name = "ticketing_orders"
    url_prefix = "ticketing/orders"
    model = Order
    icon = "doc-full"
    menu_label = _("Orders")
    inspect_view_enabled = True
    form_fields = ["needs_attention", "attention_reason"]
    list_display = [
        "code",
        "buyer",
        "conference",
        "state",
        "payment_method",
        "total",
        "created_at",
        "needs_attention",
    ]
    list_filter = ["conference", "state", "payment_method", "needs_attention"]
    search_fields = ["code", "buyer__email", "invoice_name", "invoice_company"]
    list_export = [
        "code",
        "buyer",
        "conference",
        "state",
        "payment_method",
        "total_excl_vat",
        "total_vat",
        "total",
        "invoice_name",
        "invoice_company",
        "invoice_vat_number",
        "invoice_country",
        "created_at",
        "paid_at",
    ]
    export_filename = "orders"
    inspect_view_class = OrderInspectView

    @property
    def permission_policy(self):
        # Staff may look and export, never add or delete: orders are history.
        return RestrictedPermissionPolicy(self.model, never=("add", "delete"))
