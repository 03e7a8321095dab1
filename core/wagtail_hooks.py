"""The audit trail and the outgoing e-mails in the admin (Settings menu); documents in
a bucket served as signed URLs."""

from django.urls import path
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import DateColumn
from wagtail.admin.viewsets.model import ModelViewSet

from . import admin_guide, admin_look, storage, views  # noqa: F401 (their hooks)
from .admin_outbox import OutboxViewSet, failed_mail_panel
from .models import AuditEntry
from .permissions import ReadOnlyPermissionPolicy


class AuditEntryViewSet(ModelViewSet):
    model = AuditEntry
    url_prefix = "audit"
    icon = "history"
    menu_label = _("Audit trail")
    add_to_settings_menu = True
    permission_policy = ReadOnlyPermissionPolicy(AuditEntry)
    inspect_view_enabled = True
    form_fields = []  # never edited: the permission policy refuses add and change
    list_display = [
        DateColumn("at", label=capfirst(_("when"))),
        "actor",
        "content_type",
        "object_id",
        "action",
        "from_state",
        "to_state",
    ]
    list_filter = ["content_type", "action"]
    list_export = [
        "at",
        "actor",
        "content_type",
        "object_id",
        "action",
        "from_state",
        "to_state",
        "note",
        "data",
    ]
    export_filename = "audit-trail"
    search_fields = ["action", "note", "object_id"]

    def get_queryset(self, request):
        return AuditEntry.objects.select_related("actor", "content_type")


@hooks.register("register_admin_viewset")
def register_audit_viewset():
    return AuditEntryViewSet("core_auditentry")


@hooks.register("register_admin_viewset")
def register_outbox_viewset():
    return OutboxViewSet("core_outbox")


@hooks.register("register_admin_urls")
def register_outbox_urls():
    return [
        path(
            "outbox/<int:pk>/retry/",
            views.outbox_retry_view,
            name="core_outbox_retry",
        )
    ]


hooks.register("construct_homepage_panels", failed_mail_panel)


@hooks.register("before_serve_document", order=1000)
def signed_document_url(document, request):
    """The last check of Wagtail's document view, once every other one has let the
    request through: a document in a bucket is a short-lived signed URL."""
    return storage.document_redirect(document, request)
