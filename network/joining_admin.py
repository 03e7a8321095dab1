"""Admin screens of the applications pipeline: review, approve, decline, report."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from wagtail.admin.ui.components import Component
from wagtail.permission_policies import ModelPermissionPolicy

from accounts.models import Organisation
from core.audit import audit_trail

from .joining_forms import ApproveForm, DeclineForm, NoteForm, StatusForm
from .joining_services import (
    ApplicationError,
    application_approve,
    application_decline,
    application_note_add,
    application_set_status,
)
from .models import Campaign, JoinPage, MembershipApplication

DECIDE = "network.decide_membershipapplication"


class ApplicationPermissionPolicy(ModelPermissionPolicy):
    """Only people who may decide see applications; nobody adds or deletes them."""

    def user_has_permission(self, user, action):
        if action in ("add", "delete"):
            return False
        return user.is_active and user.has_perm(DECIDE)


def _require(request):
    if not request.user.has_perm(DECIDE):
        raise PermissionDenied


def _application(pk):
    return get_object_or_404(
        MembershipApplication.objects.select_related(
            "campaign", "organisation", "decided_by"
        ),
        pk=pk,
    )


def review(request, pk):
    _require(request)
    application = _application(pk)
    status_form, note_form = StatusForm(prefix="s"), NoteForm(prefix="n")
    if request.method == "POST":
        try:
            if "s-status" in request.POST:
                status_form = StatusForm(request.POST, prefix="s")
                if status_form.is_valid():
                    application_set_status(
                        application=application,
                        actor=request.user,
                        status=status_form.cleaned_data["status"],
                    )
                    messages.success(request, _("Status changed."))
                    return redirect("network_applications:review", pk=pk)
            else:
                note_form = NoteForm(request.POST, prefix="n")
                if note_form.is_valid():
                    application_note_add(
                        application=application,
                        actor=request.user,
                        text=note_form.cleaned_data["text"],
                    )
                    messages.success(request, _("Note added."))
                    return redirect("network_applications:review", pk=pk)
        except ApplicationError as error:
            messages.error(request, error.message)
    status_form.initial["status"] = application.status
    context = {
        "application": application,
        "is_open": application.status in MembershipApplication.OPEN,
        "status_form": status_form,
        "note_form": note_form,
        "notes": application.notes.select_related("author"),
        "trail": audit_trail(application).select_related("actor"),
        "header_title": application.organisation_name,
    }
    return TemplateResponse(request, "network/admin/application_review.html", context)


def _invitation_url(request, application):
    def build(token):
        page = (
            JoinPage.objects.live()
            .filter(locale__language_code=application.language)
            .first()
            or JoinPage.objects.live().first()
        )
        path = page.url + page.reverse_subpage("invitation")
        return request.build_absolute_uri(path + "?" + urlencode({"token": token}))

    return build


def approve(request, pk):
    _require(request)
    application = _application(pk)
    matches = Organisation.objects.filter(
        name__icontains=application.organisation_name.strip()[:60]
    )[:5]
    if request.method == "POST":
        form = ApproveForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            try:
                application_approve(
                    application=application,
                    actor=request.user,
                    organisation=data["organisation"],
                    kind=data["kind"],
                    start=data["membership_start"],
                    end=data["membership_end"],
                    invitation_url=_invitation_url(request, application),
                )
            except ApplicationError as error:
                messages.error(request, error.message)
            else:
                messages.success(request, _("Approved: the contact was invited."))
            return redirect("network_applications:review", pk=pk)
    else:
        form = ApproveForm(
            initial={
                "kind": application.kind,
                "membership_start": timezone.localdate(),
                "organisation": matches[0] if len(matches) == 1 else None,
            }
        )
    context = {
        "application": application,
        "form": form,
        "matches": matches,
        "header_title": _("Approve %(name)s") % {"name": application},
    }
    return TemplateResponse(request, "network/admin/application_approve.html", context)


def decline(request, pk):
    _require(request)
    application = _application(pk)
    form = DeclineForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            application_decline(
                application=application,
                actor=request.user,
                reason=form.cleaned_data["reason"],
            )
        except ApplicationError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("Declined: the applicant was told."))
        return redirect("network_applications:review", pk=pk)
    context = {
        "application": application,
        "form": form,
        "header_title": _("Decline %(name)s") % {"name": application},
    }
    return TemplateResponse(request, "network/admin/application_decline.html", context)


def campaign_report_rows():
    """Per campaign (and none): applications by status, and the conversion rate."""
    statuses = [value for value, _label in MembershipApplication.Status.choices]
    counts = {
        f"n_{s}": Count("applications", filter=Q(applications__status=s))
        for s in statuses
    }
    rows = []
    for campaign in Campaign.objects.annotate(
        total=Count("applications"), **counts
    ).order_by("code"):
        rows.append(_row(campaign.name, campaign, statuses))
    none = MembershipApplication.objects.filter(campaign__isnull=True).aggregate(
        total=Count("pk"),
        **{f"n_{s}": Count("pk", filter=Q(status=s)) for s in statuses},
    )

    class _Row:
        pass

    empty = _Row()
    for key, value in none.items():
        setattr(empty, key, value)
    rows.append(_row(_("No campaign"), empty, statuses))
    return rows


def _row(label, record, statuses):
    total = record.total
    approved = record.n_approved
    return {
        "label": label,
        "total": total,
        "counts": [getattr(record, f"n_{s}") for s in statuses],
        "rate": round(100 * approved / total) if total else None,
    }


def campaign_report(request):
    _require(request)
    context = {
        "rows": campaign_report_rows(),
        "statuses": [label for _value, label in MembershipApplication.Status.choices],
        "header_title": _("Applications per campaign"),
    }
    return TemplateResponse(request, "network/admin/campaign_report.html", context)


class WaitingApplicationsPanel(Component):
    name = "network_applications_waiting"
    template_name = "network/admin/home_panel.html"
    order = 80

    def __init__(self, waiting, count):
        self.waiting, self.count = waiting, count

    def get_context_data(self, parent_context=None):
        return {
            "waiting": self.waiting,
            "count": self.count,
            "url": reverse("network_applications:index"),
        }


def waiting_panel(request, panels) -> None:
    if not request.user.has_perm(DECIDE):
        return
    open_ones = MembershipApplication.objects.filter(
        status__in=MembershipApplication.OPEN
    ).order_by("submitted_at")
    waiting = list(open_ones[:5])
    count = len(waiting) if len(waiting) < 5 else open_ones.count()
    panels.append(WaitingApplicationsPanel(waiting, count))
