"""Members' screens under /<lang>/diagnosis/: their organisations' assessments, a
goal's questions (autosaved), submitting and the results (the contributors are in
``colleagues``).

Every view reads the assessment through ``readable_assessment``: another
organisation's assessment is a 404, as if it did not exist.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import formats, timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.models import Organisation
from cms.models import GoalMeasure
from cms.sitewide import active_locale

from . import services
from .documents import results_filename, results_pdf
from .exceptions import DiagnosisError, EditConflict
from .forms import GoalForm
from .models import Section
from .results import results_context
from .scoring import rounded
from .selectors import (
    access_to,
    answers_of,
    is_current,
    local_goals,
    organisation_assessments,
    organisation_may_start,
    questions_of,
    readable_assessment,
    scores_of,
    status_years,
    user_organisations,
)


@login_required
def home(request):
    year = timezone.localdate().year
    rows = []
    for organisation in user_organisations(request.user):
        access = access_to(request.user, organisation)
        assessments = organisation_assessments(organisation)
        rows.append(
            {
                "organisation": organisation,
                "access": access,
                "assessments": assessments,
                "may_start": access.contribute
                and organisation_may_start(organisation)
                and not any(a.year == year for a in assessments),
            }
        )
    return render(request, "diagnosis/home.html", {"rows": rows, "year": year})


@login_required
@require_POST
def start(request, organisation_id: int):
    organisation = get_object_or_404(Organisation, pk=organisation_id)
    if not access_to(request.user, organisation).read:
        raise Http404
    try:
        assessment = services.assessment_start(
            organisation=organisation, user=request.user
        )
    except DiagnosisError as error:
        messages.error(request, error.message)
        return redirect("diagnosis:home")
    return redirect("diagnosis:assessment", assessment.pk)


@login_required
def assessment(request, pk: int):
    assessment, access = readable_assessment(request.user, pk)
    questions = questions_of(assessment.questionnaire)
    answers = answers_of(assessment)
    scores = scores_of(assessment)
    goals = local_goals()
    sections = {
        s.goal_number: s for s in assessment.sections.select_related("updated_by")
    }
    rows = [
        {
            "goal": goals.get(number),
            "number": number,
            "questions": scores.questions.get(number, 0),
            "answered": scores.answered.get(number, 0),
            "score": rounded(scores.goals.get(number)),
            "section": sections.get(number),
        }
        for number in sorted({q.goal_number for q in questions})
    ]
    total = len(questions)
    answered = sum(1 for q in questions if q.pk in answers and answers[q.pk].is_given)
    return render(
        request,
        "diagnosis/assessment.html",
        {
            "assessment": assessment,
            "access": access,
            "rows": rows,
            "total": total,
            "answered": answered,
            "overall": rounded(scores.overall),
        },
    )


@login_required
def goal(request, pk: int, number: int):
    assessment, access = readable_assessment(request.user, pk)
    questions = questions_of(assessment.questionnaire, number)
    if not questions:
        raise Http404
    section = get_object_or_404(Section, assessment=assessment, goal_number=number)
    answers = answers_of(assessment, questions)
    editable = access.contribute and not assessment.is_submitted
    autosave = request.headers.get("X-Autosave") == "1"
    form = GoalForm(
        request.POST if request.method == "POST" else None,
        questions=questions,
        answers=answers,
        read_only=not editable,
        initial={"version": section.version},
    )
    conflict = None
    status = 200
    if request.method == "POST":
        if not editable:
            raise Http404
        if form.is_valid():
            try:
                saved = services.section_save(
                    assessment=assessment,
                    goal_number=number,
                    answers=form.answers(),
                    version=form.cleaned_data["version"],
                    user=request.user,
                )
            except EditConflict as error:
                conflict = _conflict(section, error)
                status = 409
            except DiagnosisError as error:
                form.add_error(None, error.message)
                status = 400
            else:
                if autosave:
                    return JsonResponse(_saved_state(saved))
                messages.success(request, _("Your answers are saved."))
                if "next" in request.POST and number < 10:
                    return redirect("diagnosis:goal", assessment.pk, number + 1)
                return redirect("diagnosis:goal", assessment.pk, number)
        else:
            status = 400
        if autosave:
            message = conflict["message"] if conflict else _("Check the answers.")
            return JsonResponse({"message": message}, status=status)
    return render(
        request,
        "diagnosis/goal.html",
        {
            "assessment": assessment,
            "access": access,
            "goal": local_goals().get(number),
            "number": number,
            "form": form,
            "measures": _by_measure(form),
            "numbers": range(1, 11),
            "editable": editable,
            "conflict": conflict,
            "saved_answers": answers_of(assessment, questions) if conflict else {},
            "section": section,
        },
        status=status,
    )


def _by_measure(form: GoalForm) -> list:
    """The form's rows under their measure, in the active language."""
    local = {
        measure.translation_key: measure
        for measure in GoalMeasure.objects.filter(
            locale=active_locale(),
            translation_key__in=[q.measure.translation_key for q in form.questions],
        )
    }
    groups = []
    for row in form.rows():
        measure = local.get(row[0].measure.translation_key, row[0].measure)
        if not groups or groups[-1][0] != measure:
            groups.append((measure, []))
        groups[-1][1].append(row)
    return groups


def _saved_state(section: Section) -> dict:
    return {
        "version": section.version,
        "message": _("Saved at %(time)s.")
        % {"time": formats.time_format(timezone.localtime(section.updated_at))},
    }


def _conflict(section: Section, error: EditConflict) -> dict:
    """Who saved the goal meanwhile; the form then starts from their version."""
    section.refresh_from_db()
    who = section.updated_by.get_full_name() if section.updated_by else ""
    return {
        "message": error.message,
        "who": who or _("a colleague"),
        "version": section.version,
    }


@login_required
@require_POST
def submit(request, pk: int):
    assessment, access = readable_assessment(request.user, pk)
    try:
        services.assessment_submit(assessment=assessment, user=request.user)
    except DiagnosisError as error:
        messages.error(request, error.message)
        return redirect("diagnosis:assessment", assessment.pk)
    messages.success(request, _("The assessment is submitted. Here are its results."))
    return redirect("diagnosis:results", assessment.pk)


@login_required
def results(request, pk: int):
    assessment, access = readable_assessment(request.user, pk)
    if not assessment.is_submitted:
        return redirect("diagnosis:assessment", assessment.pk)
    return render(
        request,
        "diagnosis/results.html",
        {
            "assessment": assessment,
            "access": access,
            "current": is_current(assessment),
            "status_years": status_years(),
            **results_context(assessment, get_language()),
        },
    )


@login_required
@require_POST
def status(request, pk: int):
    """The organisation shows, or stops showing, its status on the directory."""
    assessment, access = readable_assessment(request.user, pk)
    if not access.contribute or not assessment.is_submitted:
        raise Http404
    show = request.POST.get("show") == "1"
    services.assessment_set_status(assessment=assessment, show=show, user=request.user)
    messages.success(
        request,
        _("Your status is shown on the directory.")
        if show
        else _("Your status is no longer shown on the directory."),
    )
    return redirect("diagnosis:results", assessment.pk)


@login_required
def results_download(request, pk: int):
    assessment, access = readable_assessment(request.user, pk)
    if not assessment.is_submitted:
        raise Http404
    response = HttpResponse(
        results_pdf(assessment, get_language()), content_type="application/pdf"
    )
    response["Content-Disposition"] = (
        f'attachment; filename="{results_filename(assessment)}"'
    )
    response["Cache-Control"] = "private, no-store"
    return response
