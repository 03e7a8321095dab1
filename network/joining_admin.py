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
from django.utils.translation import gettext_lazy

from accounts.models import Affiliation, Organisation
from core.admin_home import Row, work_panel
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
DECIDE_JOIN_REQUESTS = "accounts.change_affiliation"

# How the review screen names each step of the audit trail.
ACTION_LABELS = {
    "network.application.submitted": gettext_lazy("Submitted"),
    "network.application.status_changed": gettext_lazy("Status changed"),
    "network.application.note_added": gettext_lazy("Note added"),
    "network.application.approved": gettext_lazy("Approved"),
    "network.application.declined": gettext_lazy("Declined"),
}


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
    statuses = dict(MembershipApplication.Status.choices)
    context = {
        "application": application,
        "is_open": application.status in MembershipApplication.OPEN,
        "status_form": status_form,
        "note_form": note_form,
        "notes": application.notes.select_related("author"),
        "trail": [
            {
                "at": entry.at,
                "actor": entry.actor,
                "action": ACTION_LABELS.get(entry.action, entry.action),
                "from": statuses.get(entry.from_state, entry.from_state),
                "to": statuses.get(entry.to_state, entry.to_state),
                "note": entry.note,
            }
            for entry in audit_trail(application).select_related("actor")
        ],
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
        "title": _("Approve the application"),
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
        "title": _("Decline the application"),
    }
    return TemplateResponse(request, "network/admin/application_decline.html", context)


def campaign_report_rows():
    """Per campaign (and none): applications by status, and the conversion rate."""
    statuses = [value for value, _label in MembershipApplication.Status.choices]
    keys = [f"n_{status}" for status in statuses]
    per_campaign = (
        Campaign.objects.annotate(
            total=Count("applications"),
            **{
                key: Count("applications", filter=Q(applications__status=status))
                for key, status in zip(keys, statuses, strict=True)
            },
        )
        .order_by("code")
        .values("name", "total", *keys)
    )
    without = MembershipApplication.objects.filter(campaign__isnull=True).aggregate(
        total=Count("pk"),
        **{
            key: Count("pk", filter=Q(status=status))
            for key, status in zip(keys, statuses, strict=True)
        },
    )
    without["name"] = _("No campaign")
    return [_row(counts, keys) for counts in [*per_campaign, without]]


def _row(counts: dict, keys: list[str]) -> dict:
    total = counts["total"]
    return {
        "label": counts["name"],
        "total": total,
        "counts": [counts[key] for key in keys],
        "rate": round(100 * counts["n_approved"] / total) if total else None,
    }


def campaign_report(request):
    _require(request)
    context = {
        "rows": campaign_report_rows(),
        "statuses": [label for _value, label in MembershipApplication.Status.choices],
        "title": _("Applications per campaign"),
    }
    return TemplateResponse(request, "network/admin/campaign_report.html", context)


def _may_decide_either(user) -> bool:
    return user.has_perm(DECIDE) or user.has_perm(DECIDE_JOIN_REQUESTS)


@work_panel(
    "network_applications_waiting",
    heading=gettext_lazy("Requests to join"),
    allowed=_may_decide_either,
    order=80,
)
def waiting_panel(request) -> list[Row]:
    """Join requests and membership applications waiting, each for those who may
    decide it, with the five oldest applications (three queries at most)."""
    user, rows = request.user, []
    if user.has_perm(DECIDE_JOIN_REQUESTS):
        pending = Affiliation.objects.filter(status=Affiliation.Status.PENDING)
        rows.append(
            Row(
                "join_requests",
                _("People asking to join a member organisation"),
                count=pending.count(),
                url=_listing("accounts_affiliation:index", status="pending"),
            )
        )
    if user.has_perm(DECIDE):
        rows += _application_rows()
    return rows


def _listing(url_name: str, **filters) -> str:
    return reverse(url_name) + "?" + urlencode(filters)


def _application_rows() -> list[Row]:
    Status = MembershipApplication.Status
    counts = MembershipApplication.objects.aggregate(
        new=Count("pk", filter=Q(status=Status.NEW)),
        contacted=Count("pk", filter=Q(status=Status.CONTACTED)),
    )
    rows = [
        Row(
            "applications_new",
            _("New membership applications"),
            count=counts["new"],
            url=_listing("network_applications:index", status=Status.NEW),
        ),
        Row(
            "applications_contacted",
            _("Applicants contacted, waiting for a decision"),
            count=counts["contacted"],
            url=_listing("network_applications:index", status=Status.CONTACTED),
        ),
    ]
    if counts["new"] or counts["contacted"]:
        oldest = MembershipApplication.objects.filter(
            status__in=MembershipApplication.OPEN
        ).order_by("submitted_at", "pk")[:5]
        rows += [
            Row(
                f"application-{application.pk}",
                application.organisation_name,
                url=reverse("network_applications:review", args=[application.pk]),
                note=application.get_status_display(),
            )
            for application in oldest
        ]
    return rows
