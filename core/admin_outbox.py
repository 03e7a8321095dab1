"""Outgoing e-mails in the admin (Settings → Outgoing e-mails).

Staff holding ``core.manage_outbox`` list the outbox (filter by state and source,
search by recipient), inspect a message and send a failed one again. Nobody adds,
edits or deletes rows here. The body of a mail that carries a sign-in link
(verification, password reset) is never shown.
"""

from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import DateColumn
from wagtail.admin.views.generic.models import InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button

from .admin_home import ATTENTION, Row, work_panel
from .models import OutboxMessage
from .permissions import RestrictedPermissionPolicy

MANAGE_OUTBOX = "core.manage_outbox"


class OutboxInspectView(InspectView):
    def get_fields(self):
        return [
            "source",
            "state",
            "to",
            "cc",
            "subject",
            "message_id",
            "language",
            "created_at",
            "sent_at",
            "attempts",
            "next_attempt_at",
            "last_error",
            "body",
            "files",
        ]

    def get_field_label(self, field_name, field):
        if field_name == "files":
            return _("Attachments")
        return super().get_field_label(field_name, field)

    def get_body_display_value(self):
        if self.object.carries_secret:
            return _("Not shown: this e-mail carries a sign-in link.")
        return format_html("<pre>{}</pre>", self.object.body)

    def get_files_display_value(self):
        return format_html_join(
            "",
            "<div>{} ({})</div>",
            self.object.attachments.values_list("filename", "mimetype"),
        ) or _("None")

    @property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if self.object.state != OutboxMessage.State.SENT:
            buttons.append(
                Button(
                    _("Send again"),
                    url=reverse("core_outbox_retry", args=[self.object.pk]),
                    icon_name="resubmit",
                    priority=30,
                )
            )
        return buttons


class OutboxViewSet(ModelViewSet):
    """Every e-mail the site sends; pending and failed ones first."""

    model = OutboxMessage
    url_prefix = "outbox"
    icon = "mail"
    menu_label = _("Outgoing e-mails")
    add_to_settings_menu = True
    inspect_view_enabled = True
    inspect_view_class = OutboxInspectView
    form_fields = []  # never edited: the permission policy refuses add and change
    list_display = [
        "subject",
        "to",
        "source",
        "state",
        "attempts",
        DateColumn("created_at", label=_("Created at")),
        DateColumn("sent_at", label=_("Sent at")),
    ]
    list_filter = ["state", "source"]
    search_fields = ["recipients", "subject", "message_id"]
    ordering = ["state", "-created_at", "-pk"]

    @property
    def permission_policy(self):
        # Only the holders of ``core.manage_outbox`` see the screen; nobody edits.
        return RestrictedPermissionPolicy(self.model, requires=MANAGE_OUTBOX)


@work_panel(
    "outbox_failed",
    heading=_("E-mails that could not be sent"),
    permission=MANAGE_OUTBOX,
    order=90,
    hide_when_empty=True,
)
def failed_mail_panel(request) -> list[Row]:
    """On the admin home of those who can act: how many e-mails have failed."""
    failed = OutboxMessage.objects.filter(state=OutboxMessage.State.FAILED).count()
    url = reverse("core_outbox:index")
    return [
        Row(
            "failed",
            _("Failed after every attempt, to send again"),
            count=failed,
            url=f"{url}?{urlencode({'state': 'failed'})}",
            tone=ATTENTION,
        )
    ]
