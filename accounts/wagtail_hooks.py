"""Admin screens for member organisations and the people linked to them."""

from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button

from . import admin_views
from .audit import audit_record
from .importing import COLUMNS as IMPORT_COLUMNS
from .models import Affiliation, Organisation

ORGANISATION_FIELDS = [
    "name",
    "kind",
    "country",
    "region",
    "city",
    "website",
    "logo",
    "membership_status",
    "membership_start",
    "membership_end",
    "is_listed",
]


class AuditedEditView(generic.EditView):
    """Writes an audit entry when the edited record's state field changes."""

    state_field = "status"

    def save_instance(self):
        before = type(self.object).objects.get(pk=self.object.pk)
        instance = super().save_instance()
        old = getattr(before, self.state_field)
        new = getattr(instance, self.state_field)
        if old != new:
            audit_record(
                subject=instance,
                actor=self.request.user,
                action=f"{instance._meta.model_name}_admin_edit",
                from_state=old,
                to_state=new,
            )
        return instance


class OrganisationEditView(AuditedEditView):
    state_field = "membership_status"


class OrganisationIndexView(generic.IndexView):
    @cached_property
    def header_more_buttons(self):
        buttons = super().header_more_buttons
        if self.request.user.has_perms(
            ["accounts.add_organisation", "accounts.change_organisation"]
        ):
            buttons.append(
                Button(
                    _("Import a member list (CSV)"),
                    url=reverse("accounts_organisation:import"),
                    icon_name="upload",
                )
            )
        return buttons


class OrganisationViewSet(ModelViewSet):
    model = Organisation
    url_prefix = "members/organisations"
    icon = "group"
    menu_label = _("Organisations")
    add_to_admin_menu = False
    index_view_class = OrganisationIndexView
    edit_view_class = OrganisationEditView
    form_fields = ORGANISATION_FIELDS
    list_display = [
        "name",
        Column("kind", label=_("kind"), accessor="get_kind_display"),
        "country",
        "city",
        Column(
            "membership_status",
            label=_("membership status"),
            accessor="get_membership_status_display",
        ),
        DateColumn("membership_end", label=_("membership end")),
        BooleanColumn("is_listed", label=_("listed publicly")),
    ]
    list_filter = ["kind", "membership_status", "is_listed", "country"]
    # Field names as headings: an exported file can be imported back as it is.
    list_export = list(IMPORT_COLUMNS)
    export_headings = {column: column for column in IMPORT_COLUMNS}
    export_filename = "member-organisations"
    search_fields = ["name", "city", "country", "region"]
    inspect_view_enabled = True

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("import/", admin_views.organisation_import, name="import"),
        ]


class AffiliationViewSet(ModelViewSet):
    model = Affiliation
    url_prefix = "members/people"
    icon = "user"
    menu_label = _("People and join requests")
    add_to_admin_menu = False
    edit_view_class = AuditedEditView
    form_fields = ["user", "organisation", "role", "status"]
    list_display = [
        "user",
        "organisation",
        Column("role", label=_("role"), accessor="get_role_display"),
        Column("status", label=_("status"), accessor="get_status_display"),
        DateColumn("requested_at", label=_("requested")),
    ]
    list_filter = ["status", "role", "organisation"]
    list_export = ["user", "organisation", "role", "status", "requested_at"]
    export_filename = "organisation-people"
    search_fields = ["user__email", "user__last_name", "organisation__name"]


class MembersGroup(ViewSetGroup):
    menu_label = _("Members")
    menu_icon = "group"
    menu_order = 250
    items = (
        OrganisationViewSet("accounts_organisation"),
        AffiliationViewSet("accounts_affiliation"),
    )


@hooks.register("register_admin_viewset")
def register_members_viewsets():
    return MembersGroup()
