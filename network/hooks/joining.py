"""Joining the network in the admin: applications, campaigns, report, home panel."""

from django.urls import path, reverse
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from accounts.privacy import PRIVACY_HOOK, PrivacyContributor
from core.permissions import RestrictedPermissionPolicy

from .. import joining_admin, joining_privacy
from ..models import Campaign, MembershipApplication


class ApplicationIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("campaign")


class ApplicationViewSet(ModelViewSet):
    model = MembershipApplication
    url_prefix = "network/applications"
    icon = "form"
    menu_label = _("Membership applications")
    add_to_admin_menu = True
    menu_order = 255
    inspect_view_enabled = False
    form_fields = [
        "organisation_name",
        "city",
        "website",
        "contact_name",
        "contact_role",
        "phone",
        "message",
    ]
    list_display = [
        TitleColumn(
            "organisation_name",
            label=capfirst(_("organisation name")),
            accessor="organisation_name",
            get_url=lambda a: reverse("network_applications:review", args=[a.pk]),
        ),
        Column("kind", label=capfirst(_("kind")), accessor="get_kind_display"),
        Column("country", label=capfirst(_("country")), accessor="country.name"),
        Column("status", label=capfirst(_("status")), accessor="get_status_display"),
        Column("campaign", label=capfirst(_("campaign")), accessor="campaign"),
        DateColumn("submitted_at", label=capfirst(_("submitted"))),
    ]
    list_filter = ["status", "campaign", "kind", "country", "submitted_at"]
    search_fields = ["organisation_name", "contact_name", "email", "city"]

    @property
    def permission_policy(self):
        # Only people who may decide see applications; nobody adds or deletes them.
        return RestrictedPermissionPolicy(
            self.model, never=("add", "delete"), requires=joining_admin.DECIDE
        )

    index_view_class = ApplicationIndexView

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("<int:pk>/review/", joining_admin.review, name="review"),
            path("<int:pk>/approve/", joining_admin.approve, name="approve"),
            path("<int:pk>/decline/", joining_admin.decline, name="decline"),
        ]


class CampaignViewSet(SnippetViewSet):
    model = Campaign
    icon = "tag"
    menu_label = _("Campaigns")
    list_display = ["name", "code", "active"]
    list_filter = ["active"]
    search_fields = ["name", "code"]


register_snippet(CampaignViewSet)


@hooks.register("register_admin_viewset")
def register_applications_viewset():
    return ApplicationViewSet("network_applications")


@hooks.register("register_admin_urls")
def register_campaign_report_url():
    return [
        path(
            "network/campaign-report/",
            joining_admin.campaign_report,
            name="network_campaign_report",
        )
    ]


class _ReportItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(joining_admin.DECIDE)


@hooks.register("register_reports_menu_item")
def register_campaign_report_menu_item():
    return _ReportItem(
        _("Applications per campaign"),
        reverse("network_campaign_report"),
        icon_name="form",
    )


hooks.register("construct_homepage_panels", joining_admin.waiting_panel)


@hooks.register(PRIVACY_HOOK)
def joining_privacy_contributor() -> PrivacyContributor:
    return PrivacyContributor(
        key="network_applications",
        export=joining_privacy.export,
        erase=joining_privacy.erase,
    )
