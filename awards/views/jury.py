"""The jury's screens on the public site, behind the second factor.

A juror sees only their own assignments: another juror's assignment, or an entry
not assigned to them, is a 404. Other jurors' marks appear only once the prize
managers open the round's deliberation.
"""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from accounts.middleware import mfa_required

from ..access import hides_identity, is_juror
from ..exceptions import AwardsError
from ..forms import DeclarationForm, ReviewForm
from ..models import Assignment, EntryFile
from ..selectors import goal_answers, juror_assignments
from ..services.jury import assignment_declare, review_save


def jury_only(view):
    """Signed in, two-factor set up, and on the jury: anyone else gets a 404."""

    @login_required
    @mfa_required
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not is_juror(request.user):
            raise Http404
        return view(request, *args, **kwargs)

    return wrapper


@jury_only
def home(request):
    assignments = list(juror_assignments(request.user))
    rounds = {}
    for assignment in assignments:
        rounds.setdefault(assignment.round, []).append(assignment)
    return render(request, "awards/jury/home.html", {"rounds": rounds})


def _assignment(request, pk: int) -> Assignment:
    return get_object_or_404(
        Assignment.objects.select_related(
            "round__edition", "entry__edition", "entry__category"
        ),
        pk=pk,
        juror=request.user,
    )


@jury_only
def review(request, pk: int):
    assignment = _assignment(request, pk)
    if assignment.conflict == Assignment.Conflict.DECLARED:
        raise Http404
    if assignment.conflict == Assignment.Conflict.UNDECLARED:
        return _declare(request, assignment)
    edition = assignment.round.edition
    criteria = list(edition.criteria.all())
    form = ReviewForm(request.POST or None, criteria=criteria, assignment=assignment)
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            review_save(
                assignment=assignment,
                juror=request.user,
                marks=form.marks(),
                comment=form.cleaned_data["comment"],
                submit="submit" in request.POST,
            )
        except AwardsError as error:
            form.add_error(None, error.message)
        else:
            messages.success(
                request,
                _("Your review is submitted.")
                if "submit" in request.POST
                else _("Your draft review is saved."),
            )
            return redirect("awards:review", pk=assignment.pk)
    if form.errors:
        status = 400
    return render(
        request,
        "awards/jury/review.html",
        _review_context(request, assignment, form, criteria),
        status=status,
    )


def _review_context(request, assignment, form, criteria) -> dict:
    entry = assignment.entry
    files = list(entry.files.all())
    others = []
    if assignment.round.scores_shared:
        others = list(
            Assignment.objects.filter(
                round=assignment.round,
                entry=entry,
                review=Assignment.Review.SUBMITTED,
            )
            .exclude(pk=assignment.pk)
            .select_related("juror")
            .prefetch_related("scores__criterion")
        )
    return {
        "assignment": assignment,
        "entry": entry,
        "edition": assignment.round.edition,
        "blind": hides_identity(request.user, entry),
        "answers": goal_answers(entry, request.LANGUAGE_CODE),
        "images": [f for f in files if f.kind == EntryFile.Kind.IMAGE],
        "documents": [f for f in files if f.kind == EntryFile.Kind.DOCUMENT],
        "files": files,
        "form": form,
        "rows": form.rows(),
        "submitted": assignment.review == Assignment.Review.SUBMITTED,
        "scores": {s.criterion_id: s for s in assignment.scores.all()},
        "criteria": criteria,
        "others": others,
    }


def _declare(request, assignment: Assignment):
    form = DeclarationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            assignment_declare(
                assignment=assignment,
                juror=request.user,
                conflict=form.cleaned_data["conflict"],
                note=form.cleaned_data["note"],
            )
        except AwardsError as error:
            form.add_error(None, error.message)
        else:
            if form.cleaned_data["conflict"]:
                messages.success(
                    request,
                    _("Thank you. The entry is given to another juror."),
                )
                return redirect("awards:jury")
            return redirect("awards:review", pk=assignment.pk)
    return render(
        request,
        "awards/jury/declare.html",
        {
            "assignment": assignment,
            "entry": assignment.entry,
            "blind": hides_identity(request.user, assignment.entry),
            "form": form,
        },
        status=400 if form.errors else 200,
    )
