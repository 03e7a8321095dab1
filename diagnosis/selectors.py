"""Reads with a rule: who may read or fill in an organisation's assessment, the
questionnaire in use, and an assessment's answers and scores."""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, Prefetch
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import Affiliation, Organisation
from accounts.selectors import organisations_with_membership_on
from cms.models import Goal
from cms.selectors import goals_by_number

from .models import Answer, Assessment, Contributor, Level, Question, Questionnaire
from .scoring import Scores, assessment_scores

VIEW_ASSESSMENT = "diagnosis.view_assessment"


@dataclass(frozen=True)
class Access:
    """What one person may do with one organisation's assessments."""

    read: bool = False
    contribute: bool = False
    manage: bool = False  # the primary contact: names the contributors
    staff: bool = False


def access_to(user, organisation: Organisation) -> Access:
    """Affiliated people read; the primary contact and contributors fill in; staff
    read every organisation's."""
    if not user.is_authenticated:
        return Access()
    staff = user.has_perm(VIEW_ASSESSMENT)
    link = Affiliation.objects.filter(
        user=user, organisation=organisation, status=Affiliation.Status.APPROVED
    ).first()
    if link is None:
        return Access(read=staff, staff=staff)
    manage = link.role == Affiliation.Role.PRIMARY_CONTACT
    contribute = (
        manage
        or Contributor.objects.filter(organisation=organisation, user=user).exists()
    )
    return Access(read=True, contribute=contribute, manage=manage, staff=staff)


def user_organisations(user) -> list[Organisation]:
    """The organisations the person is an approved member of."""
    return [
        link.organisation
        for link in Affiliation.objects.filter(
            user=user, status=Affiliation.Status.APPROVED
        ).select_related("organisation")
    ]


def organisation_may_start(organisation: Organisation, on=None) -> bool:
    """A current member starts a new assessment; a lapsed one keeps its past ones."""
    on = on or timezone.localdate()
    return organisations_with_membership_on(on=on).filter(pk=organisation.pk).exists()


def readable_assessment(user, pk: int) -> tuple[Assessment, Access]:
    """The assessment and what the person may do with it; 404 for anyone else."""
    assessment = (
        Assessment.objects.select_related("organisation", "questionnaire")
        .filter(pk=pk)
        .first()
    )
    if assessment is None:
        raise Http404
    access = access_to(user, assessment.organisation)
    if not access.read:
        raise Http404
    return assessment, access


def local_goals() -> dict[int, Goal]:
    """The goals in the active language, by number."""
    return goals_by_number()


def current_questionnaire() -> Questionnaire | None:
    """The latest published version: new assessments answer it."""
    return (
        Questionnaire.objects.filter(state=Questionnaire.State.PUBLISHED)
        .order_by("-version")
        .first()
    )


def questions_of(questionnaire: Questionnaire, goal_number: int | None = None):
    """The questions in order, each with goal_number, measure_number, level_count
    and its levels, in a fixed number of queries."""
    queryset = (
        Question.objects.filter(questionnaire=questionnaire)
        .select_related("measure__goal")
        .annotate(level_count=Count("levels"))
        .prefetch_related(
            Prefetch("levels", queryset=Level.objects.order_by("sort_order"))
        )
        .order_by("measure__goal__number", "measure__number", "sort_order", "pk")
    )
    if goal_number is not None:
        queryset = queryset.filter(measure__goal__number=goal_number)
    questions = list(queryset)
    for question in questions:
        question.goal_number = question.measure.goal.number
        question.measure_number = question.measure.number
    return questions


def answers_of(assessment: Assessment, questions=None) -> dict[int, Answer]:
    queryset = Answer.objects.filter(assessment=assessment)
    if questions is not None:
        queryset = queryset.filter(question__in=[q.pk for q in questions])
    return {answer.question_id: answer for answer in queryset}


def scores_of(assessment: Assessment) -> Scores:
    questions = questions_of(assessment.questionnaire)
    return assessment_scores(questions, answers_of(assessment))


def organisation_assessments(organisation: Organisation) -> list[Assessment]:
    return list(
        Assessment.objects.filter(organisation=organisation)
        .select_related("questionnaire")
        .order_by("-year")
    )


def status_years() -> int:
    return getattr(settings, "DIAGNOSIS_STATUS_YEARS", 2)


def is_current(assessment: Assessment, now=None) -> bool:
    """A submitted assessment stays current for ``DIAGNOSIS_STATUS_YEARS`` years."""
    if not assessment.is_submitted or assessment.submitted_at is None:
        return False
    now = now or timezone.now()
    return assessment.submitted_at >= _years_before(now, status_years())


def _years_before(moment, years: int):
    try:
        return moment.replace(year=moment.year - years)
    except ValueError:  # 29 February
        return moment.replace(year=moment.year - years, day=28)


def _shown_statuses():
    """Current submitted assessments whose organisation chose to show the status."""
    return Assessment.objects.filter(
        state=Assessment.State.SUBMITTED,
        show_status=True,
        submitted_at__gte=_years_before(timezone.now(), status_years()),
    )


def status_badge_sources() -> list:
    """The rows ``status_badges`` reads, for the members' map's ETag."""
    return [(_shown_statuses(), "submitted_at")]


def status_badges(organisation_ids) -> dict[int, str]:
    """The public "self-assessed" status of the organisations that chose to show it,
    with a current submitted assessment (one query)."""
    rows = (
        _shown_statuses()
        .filter(organisation_id__in=list(organisation_ids))
        .order_by("organisation_id", "-year")
        .values_list("organisation_id", "year")
    )
    latest: dict[int, int] = {}
    for organisation_id, year in rows:
        latest.setdefault(organisation_id, year)
    return {
        organisation_id: _("Agenda 2030 self-assessed, %(year)s") % {"year": year}
        for organisation_id, year in latest.items()
    }
