"""Editions in the admin: their settings in tabs, and the edition's work page.

The work page is where prize managers move the edition along its timeline: they
open and close the call, screen entries, assign them to jurors round by round, read
the ranking, shortlist to the next round, record the decision and announce. Each
action is one service call; the page shows what the person may do next.
"""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.admin.views.generic import EditView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button

from core.i18n_fields import language_panels
from core.permissions import require_permission

from .exceptions import AwardsError
from .models import Assignment, Edition, Entry, Round
from .selectors import round_ranking
from .services import decisions, jury

CHANGE_EDITION = "awards.change_edition"
User = get_user_model()
STEP_LABELS = {
    Edition.State.CALL_OPEN: gettext_lazy("Open the call"),
    Edition.State.CALL_CLOSED: gettext_lazy("Close the call"),
    Edition.State.SCREENING: gettext_lazy("Start screening"),
    Edition.State.JURY_REVIEW: gettext_lazy("Start the jury's review"),
    Edition.State.DELIBERATION: gettext_lazy("Start the deliberation"),
    Edition.State.ARCHIVED: gettext_lazy("Archive"),
}
ROUND_LABELS = {
    Round.State.OPEN: gettext_lazy("Open the round to jurors"),
    Round.State.DELIBERATION: gettext_lazy("Open the deliberation"),
    Round.State.CLOSED: gettext_lazy("Close the round"),
}


class EditionEditView(EditView):
    @property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        buttons.append(
            Button(
                _("Work on this edition"),
                url=reverse("awards_editions:work", args=[self.object.pk]),
                icon_name="tasks",
                priority=30,
            )
        )
        return buttons


def _juror_progress(round_: Round) -> list[dict]:
    """Per juror: assigned, declared conflicts, drafts and submitted reviews."""
    A = Assignment
    rows = (
        round_.assignments.values("juror")
        .annotate(
            assigned=Count("pk"),
            conflicts=Count("pk", filter=Q(conflict=A.Conflict.DECLARED)),
            drafts=Count("pk", filter=Q(review=A.Review.DRAFT)),
            submitted=Count("pk", filter=Q(review=A.Review.SUBMITTED)),
        )
        .order_by("juror")
    )
    jurors = {
        juror.pk: juror
        for juror in User.objects.filter(pk__in=[row["juror"] for row in rows])
    }
    return sorted(
        ({**row, "juror": jurors[row["juror"]]} for row in rows),
        key=lambda row: (row["juror"].last_name, row["juror"].first_name),
    )


def _round_rows(edition: Edition) -> list[dict]:
    """Each round: its next steps, its jurors' progress, the assignments that need a
    manager's eye (a flagged or declared conflict) and the ranking.

    The full list of assignments, one row per review, is the reviews export.
    """
    rows = []
    rounds = list(edition.rounds.all())
    for index, round_ in enumerate(rounds):
        attention = list(
            round_.assignments.filter(
                ~Q(flag="") | Q(conflict=Assignment.Conflict.DECLARED)
            )
            .select_related("entry", "juror")
            .order_by("entry__reference", "juror__last_name")
        )
        rows.append(
            {
                "round": round_,
                "steps": [
                    (state, ROUND_LABELS[state])
                    for state in decisions.ROUND_STEPS[round_.state]
                ],
                "progress": _juror_progress(round_),
                "attention": attention,
                "ranking": round_ranking(round_),
                "next": rounds[index + 1] if index + 1 < len(rounds) else None,
            }
        )
    return rows


def work_view(request, pk: int):
    """The edition's state, entries, rounds and the actions open now."""
    require_permission(request, "awards.view_edition")
    edition = get_object_or_404(Edition, pk=pk)
    if request.method == "POST":
        require_permission(request, CHANGE_EDITION)
        try:
            notice = _act(request, edition)
        except AwardsError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, notice)
        return redirect("awards_editions:work", edition.pk)
    entries = list(
        edition.entries.select_related("round", "organisation").order_by("reference")
    )
    return TemplateResponse(
        request,
        "awards/admin/edition_work.html",
        {
            "edition": edition,
            "title": str(edition),
            "steps": [
                (state, STEP_LABELS[state])
                for state in decisions.EDITION_STEPS[edition.state]
            ],
            "can_announce": edition.state == Edition.State.DELIBERATION,
            "entries": entries,
            "counts": {
                label: sum(1 for e in entries if e.state == state)
                for state, label in Entry.State.choices
            },
            "rounds": _round_rows(edition),
            "jurors": list(
                jury.edition_jurors(edition).order_by("last_name", "first_name")
            ),
            "may_change": request.user.has_perm(CHANGE_EDITION),
        },
    )


def _act(request, edition: Edition) -> str:
    action = request.POST.get("action", "")
    actor = request.user
    if action == "step":
        decisions.edition_set_state(
            edition=edition, state=request.POST.get("state", ""), actor=actor
        )
        return _("The edition is now “%(state)s”.") % {
            "state": edition.get_state_display()
        }
    if action == "announce":
        decisions.edition_announce(edition=edition, actor=actor)
        return _("The results are announced and every entrant is told theirs.")
    round_ = get_object_or_404(Round, pk=request.POST.get("round"), edition=edition)
    if action == "round_step":
        decisions.round_set_state(
            round_=round_, state=request.POST.get("state", ""), actor=actor
        )
        return _("The round is now “%(state)s”.") % {
            "state": round_.get_state_display()
        }
    if action == "balance":
        result = jury.assignments_balance(round_=round_, actor=actor)
        return (
            _("%(made)s assignments made; %(lacking)s reviews lack a juror.") % result
        )
    if action == "assign":
        entry = get_object_or_404(Entry, pk=request.POST.get("entry"), edition=edition)
        juror = get_object_or_404(
            jury.edition_jurors(edition), pk=request.POST.get("juror")
        )
        jury.round_take_eligible(round_)
        jury.assignment_add(round_=round_, entry=entry, juror=juror, actor=actor)
        return _("The entry is assigned.")
    if action == "shortlist":
        next_round = get_object_or_404(
            Round, pk=request.POST.get("next_round"), edition=edition
        )
        chosen = Entry.objects.filter(
            pk__in=request.POST.getlist("entries"), round=round_
        )
        moved = decisions.round_shortlist(
            round_=round_, entries=chosen, next_round=next_round, actor=actor
        )
        return _("%(count)s entries move to “%(round)s”.") % {
            "count": moved,
            "round": next_round.local_name,
        }
    raise PermissionDenied


class EditionViewSet(ModelViewSet):
    name = "awards_editions"
    model = Edition
    url_prefix = "awards/editions"
    icon = "trophy"
    menu_label = gettext_lazy("Editions")
    copy_view_enabled = False
    edit_view_class = EditionEditView
    list_display = ["year", "state", "call_opens_on", "call_closes_on"]
    list_filter = ["state"]
    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    FieldPanel("year"),
                    *language_panels("theme"),
                    FieldPanel("state", read_only=True),
                    FieldPanel("time_zone"),
                    FieldRowPanel(
                        [
                            FieldPanel("call_opens_on"),
                            FieldPanel("call_closes_on"),
                            FieldPanel("call_closes_time"),
                        ]
                    ),
                    FieldRowPanel(
                        [FieldPanel("jury_deadline"), FieldPanel("announcement_on")]
                    ),
                    FieldRowPanel(
                        [FieldPanel("max_file_mb"), FieldPanel("max_entry_mb")]
                    ),
                    InlinePanel(
                        "categories",
                        panels=[FieldPanel(f) for f in ("name", "name_en", "name_es")],
                        label=gettext_lazy("Category"),
                    ),
                ],
                heading=gettext_lazy("Call"),
            ),
            ObjectList(
                [
                    FieldPanel("jurors"),
                    FieldPanel("blind_review"),
                    FieldPanel("normalise_scores"),
                    InlinePanel(
                        "criteria",
                        panels=[
                            FieldPanel(f)
                            for f in (
                                "name",
                                "name_en",
                                "name_es",
                                "guidance",
                                "guidance_en",
                                "guidance_es",
                                "weight",
                                "scale_max",
                            )
                        ],
                        label=gettext_lazy("Criterion"),
                    ),
                    InlinePanel(
                        "rounds",
                        panels=[
                            FieldPanel(f)
                            for f in (
                                "name",
                                "name_en",
                                "name_es",
                                "reviews_per_entry",
                                "due_on",
                            )
                        ],
                        label=gettext_lazy("Review round"),
                    ),
                ],
                heading=gettext_lazy("Jury"),
            ),
        ]
    )

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("<int:pk>/work/", work_view, name="work"),
        ]
