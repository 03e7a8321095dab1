"""The daily books report and the open holds, as entries of the Ticketing menu."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.viewsets.base import ViewSet

from .admin_views import SalesMenuItem, conference_chosen
from .books import books_days, books_disagreements, books_totals
from .models import Order
from .permissions import CHANGE_ORDERS, VIEW_ORDERS
from .services import order_release

BIGGEST_HOLDERS = 50
LIVE = Q(positions__cancelled_at__isnull=True)


def books_view(request):
    """Payments, refunds, invoices and credit notes per day; orders that disagree."""
    if not request.user.has_perm(VIEW_ORDERS):
        raise PermissionDenied
    conferences, conference = conference_chosen(request)
    days = books_days(conference=conference) if conference else []
    return render(
        request,
        "ticketing/admin/books.html",
        {
            "title": _("Books"),
            "conferences": conferences,
            "conference": conference,
            "days": days,
            "totals": books_totals(days),
            "disagreements": (
                books_disagreements(conference=conference) if conference else []
            ),
        },
    )


def holds_view(request):
    """The buyers holding the most unpaid places, each order with a release button."""
    if not request.user.has_perm(VIEW_ORDERS):
        raise PermissionDenied
    conferences, conference = conference_chosen(request)
    holders: dict = {}
    if conference:
        orders = (
            Order.objects.filter(
                conference=conference,
                state=Order.State.PENDING,
                expires_at__gt=timezone.now(),
            )
            .annotate(
                places=Count(
                    "positions", filter=Q(positions__cancelled_at__isnull=True)
                )
            )
            .select_related("buyer")
            .order_by("expires_at")
        )
        for order in orders:
            holder = holders.setdefault(
                order.buyer_id, {"buyer": order.buyer, "places": 0, "orders": []}
            )
            holder["places"] += order.places
            holder["orders"].append(order)
    biggest = sorted(holders.values(), key=lambda h: -h["places"])[:BIGGEST_HOLDERS]
    return render(
        request,
        "ticketing/admin/holds.html",
        {
            "title": _("Open holds"),
            "conferences": conferences,
            "conference": conference,
            "holders": biggest,
            "may_release": request.user.has_perm(CHANGE_ORDERS),
        },
    )


def order_release_view(request, pk: int):
    if not request.user.has_perm(CHANGE_ORDERS):
        raise PermissionDenied
    order = get_object_or_404(Order.objects.select_related("conference"), pk=pk)
    if request.method == "POST":
        if order_release(order=order, actor=request.user):
            messages.success(
                request,
                _("The places of order %(code)s are released.") % {"code": order.code},
            )
        else:
            messages.error(
                request,
                _("Order %(code)s no longer holds places.") % {"code": order.code},
            )
        return redirect(f"{_holds_url()}?conference={order.conference_id}")
    return render(
        request,
        "ticketing/admin/order_release.html",
        {"order": order, "title": _("Release the places")},
    )


def _holds_url() -> str:
    return reverse("ticketing_holds:index")


class BooksViewSet(ViewSet):
    name = "ticketing_books"
    url_prefix = "ticketing/books"
    icon = "table"
    menu_label = gettext_lazy("Books")
    menu_item_class = SalesMenuItem

    def get_urlpatterns(self):
        return [path("", books_view, name="index")]


class HoldsViewSet(ViewSet):
    name = "ticketing_holds"
    url_prefix = "ticketing/holds"
    icon = "lock"
    menu_label = gettext_lazy("Open holds")
    menu_item_class = SalesMenuItem

    def get_urlpatterns(self):
        return [
            path("", holds_view, name="index"),
            path("<int:pk>/release/", order_release_view, name="release"),
        ]
