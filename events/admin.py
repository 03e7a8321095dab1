"""Organisers' screens: Events → Registrations (open, limit and pause registration
for an agenda event) and Events → Registrants (who is coming, filtered by event and
state)."""

from django.db.models import Count, Q
from django.urls import path
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import EditView, InspectView
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from core.i18n_fields import language_panels
from core.permissions import RestrictedPermissionPolicy

from .admin_views import attendance_view, checkin_view, message_view
from .models import Registrant, Registration
from .services import registration_changed


class RegistrationEditView(EditView):
    def save_instance(self):
        # More places (or a reopened list) go to the waiting list at once.
        instance = super().save_instance()
        registration_changed(instance)
        return instance


class RegistrationInspectView(InspectView):
    template_name = "events/admin/registration_inspect.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["counts"] = self.object.registrants.aggregate(
            registered=Count("pk", filter=Q(state=Registrant.State.REGISTERED)),
            waitlisted=Count("pk", filter=Q(state=Registrant.State.WAITLISTED)),
            pending=Count("pk", filter=Q(state=Registrant.State.PENDING)),
            attended=Count(
                "pk", filter=Q(state=Registrant.State.REGISTERED, attended=True)
            ),
        )
        return context


class RegistrationViewSet(ModelViewSet):
    name = "event_registrations"
    model = Registration
    url_prefix = "events/registrations"
    icon = "date"
    menu_label = gettext_lazy("Registrations")
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_class = RegistrationInspectView
    inspect_view_fields = [
        "event",
        "is_open",
        "opens_at",
        "closes_at",
        "capacity",
        "price",
        "member_price",
        "vat_rate",
        "audience",
        "group",
        "join_url",
        "join_passcode",
        "ask_organisation",
        "ask_role",
        "question",
        "question_en",
        "question_es",
        "recording_url",
        "slides",
        "materials_for",
    ]
    edit_view_class = RegistrationEditView
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
            [
                FieldRowPanel([FieldPanel("price"), FieldPanel("member_price")]),
                FieldPanel("vat_rate"),
            ],
            heading=gettext_lazy("Price"),
        ),
        MultiFieldPanel(
            [FieldPanel("join_url"), FieldPanel("join_passcode")],
            heading=gettext_lazy("Online event"),
        ),
        MultiFieldPanel(
            [FieldPanel("ask_organisation"), FieldPanel("ask_role")],
            heading=gettext_lazy("Questions"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("recording_url"),
                FieldPanel("slides"),
                FieldPanel("materials_for"),
            ],
            heading=gettext_lazy("After the event"),
        ),
        *language_panels("question"),
    ]

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("<int:pk>/check-in/", checkin_view, name="checkin"),
            path("<int:pk>/message/", message_view, name="message"),
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
    list_display = [
        "user",
        Column("email", label=gettext_lazy("E-mail"), accessor="user.email"),
        "registration",
        Column(
            "state", label=capfirst(gettext_lazy("state")), accessor="get_state_display"
        ),
        "organisation",
        "attended",
        DateColumn("queued_at", label=capfirst(gettext_lazy("queued at"))),
    ]
    list_filter = ["registration", "state", "attended"]
    search_fields = ["user__email", "user__first_name", "user__last_name"]
    list_export = [
        "user",
        "user.email",
        "registration",
        "state",
        "organisation",
        "role",
        "answer",
        "language",
        "attended",
        "queued_at",
        "created_at",
    ]
    export_headings = {"user.email": gettext_lazy("E-mail")}
    export_filename = "registrants"
    ordering = ["registration", "queued_at", "pk"]
    panels = [FieldPanel("attended")]

    @property
    def permission_policy(self):
        # People register themselves; organisers mark presence, never add or delete.
        return RestrictedPermissionPolicy(self.model, never=("add", "delete"))


class AttendanceMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("events.view_registration")


class AttendanceViewSet(ViewSet):
    name = "event_attendance"
    url_prefix = "events/attendance"
    icon = "table"
    menu_label = gettext_lazy("Attendance")
    menu_item_class = AttendanceMenuItem

    def get_urlpatterns(self):
        return [path("", attendance_view, name="index")]


class EventsViewSetGroup(ViewSetGroup):
    menu_label = gettext_lazy("Events")
    menu_icon = "date"
    menu_order = 250
    items = (RegistrationViewSet, RegistrantViewSet, AttendanceViewSet)
