"""Group booking requests in the admin: staff read them and approve or decline."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.views.generic.models import InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button

from core.permissions import ReadOnlyPermissionPolicy

from .exceptions import TicketingError
from .models import GroupRequest
from .services import group_request_decide

DECIDE = "ticketing.change_grouprequest"


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label=gettext_lazy("Decision"),
        choices=[
            ("approve", gettext_lazy("Approve")),
            ("decline", gettext_lazy("Decline")),
        ],
        widget=forms.RadioSelect,
    )
    note = forms.CharField(
        label=gettext_lazy("Note to the buyer"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy("Sent in the e-mail that tells the buyer."),
    )


def group_request_decide_view(request, pk: int):
    if not request.user.has_perm(DECIDE):
        raise PermissionDenied
    group = get_object_or_404(
        GroupRequest.objects.select_related("buyer", "conference"), pk=pk
    )
    form = DecisionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            group_request_decide(
                request=group,
                actor=request.user,
                approve=form.cleaned_data["decision"] == "approve",
                note=form.cleaned_data["note"],
            )
        except TicketingError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("The buyer is told of your decision."))
            return redirect("ticketing_group_requests:inspect", group.pk)
    return render(
        request,
        "ticketing/admin/group_request_decide.html",
        {"group": group, "form": form, "title": _("Decide")},
    )


class GroupRequestInspectView(InspectView):
    @property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if (
            self.object.state == GroupRequest.State.REQUESTED
            and self.request.user.has_perm(DECIDE)
        ):
            buttons.append(
                Button(
                    _("Decide"),
                    url=reverse(
                        "ticketing_group_request_decide", args=[self.object.pk]
                    ),
                    icon_name="tick",
                    priority=30,
                )
            )
        return buttons


class GroupRequestViewSet(ModelViewSet):
    """Requests to hold more unpaid places than the limits; decided, never edited."""

    name = "ticketing_group_requests"
    url_prefix = "ticketing/group-requests"
    model = GroupRequest
    icon = "group"
    menu_label = gettext_lazy("Group bookings")
    inspect_view_enabled = True
    inspect_view_class = GroupRequestInspectView
    form_fields = ["decision_note"]
    list_display = [
        "organisation",
        "buyer",
        "conference",
        "places",
        "state",
        "created_at",
    ]
    list_filter = ["conference", "state"]
    search_fields = ["organisation", "buyer__email"]

    @property
    def permission_policy(self):
        return ReadOnlyPermissionPolicy(self.model)


def admin_urls():
    return [
        path(
            "ticketing/group-requests/<int:pk>/decide/",
            group_request_decide_view,
            name="ticketing_group_request_decide",
        )
    ]
