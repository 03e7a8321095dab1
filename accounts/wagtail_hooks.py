"""Admin screens for member organisations and the people linked to them."""

from django.db import transaction
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button

from core.audit import audit_record
from core.outbox import outbox_privacy_erase, outbox_privacy_export
from network.widgets import MapPickerWidget

from . import account_panels, admin_views, mail, services
from .importing import COLUMNS as IMPORT_COLUMNS
from .models import Affiliation, Organisation
from .panels import PANEL_HOOK
from .privacy import PRIVACY_HOOK, PrivacyContributor


class AuditedEditView(generic.EditView):
    """Writes an audit entry when the edited record's state field changes."""

    state_field = "status"

    @transaction.atomic
    def save_instance(self):
        model = type(self.object)
        before = model.objects.select_for_update().get(pk=self.object.pk)
        instance = super().save_instance()
        old = getattr(before, self.state_field)
        new = getattr(instance, self.state_field)
        if old != new:
            audit_record(
                subject=instance,
                actor=self.request.user,
                action=f"accounts.{instance._meta.model_name}.admin_edited",
                from_state=old,
                to_state=new,
            )
        return instance


class AffiliationEditView(AuditedEditView):
    """Deciding a join request here tells the person, as on the site."""

    @transaction.atomic
    def save_instance(self):
        was_pending = Affiliation.objects.filter(
            pk=self.object.pk, status=Affiliation.Status.PENDING
        ).exists()
        instance = super().save_instance()
        if was_pending and instance.status in (
            Affiliation.Status.APPROVED,
            Affiliation.Status.REJECTED,
        ):
            instance.decided_at = timezone.now()
            instance.decided_by = self.request.user
            instance.save(update_fields=["decided_at", "decided_by"])
            mail.join_decision_mail(
                affiliation=instance, language=instance.user.language
            )
        return instance


class OrganisationEditView(AuditedEditView):
    state_field = "membership_status"

    @transaction.atomic
    def save_instance(self):
        """Also audited: whether the directory shows it, and its address name."""
        before = Organisation.objects.get(pk=self.object.pk)
        instance = super().save_instance()
        for field, action in (
            ("is_listed", "listing_changed"),
            ("slug", "slug_changed"),
        ):
            old, new = getattr(before, field), getattr(instance, field)
            if old != new:
                audit_record(
                    subject=instance,
                    actor=self.request.user,
                    action=f"accounts.organisation.{action}",
                    note=f"{field}: {old} → {new}",
                )
        return instance


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
    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("slug"), FieldPanel("kind")],
            heading=_("Identity"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("country"), FieldPanel("region")]),
                FieldPanel("city"),
                FieldPanel("website"),
                FieldPanel("logo"),
            ],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("latitude"),
                FieldPanel("longitude", widget=MapPickerWidget()),
            ],
            heading=_("On the members' map"),
            help_text=_("Optional: without them, the map lists it as not on the map."),
        ),
        MultiFieldPanel(
            [
                FieldPanel("membership_status"),
                FieldRowPanel(
                    [FieldPanel("membership_start"), FieldPanel("membership_end")]
                ),
                FieldPanel("is_listed"),
            ],
            heading=_("Membership"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("presentation"),
                FieldPanel("presentation_en"),
                FieldPanel("presentation_es"),
            ],
            heading=_("Presentation in the public directory"),
        ),
    ]
    list_display = [
        "name",
        Column("kind", label=capfirst(_("kind")), accessor="get_kind_display"),
        Column(
            "country",
            label=capfirst(_("country")),
            accessor=lambda organisation: organisation.country.name,
        ),
        "city",
        Column(
            "membership_status",
            label=capfirst(_("membership status")),
            accessor="get_membership_status_display",
        ),
        Column("membership_start", label=capfirst(_("membership start"))),
        Column("membership_end", label=capfirst(_("membership end"))),
        BooleanColumn("is_listed", label=capfirst(_("listed publicly"))),
    ]
    list_filter = ["kind", "membership_status", "is_listed", "region", "country"]
    # Field names as headings: an exported file can be imported back as it is.
    list_export = list(IMPORT_COLUMNS)
    export_headings = {column: column for column in IMPORT_COLUMNS}
    export_filename = "member-organisations"
    search_fields = ["name", "city", "country", "slug"]
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
    edit_view_class = AffiliationEditView
    form_fields = ["user", "organisation", "role", "status"]
    list_display = [
        "user",
        "organisation",
        Column("role", label=capfirst(_("role")), accessor="get_role_display"),
        Column("status", label=capfirst(_("status")), accessor="get_status_display"),
        DateColumn("requested_at", label=capfirst(_("requested"))),
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


# "My account": the accounts app's own panels and personal data.
for panel in (
    account_panels.profile_panel,
    account_panels.organisation_panel,
    account_panels.security_panel,
    account_panels.privacy_panel,
):
    hooks.register(PANEL_HOOK, panel)


@hooks.register(PRIVACY_HOOK)
def accounts_privacy() -> PrivacyContributor:
    return PrivacyContributor(
        key="accounts",
        export=services.accounts_privacy_export,
        erase=services.accounts_privacy_erase,
    )


def _addresses(user) -> list[str]:
    """Every address the person has used: the account's and allauth's records."""
    from allauth.account.models import EmailAddress

    return [
        user.email,
        *EmailAddress.objects.filter(user=user).values_list("email", flat=True),
    ]


def _outbox_erase(user) -> list[str]:
    full_name = user.get_full_name().strip()
    names = [full_name] if user.first_name and user.last_name else []
    outbox_privacy_erase(_addresses(user), names)
    return []


@hooks.register(PRIVACY_HOOK)
def outbox_privacy() -> PrivacyContributor:
    """The e-mails the site sent the person: listed in the export, erased with them."""
    return PrivacyContributor(
        key="emails",
        export=lambda user: outbox_privacy_export(_addresses(user)),
        erase=_outbox_erase,
    )
