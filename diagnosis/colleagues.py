"""The organisation's colleagues: who fills in its assessments, the invitations the
primary contact sends, and the invitation link a colleague opens.

Every screen checks the organisation on the server: a person who does not belong to
it (and is not staff) gets a 404; only the primary contact changes anything.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.models import Affiliation, Organisation
from core.ratelimit import rate_limit_check

from . import services
from .exceptions import DiagnosisError
from .forms import InvitationForm
from .invitations import (
    invitation_accept,
    invitation_read,
    invitation_send,
    invitation_withdraw,
    invited_person,
    pending_invitations,
)
from .models import Contributor, Invitation
from .selectors import access_to


def _organisation_for(request, organisation_id: int, *, manage: bool = False):
    organisation = get_object_or_404(Organisation, pk=organisation_id)
    access = access_to(request.user, organisation)
    if not access.read or (manage and not access.manage):
        raise Http404
    return organisation, access


def _page(request, organisation, access, form=None, status=200):
    links = Affiliation.objects.filter(
        organisation=organisation, status=Affiliation.Status.APPROVED
    ).select_related("user")
    granted = set(
        Contributor.objects.filter(organisation=organisation).values_list(
            "user_id", flat=True
        )
    )
    people = [
        {
            "user": link.user,
            "primary": link.role == Affiliation.Role.PRIMARY_CONTACT,
            "contributor": link.user_id in granted,
        }
        for link in links.order_by("user__last_name", "user__first_name")
    ]
    context = {"organisation": organisation, "access": access, "people": people}
    if access.manage:
        context["invitations"] = pending_invitations(organisation)
        context["form"] = form or InvitationForm()
    return render(request, "diagnosis/contributors.html", context, status=status)


@login_required
def contributors(request, organisation_id: int):
    organisation, access = _organisation_for(
        request, organisation_id, manage=request.method == "POST"
    )
    if request.method == "POST":
        person = get_object_or_404(
            Affiliation,
            organisation=organisation,
            user_id=request.POST.get("user"),
            status=Affiliation.Status.APPROVED,
        ).user
        action = (
            services.contributor_grant
            if request.POST.get("grant")
            else services.contributor_revoke
        )
        try:
            action(organisation=organisation, user=person, actor=request.user)
        except DiagnosisError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("The contributors are updated."))
        return redirect("diagnosis:contributors", organisation.pk)
    return _page(request, organisation, access)


@login_required
@require_POST
def invite(request, organisation_id: int):
    organisation, access = _organisation_for(request, organisation_id, manage=True)
    form = InvitationForm(request.POST)
    if form.is_valid():
        rate_limit_check(request, "diagnosis.invite")
        try:
            invitation = invitation_send(
                organisation=organisation,
                email=form.cleaned_data["email"],
                actor=request.user,
                language=get_language(),
            )
        except DiagnosisError as error:
            form.add_error("email", error.message)
        else:
            messages.success(
                request,
                _("An invitation was sent to %(email)s.") % {"email": invitation.email},
            )
            return redirect("diagnosis:contributors", organisation.pk)
    return _page(request, organisation, access, form=form, status=400)


@login_required
@require_POST
def withdraw(request, organisation_id: int, pk: int):
    organisation, _access = _organisation_for(request, organisation_id, manage=True)
    invitation = get_object_or_404(
        Invitation, pk=pk, organisation=organisation, state=Invitation.State.PENDING
    )
    invitation_withdraw(invitation=invitation, actor=request.user)
    messages.success(request, _("The invitation is withdrawn."))
    return redirect("diagnosis:contributors", organisation.pk)


def invitation(request, token: str):
    """The link in the mail: sign in, then accept. Anyone but the invited person,
    and any used, withdrawn or expired link, gets a 404."""
    found = invitation_read(token[:500])
    if found is None:
        raise Http404
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not invited_person(found, request.user):
        raise Http404
    if request.method == "POST":
        try:
            invitation_accept(invitation=found, user=request.user)
        except DiagnosisError as error:
            messages.error(request, error.message)
            return redirect("diagnosis:home")
        messages.success(
            request,
            _("Welcome! You now fill in the self-diagnosis of %(organisation)s.")
            % {"organisation": found.organisation.name},
        )
        return redirect("diagnosis:home")
    return render(request, "diagnosis/invitation.html", {"invitation": found})
