"""Staff screen of the Stripe events about our orders that could not be applied.

Such an event (money taken for a session we have no payment for, say) is kept flagged
with what Stripe sent instead of vanishing; staff look it up here and settle it on
the order. The screen only lists and shows: events are history.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet

from core.permissions import ReadOnlyPermissionPolicy

from .models import StripeEvent


class FlaggedStripeEventIndexView(IndexView):
    queryset = StripeEvent.objects.filter(flagged=True)


class FlaggedStripeEventViewSet(ModelViewSet):
    """Stripe events about our orders that could not be applied, newest first."""

    name = "ticketing_stripe_events"
    url_prefix = "ticketing/stripe-events"
    model = StripeEvent
    icon = "warning"
    menu_label = _("Flagged Stripe events")
    index_view_class = FlaggedStripeEventIndexView
    inspect_view_enabled = True
    form_fields = ["flag_reason"]
    list_display = [
        "type",
        "object_id",
        "payment_intent",
        "order_code",
        "amount_cents",
        "flag_reason",
        "received_at",
    ]
    list_filter = ["type"]
    search_fields = ["event_id", "object_id", "payment_intent", "order_code"]
    inspect_view_fields = [
        "event_id",
        "type",
        "received_at",
        "object_id",
        "payment_intent",
        "order_code",
        "amount_cents",
        "currency",
        "flag_reason",
        "attempts",
        "last_error",
        "payload",
    ]
    ordering = ["-received_at", "-pk"]

    @property
    def permission_policy(self):
        return ReadOnlyPermissionPolicy(self.model)
