"""Entries in the admin: list, filter, export, inspect, screen and decide.

Entries change only through the services: the screen lists and exports them,
shows an entry with its files, reviews and history, and offers screening and the
final decision. The reviews export gives one row per juror's review, with every
mark and comment.
"""

import django_filters
from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button

from cms.models import Goal
from core.audit import audit_trail
from core.permissions import RestrictedPermissionPolicy
from core.tables import table_download

from .exceptions import AwardsError
from .models import Assignment, Edition, Entry
from .services.decisions import entry_decide
from .services.screening import entry_screen

SCREEN = "awards.screen_entry"
DECIDE = "awards.decide_entry"


class EntryFilterSet(WagtailFilterSet):
    goal = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Agenda 2030 goal"),
        field_name="goal_answers__goal",
        queryset=Goal.objects.filter(locale__language_code="fr").order_by("number"),
        distinct=True,
    )

    class Meta:
        model = Entry
        fields = ["edition", "state", "country", "outcome", "round"]


class ScreenForm(forms.Form):
    eligible = forms.TypedChoiceField(
        label=gettext_lazy("Decision"),
        coerce=lambda value: value == "yes",
        choices=[
            ("yes", gettext_lazy("Eligible")),
            ("no", gettext_lazy("Ineligible")),
        ],
        widget=forms.RadioSelect,
    )
    reason = forms.CharField(
        label=gettext_lazy("Reason"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy("Required if ineligible: it is sent to the entrant."),
    )


class DecideForm(forms.ModelForm):
    class Meta:
        model = Entry
        fields = ["outcome", "citation", "citation_en", "citation_es"]
        widgets = {
            name: forms.Textarea(attrs={"rows": 3})
            for name in ("citation", "citation_en", "citation_es")
        }


def amendment_labels(data: dict) -> list[str]:
    """What an amendment after submission changed, in the reader's language."""
    labels = [
        str(Entry._meta.get_field(name).verbose_name) for name in data.get("fields", ())
    ]
    labels += [_("goal %(number)s") % {"number": n} for n in data.get("goals", ())]
    if data.get("file_added"):
        labels.append(_("file added: %(name)s") % {"name": data["file_added"]})
    if data.get("file_removed"):
        labels.append(_("file removed: %(name)s") % {"name": data["file_removed"]})
    return labels


class EntryInspectView(InspectView):
    template_name = "awards/admin/entry_inspect.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        entry = self.object
        context["files"] = list(entry.files.all())
        context["answers"] = list(entry.goal_answers.select_related("goal"))
        context["assignments"] = list(
            entry.assignments.select_related("round", "juror").prefetch_related(
                "scores__criterion"
            )
        )
        context["history"] = history = list(audit_trail(entry).select_related("actor"))
        for item in history:
            item.changes = amendment_labels(item.data)
        return context

    @property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        user = self.request.user
        if user.has_perm(SCREEN):
            buttons.append(
                Button(
                    _("Screen"),
                    url=reverse("awards_entries:screen", args=[self.object.pk]),
                    icon_name="tick",
                    priority=30,
                )
            )
        if user.has_perm(DECIDE):
            buttons.append(
                Button(
                    _("Decide"),
                    url=reverse("awards_entries:decide", args=[self.object.pk]),
                    icon_name="trophy",
                    priority=31,
                )
            )
        return buttons


class EntryIndexView(IndexView):
    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .select_related("edition", "round", "organisation")
            .annotate(
                reviews_submitted=Count(
                    "assignments",
                    filter=Q(assignments__review=Assignment.Review.SUBMITTED),
                )
            )
        )


def _entry(request, pk: int, permission: str) -> Entry:
    if not request.user.has_perm(permission):
        raise PermissionDenied
    return get_object_or_404(Entry.objects.select_related("edition"), pk=pk)


def _act(request, entry, form, act, template, title):
    inspect_url = reverse("awards_entries:inspect", args=[entry.pk])
    if request.method == "POST" and form.is_valid():
        try:
            act(form.cleaned_data)
        except AwardsError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("%(entry)s is saved.") % {"entry": entry})
            return redirect(inspect_url)
    return TemplateResponse(
        request,
        template,
        {"entry": entry, "form": form, "title": title, "cancel_url": inspect_url},
        status=400 if form.errors else 200,
    )


def screen_view(request, pk: int):
    entry = _entry(request, pk, SCREEN)
    form = ScreenForm(request.POST or None)
    return _act(
        request,
        entry,
        form,
        lambda data: entry_screen(
            entry=entry,
            eligible=data["eligible"],
            reason=data["reason"],
            actor=request.user,
        ),
        "awards/admin/entry_action.html",
        _("Screen the entry"),
    )


def decide_view(request, pk: int):
    entry = _entry(request, pk, DECIDE)
    form = DecideForm(request.POST or None, instance=Entry.objects.get(pk=entry.pk))
    return _act(
        request,
        entry,
        form,
        lambda data: entry_decide(
            entry=entry,
            outcome=data["outcome"],
            citations=data,
            actor=request.user,
        ),
        "awards/admin/entry_action.html",
        _("The jury's decision"),
    )


REVIEW_HEADINGS = [
    gettext_lazy("Reference"),
    gettext_lazy("Project"),
    gettext_lazy("Organisation"),
    gettext_lazy("Country"),
    gettext_lazy("State"),
    gettext_lazy("Round"),
    gettext_lazy("Juror"),
    gettext_lazy("Conflict of interest"),
    gettext_lazy("Review"),
    gettext_lazy("Submitted at"),
]


def review_rows(edition: Edition) -> tuple[list[str], list[list]]:
    criteria = list(edition.criteria.all())
    headings = [str(h) for h in REVIEW_HEADINGS]
    for criterion in criteria:
        headings += [criterion.name, _("Comment on “%(c)s”") % {"c": criterion.name}]
    headings.append(str(_("Overall comment")))
    rows = []
    assignments = (
        Assignment.objects.filter(round__edition=edition)
        .select_related("entry", "round", "juror")
        .prefetch_related("scores")
        .order_by("entry__reference", "round__sort_order", "juror__last_name")
    )
    for a in assignments:
        scores = {s.criterion_id: s for s in a.scores.all()}
        row = [
            a.entry.reference,
            a.entry.project_name,
            a.entry.organisation_label,
            a.entry.country.code,
            a.entry.get_state_display(),
            a.round.name,
            a.juror.get_full_name() or a.juror.email,
            a.get_conflict_display(),
            a.get_review_display(),
            a.submitted_at.isoformat() if a.submitted_at else "",
        ]
        for criterion in criteria:
            score = scores.get(criterion.pk)
            row += [score.value if score else "", score.comment if score else ""]
        row.append(a.comment)
        rows.append([str(v) if not isinstance(v, int) else v for v in row])
    return headings, rows


def reviews_export_view(request, pk: int, fmt: str):
    """Every review of an edition, with marks and comments, as CSV or XLSX."""
    if not request.user.has_perm("awards.view_assignment"):
        raise PermissionDenied
    edition = get_object_or_404(Edition, pk=pk)
    headings, rows = review_rows(edition)
    name = f"prize-{edition.year}-reviews"
    return table_download(headings, rows, name=name, fmt=fmt)


class EntryViewSet(ModelViewSet):
    name = "awards_entries"
    model = Entry
    url_prefix = "awards/entries"
    icon = "doc-full"
    menu_label = gettext_lazy("Entries")
    inspect_view_enabled = True
    inspect_view_class = EntryInspectView
    index_view_class = EntryIndexView
    copy_view_enabled = False
    filterset_class = EntryFilterSet
    form_fields = ["project_name"]
    list_display = [
        "reference",
        "project_name",
        "organisation_name",
        "country",
        "state",
        "round",
        "outcome",
    ]
    search_fields = ["reference", "project_name", "organisation_name", "port_city"]
    list_export = [
        "reference",
        "edition",
        "project_name",
        "organisation_name",
        "contact_name",
        "port_city",
        "country",
        "category",
        "budget_range",
        "state",
        "screening_reason",
        "round",
        "reviews_submitted",
        "outcome",
        "submitted_at",
    ]
    export_filename = "prize-entries"

    @property
    def permission_policy(self):
        # Entries are written by their entrants and the services only.
        return RestrictedPermissionPolicy(self.model)

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("<int:pk>/screen/", screen_view, name="screen"),
            path("<int:pk>/decide/", decide_view, name="decide"),
            path(
                "reviews/<int:pk>.<str:fmt>",
                reviews_export_view,
                name="reviews_export",
            ),
        ]
