"""Organisers' screens: Events → Registrations (open, limit and pause registration
for an agenda event) and Events → Registrants (who is coming, filtered by event and
state)."""

from django.utils.translation import gettext_lazy
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from core.i18n_fields import language_panels

from .models import Registrant, Registration


class RegistrationViewSet(ModelViewSet):
    name = "event_registrations"
    model = Registration
    url_prefix = "events/registrations"
    icon = "date"
    menu_label = gettext_lazy("Registrations")
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = ["event", "audience", "capacity", "is_open"]
    list_filter = ["audience", "is_open"]
    panels = [
        FieldPanel("event"),
        MultiFieldPanel(
            [
                FieldPanel("is_open"),
                FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
                FieldPanel("capacity"),
                FieldRowPanel([FieldPanel("audience"), FieldPanel("group")]),
            ],
            heading=gettext_lazy("Who may register, and when"),
        ),
        MultiFieldPanel(
            [FieldPanel("join_url"), FieldPanel("join_passcode")],
            heading=gettext_lazy("Online event"),
        ),
        MultiFieldPanel(
            [FieldPanel("ask_organisation"), FieldPanel("ask_role")],
            heading=gettext_lazy("Questions"),
        ),
        *language_panels("question"),
    ]


class RegistrantViewSet(ModelViewSet):
    name = "event_registrants"
    model = Registrant
    url_prefix = "events/registrants"
    icon = "group"
    menu_label = gettext_lazy("Registrants")
    add_to_admin_menu = False
    create_view_enabled = False
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = ["user", "registration", "state", "organisation", "queued_at"]
    list_filter = ["registration", "state", "attended"]
    search_fields = ["user__email", "user__first_name", "user__last_name"]
    panels = [FieldPanel("attended")]


class EventsViewSetGroup(ViewSetGroup):
    menu_label = gettext_lazy("Events")
    menu_icon = "date"
    menu_order = 250
    items = (RegistrationViewSet, RegistrantViewSet)
