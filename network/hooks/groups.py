"""Working groups, the members' library and profile proposals in other modules:
Wagtail's document address, the admin, "My account" and the personal-data export."""

from django.http import Http404
from django.urls import path, reverse
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.viewsets.model import ModelViewSet

from accounts.panels import PANEL_HOOK, AccountPanel
from accounts.privacy import PRIVACY_HOOK, PrivacyContributor
from core.permissions import RestrictedPermissionPolicy

from .. import admin_views, profile_changes
from ..access import document_refused, may_use_library
from ..models import ProfileChangeRequest


@hooks.register("before_serve_document")
def refuse_members_documents(document, request):
    """Library files and groups' members-only documents: 404 to anyone not allowed,
    as if they did not exist."""
    if document_refused(document, request.user):
        raise Http404


class ProfileChangeViewSet(ModelViewSet):
    model = ProfileChangeRequest
    url_prefix = "members/profile-changes"
    icon = "edit"
    menu_label = _("Profile change proposals")
    menu_order = 260
    add_to_admin_menu = True
    form_fields = ["staff_comment"]
    list_display = [
        "organisation",
        "proposed_by",
        DateColumn("proposed_at", label=capfirst(_("proposed at"))),
        Column("status", label=capfirst(_("status")), accessor="get_status_display"),
    ]
    list_filter = ["status"]
    search_fields = ["organisation__name", "proposed_by__email"]

    @property
    def permission_policy(self):
        # Members make proposals; staff review them, never add or delete one here.
        return RestrictedPermissionPolicy(self.model, never=("add", "delete"))

    def get_urlpatterns(self):
        # Proposals are made by members, never added or edited here: the "add"
        # address answers 404 and "edit" is the review.
        replaced = {
            "add": path("new/", admin_views.no_add, name="add"),
            "edit": path("edit/<int:pk>/", admin_views.review, name="edit"),
            "copy": path("copy/<int:pk>/", admin_views.no_add, name="copy"),
        }
        patterns = [
            replaced.get(pattern.name, pattern) for pattern in super().get_urlpatterns()
        ]
        return [*patterns, path("<int:pk>/review/", admin_views.review, name="review")]


@hooks.register("register_admin_viewset")
def register_profile_change_viewset():
    return ProfileChangeViewSet("network_profile_change")


def _proposals_panel_context(request) -> dict | None:
    organisations = list(profile_changes.proposable_organisations(request.user))
    if not organisations:
        return None
    pending = set(
        ProfileChangeRequest.objects.filter(
            organisation__in=organisations,
            status=ProfileChangeRequest.Status.PENDING,
        ).values_list("organisation_id", flat=True)
    )
    return {
        "rows": [
            {
                "organisation": o,
                "pending": o.pk in pending,
                "url": reverse("network:propose_changes", args=[o.pk]),
            }
            for o in organisations
        ]
    }


def _library_panel_context(request) -> dict | None:
    from ..library import library_items

    language = request.LANGUAGE_CODE
    items = list(library_items().filter(locale__language_code=language)[:3])
    if not items:
        return None
    allowed = may_use_library(request.user)
    for item in items:
        item.download_url = (
            item.url + item.reverse_subpage("download")
            if allowed and item.document_id
            else ""
        )
    return {"items": items, "may_download": allowed}


@hooks.register(PANEL_HOOK)
def proposals_panel() -> AccountPanel:
    return AccountPanel(
        key="profile_changes",
        title=_("My organisation's public profile"),
        template_name="network/account_proposals_panel.html",
        get_context=_proposals_panel_context,
        order=26,
    )


@hooks.register(PANEL_HOOK)
def library_panel() -> AccountPanel:
    return AccountPanel(
        key="library",
        title=_("Latest in the members' library"),
        template_name="network/account_library_panel.html",
        get_context=_library_panel_context,
        order=27,
    )


@hooks.register(PRIVACY_HOOK)
def profile_changes_privacy() -> PrivacyContributor:
    return PrivacyContributor(
        key="network_profile_changes",
        export=profile_changes.privacy_export,
        erase=profile_changes.privacy_erase,
    )
