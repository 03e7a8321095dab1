"""Staff screens in the Wagtail admin: conferences, rates, quotas, vouchers, orders.

Orders and tickets are changed only through the services (payments, refunds,
check-in), so their screens list, filter, search and export but never add or edit
money fields.
"""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from accounts.panels import PANEL_HOOK
from accounts.privacy import PRIVACY_HOOK
from core import pagecache
from core.i18n_fields import language_panels
from core.outbox import RENDERER_HOOK
from core.permissions import ReadOnlyPermissionPolicy, RestrictedPermissionPolicy

from . import account, admin_books, admin_groups, admin_home, admin_views
from .admin_orders import OrderViewSet
from .admin_stripe_events import FlaggedStripeEventViewSet
from .models import (
    Conference,
    OrderPosition,
    Quota,
    TicketType,
    Voucher,
    WaitingListEntry,
)
from .services import mail


class ConferenceViewSet(ModelViewSet):
    name = "ticketing_conferences"
    url_prefix = "ticketing/conferences"
    model = Conference
    icon = "date"
    menu_label = _("Conferences")
    # Name, venue and terms are shown to buyers: one group of fields per language.
    panels = [
        *language_panels("name", "venue", "terms"),
        FieldPanel("slug"),
        FieldPanel("event_page"),
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
        FieldRowPanel([FieldPanel("sales_open_at"), FieldPanel("sales_close_at")]),
        FieldPanel("vat_rate"),
        FieldPanel("bank_transfer_days"),
        FieldPanel("bank_details"),
    ]
    list_display = ["name", "starts_at", "venue", "sales_open_at", "sales_close_at"]
    search_fields = ["name", "name_en", "name_es", "venue"]


class TicketTypeViewSet(ModelViewSet):
    name = "ticketing_ticket_types"
    url_prefix = "ticketing/ticket-types"
    model = TicketType
    icon = "tag"
    menu_label = _("Ticket types")
    panels = [
        FieldPanel("conference"),
        *language_panels("name", "description"),
        FieldPanel("price"),
        FieldRowPanel([FieldPanel("available_from"), FieldPanel("available_until")]),
        FieldPanel("members_only"),
        FieldPanel("requires_voucher"),
        FieldRowPanel([FieldPanel("min_per_order"), FieldPanel("max_per_order")]),
        FieldPanel("sort_order"),
    ]
    list_display = ["name", "conference", "price", "available_until", "members_only"]
    list_filter = ["conference", "members_only", "requires_voucher"]
    search_fields = ["name", "name_en", "name_es"]


class QuotaViewSet(ModelViewSet):
    name = "ticketing_quotas"
    url_prefix = "ticketing/quotas"
    model = Quota
    icon = "group"
    menu_label = _("Quotas")
    form_fields = ["conference", "name", "capacity", "ticket_types"]
    list_display = ["name", "conference", "capacity"]
    list_filter = ["conference"]


class VoucherViewSet(ModelViewSet):
    name = "ticketing_vouchers"
    url_prefix = "ticketing/vouchers"
    model = Voucher
    icon = "pick"
    menu_label = _("Vouchers")
    form_fields = [
        "conference",
        "code",
        "kind",
        "value",
        "max_uses",
        "valid_from",
        "valid_until",
        "ticket_types",
        "comment",
    ]
    list_display = ["code", "conference", "kind", "value", "max_uses", "valid_until"]
    list_filter = ["conference", "kind"]
    search_fields = ["code", "comment"]


class AttendeeViewSet(ModelViewSet):
    name = "ticketing_attendees"
    url_prefix = "ticketing/attendees"
    model = OrderPosition
    icon = "user"
    menu_label = _("Attendees")
    inspect_view_enabled = True
    form_fields = ["attendee_name", "badge_name", "dietary_needs", "access_needs"]
    list_display = [
        "attendee_name",
        "attendee_email",
        "organisation",
        "ticket_type",
        "order",
        "checked_in_at",
    ]
    list_filter = ["ticket_type__conference", "ticket_type", "order__state"]
    search_fields = ["attendee_name", "attendee_email", "organisation", "order__code"]
    list_export = [
        "attendee_name",
        "attendee_email",
        "organisation",
        "badge_name",
        "dietary_needs",
        "access_needs",
        "ticket_type",
        "order",
        "price",
        "cancelled_at",
        "checked_in_at",
    ]
    export_filename = "attendees"

    @property
    def permission_policy(self):
        # Staff may look and export, never add or delete: tickets are history.
        return RestrictedPermissionPolicy(self.model, never=("add", "delete"))


class WaitingListViewSet(ModelViewSet):
    """Who waits for which sold-out ticket type, in order; read-only history."""

    name = "ticketing_waiting_list"
    url_prefix = "ticketing/waiting-list"
    model = WaitingListEntry
    icon = "time"
    menu_label = _("Waiting list")
    inspect_view_enabled = True
    form_fields = ["quantity"]
    list_display = [
        "user",
        "ticket_type",
        "quantity",
        "state",
        "created_at",
        "offer_expires_at",
    ]
    list_filter = ["conference", "ticket_type", "state"]
    search_fields = ["user__email", "user__first_name", "user__last_name"]
    list_export = [
        "user",
        "ticket_type",
        "quantity",
        "state",
        "created_at",
        "offered_at",
        "offer_expires_at",
    ]
    export_filename = "waiting-list"
    ordering = ["created_at", "pk"]

    @property
    def permission_policy(self):
        # Staff may look and export; changes go through the services only.
        return ReadOnlyPermissionPolicy(self.model)


class TicketingViewSetGroup(ViewSetGroup):
    menu_label = _("Ticketing")
    menu_icon = "tag"
    items = (
        admin_views.SalesViewSet,
        admin_books.BooksViewSet,
        admin_books.HoldsViewSet,
        OrderViewSet,
        admin_groups.GroupRequestViewSet,
        AttendeeViewSet,
        WaitingListViewSet,
        FlaggedStripeEventViewSet,
        ConferenceViewSet,
        TicketTypeViewSet,
        QuotaViewSet,
        VoucherViewSet,
    )


@hooks.register("register_admin_viewset")
def register_ticketing_viewsets():
    return TicketingViewSetGroup()


@hooks.register("register_admin_urls")
def register_ticketing_admin_urls():
    return [
        path(
            "ticketing/orders/<int:pk>/mark-paid/",
            admin_views.order_mark_paid_view,
            name="ticketing_order_mark_paid",
        ),
        path(
            "ticketing/orders/<int:pk>/refund/",
            admin_views.order_refund_view,
            name="ticketing_order_refund",
        ),
        *admin_groups.admin_urls(),
    ]


@hooks.register("event_registration_url")
def conference_tickets_url(event, request) -> str | None:
    """An event page with a conference attached (in any language) sells its tickets."""
    slug = pagecache.remembered(  # "" when none; saving a conference renews it
        "conference-of-event",
        event.translation_key,
        compute=lambda: (
            Conference.objects.filter(
                event_page__translation_key=event.translation_key, sold_for=""
            )
            .values_list("slug", flat=True)
            .first()
            or ""
        ),
        tag=pagecache.SITE,
    )
    return reverse("ticketing:tickets", kwargs={"slug": slug}) if slug else None


@hooks.register(RENDERER_HOOK)
def ticketing_mail_renderers():
    """The PDFs of an order's mails are rendered at the first send attempt."""
    return {
        mail.ORDER_MAIL_RENDERER: mail.order_mail_render,
        mail.OFFER_MAIL_RENDERER: mail.waiting_list_offer_render,
    }


# The admin home: today's sales and the queues of ticketing staff.
hooks.register("construct_homepage_panels", admin_home.ticketing_panel)

# "My account": the orders panel and what ticketing holds about a person.
hooks.register(PANEL_HOOK, account.orders_panel)
hooks.register(PRIVACY_HOOK, account.privacy_contributor)
