"""Staff review of a profile change proposal: current and proposed values side by
side, then approve or reject."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.models import Organisation

from .models import ProfileChangeRequest
from .models.profile_changes import PROPOSABLE_FIELDS
from .profile_changes import decide


class DecisionForm(forms.Form):
    comment = forms.CharField(
        label=gettext_lazy("Comment for the proposer (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


def no_add(request, **kwargs):
    raise Http404


def review(request, pk: int):
    if not request.user.has_perm("network.change_profilechangerequest"):
        raise PermissionDenied
    proposal = get_object_or_404(
        ProfileChangeRequest.objects.select_related("organisation", "proposed_by"),
        pk=pk,
    )
    form = DecisionForm(request.POST or None)
    pending = proposal.status == ProfileChangeRequest.Status.PENDING
    if request.method == "POST" and pending and form.is_valid():
        approve = "approve" in request.POST
        decide(
            proposal=proposal,
            actor=request.user,
            approve=approve,
            comment=form.cleaned_data["comment"],
        )
        messages.success(
            request, _("Proposal approved.") if approve else _("Proposal rejected.")
        )
        return redirect("network_profile_change:index")
    rows = [
        {
            "label": Organisation._meta.get_field(name).verbose_name,
            "current": getattr(proposal.organisation, name),
            "proposed": proposal.values.get(name),
            "changed": name in proposal.values,
        }
        for name in PROPOSABLE_FIELDS
    ]
    return TemplateResponse(
        request,
        "network/admin/profile_change_review.html",
        {"proposal": proposal, "rows": rows, "form": form, "pending": pending},
    )
