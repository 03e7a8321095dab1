"""What members and staff do with assessments: contributors, start, save a goal,
submit, reopen. Each write owns its transaction and writes its audit entry."""

from decimal import Decimal, InvalidOperation

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import Affiliation, Organisation
from core.audit import audit_record
from core.locking import locked_atomic

from .exceptions import DiagnosisError, EditConflict
from .models import Answer, Assessment, Contributor, Section
from .scoring import Scores, assessment_scores, rounded
from .selectors import (
    access_to,
    answers_of,
    current_questionnaire,
    organisation_may_start,
    questions_of,
)

GOALS = range(1, 11)


def audit(subject, *, actor, verb: str, from_state="", to_state="", data=None):
    """Write ``diagnosis.<model>.<verb>`` to the audit log (for the services here
    and in ``invitations``)."""
    audit_record(
        subject=subject,
        actor=actor,
        action=f"diagnosis.{subject._meta.model_name}.{verb}",
        from_state=from_state,
        to_state=to_state,
        data=data or {},
    )


def contributor_grant(*, organisation: Organisation, user, actor) -> Contributor:
    """The primary contact lets an affiliated colleague fill in assessments."""
    if not access_to(actor, organisation).manage:
        raise DiagnosisError(
            _("Only the organisation's primary contact names contributors."),
            code="not_primary_contact",
        )
    if not Affiliation.objects.filter(
        user=user, organisation=organisation, status=Affiliation.Status.APPROVED
    ).exists():
        raise DiagnosisError(
            _("This person is not an approved member of the organisation."),
            code="not_affiliated",
        )
    contributor, created = Contributor.objects.get_or_create(
        organisation=organisation, user=user, defaults={"granted_by": actor}
    )
    if created:
        audit(contributor, actor=actor, verb="granted", data={"user": user.pk})
    return contributor


def contributor_revoke(*, organisation: Organisation, user, actor) -> None:
    if not access_to(actor, organisation).manage:
        raise DiagnosisError(
            _("Only the organisation's primary contact names contributors."),
            code="not_primary_contact",
        )
    for contributor in Contributor.objects.filter(organisation=organisation, user=user):
        audit(contributor, actor=actor, verb="revoked", data={"user": user.pk})
        contributor.delete()


def _check_contributor(assessment: Assessment, user) -> None:
    if not access_to(user, assessment.organisation).contribute:
        raise DiagnosisError(
            _("You may read this assessment but not change it."), code="read_only"
        )


def _check_draft(assessment: Assessment) -> None:
    if assessment.state != Assessment.State.DRAFT:
        raise DiagnosisError(
            _("This assessment is submitted: it can no longer be changed."),
            code="submitted",
        )


def assessment_start(*, organisation: Organisation, user, year: int | None = None):
    """This year's assessment for the organisation, on the current questionnaire."""
    year = year or timezone.localdate().year
    if not access_to(user, organisation).contribute:
        raise DiagnosisError(
            _("Ask your organisation's primary contact to make you a contributor."),
            code="not_contributor",
        )
    if not organisation_may_start(organisation):
        raise DiagnosisError(
            _("Only current members start a new assessment."), code="not_member"
        )
    questionnaire = current_questionnaire()
    if questionnaire is None:
        raise DiagnosisError(
            _("No questionnaire is published yet."), code="no_questionnaire"
        )
    with transaction.atomic():
        assessment, created = Assessment.objects.get_or_create(
            organisation=organisation,
            year=year,
            defaults={"questionnaire": questionnaire, "started_by": user},
        )
        if created:
            Section.objects.bulk_create(
                Section(assessment=assessment, goal_number=number) for number in GOALS
            )
            audit(assessment, actor=user, verb="started", to_state=assessment.state)
    return assessment


def answer_values(question, raw: dict) -> dict:
    """The stored fields of one answer from what the form sent; errors name it."""
    values = {"level": None, "choice": "", "number": None}
    if question.kind == "scale" and raw.get("level") not in (None, ""):
        try:
            level = int(raw["level"])
        except (TypeError, ValueError):
            level = -1
        if not 0 <= level < question.level_count:
            raise DiagnosisError(_("Choose one of the levels."), code="level")
        values["level"] = level
    elif question.kind == "choice" and raw.get("choice"):
        if raw["choice"] not in Answer.Choice.values:
            raise DiagnosisError(_("Choose yes, in progress or no."), code="choice")
        values["choice"] = raw["choice"]
    elif question.kind == "number" and str(raw.get("number", "")).strip():
        text = str(raw["number"]).strip().replace(" ", "").replace(",", ".")
        try:
            number = Decimal(text)
        except InvalidOperation:
            number = None
        if number is None or not number.is_finite() or abs(number) >= 10**12:
            raise DiagnosisError(_("Enter a number, such as 12.5."), code="number")
        values["number"] = number.quantize(Decimal("0.01"))
    values["evidence"] = str(raw.get("evidence", "")).strip()[:2000]
    return values


def section_save(
    *, assessment: Assessment, goal_number: int, answers: dict, version: int, user
) -> Section:
    """Save one goal's answers if nobody saved that goal since ``version`` was read.

    ``answers`` maps a question's pk to {"level"|"choice"|"number", "evidence"}.
    A stale version raises ``EditConflict``: nothing is written, and the caller
    keeps what the person typed.
    """
    _check_contributor(assessment, user)
    _check_draft(assessment)
    questions = {q.pk: q for q in questions_of(assessment.questionnaire, goal_number)}
    cleaned = {
        pk: answer_values(questions[pk], raw)
        for pk, raw in answers.items()
        if pk in questions
    }
    with locked_atomic():
        section = Section.objects.select_for_update().get(
            assessment=assessment, goal_number=goal_number
        )
        locked = Assessment.objects.get(pk=assessment.pk)
        _check_draft(locked)
        if section.version != version:
            raise EditConflict(code="conflict")
        existing = answers_of(assessment, list(questions.values()))
        for pk, values in cleaned.items():
            answer = existing.get(pk) or Answer(assessment=assessment, question_id=pk)
            for name, value in values.items():
                setattr(answer, name, value)
            answer.save()
        section.version += 1
        section.updated_at = timezone.now()
        section.updated_by = user
        section.save(update_fields=["version", "updated_at", "updated_by"])
    return section


def _scores(assessment: Assessment) -> Scores:
    questions = questions_of(assessment.questionnaire)
    return assessment_scores(questions, answers_of(assessment))


def missing_goals(scores: Scores) -> list[int]:
    """The goals with a question still unanswered."""
    return sorted(
        goal
        for goal, count in scores.questions.items()
        if scores.answered.get(goal, 0) < count
    )


def assessment_submit(*, assessment: Assessment, user) -> Assessment:
    """Lock the assessment once every question is answered; store its scores."""
    _check_contributor(assessment, user)
    scores = _scores(assessment)
    missing = missing_goals(scores)
    if missing:
        raise DiagnosisError(
            _("Some questions are still unanswered, in goals %(goals)s.")
            % {"goals": ", ".join(str(n) for n in missing)},
            code="incomplete",
        )
    return assessment_lock(assessment=assessment, user=user, scores=scores)


def assessment_lock(*, assessment: Assessment, user, scores: Scores | None = None):
    """Score a complete assessment and lock it (``assessment_submit`` checks first)."""
    scores = scores or _scores(assessment)
    with locked_atomic():
        locked = Assessment.objects.select_for_update().get(pk=assessment.pk)
        _check_draft(locked)
        for section in Section.objects.filter(assessment=assessment):
            section.score = rounded(scores.goals.get(section.goal_number))
            section.save(update_fields=["score"])
        assessment.state = Assessment.State.SUBMITTED
        assessment.submitted_at = timezone.now()
        assessment.submitted_by = user
        assessment.score = rounded(scores.overall)
        assessment.save(
            update_fields=["state", "submitted_at", "submitted_by", "score"]
        )
        audit(
            assessment,
            actor=user,
            verb="submitted",
            from_state=Assessment.State.DRAFT,
            to_state=assessment.state,
            data={"score": str(assessment.score)},
        )
    return assessment


def assessment_reopen(*, assessment: Assessment, actor) -> Assessment:
    """Staff give a submitted assessment back to its organisation."""
    if not actor.has_perm("diagnosis.reopen_assessment"):
        raise DiagnosisError(_("Only staff reopen an assessment."), code="not_staff")
    with locked_atomic():
        locked = Assessment.objects.select_for_update().get(pk=assessment.pk)
        if locked.state != Assessment.State.SUBMITTED:
            raise DiagnosisError(_("This assessment is not submitted."), code="draft")
        Section.objects.filter(assessment=assessment).update(score=None)
        assessment.state = Assessment.State.DRAFT
        assessment.submitted_at = None
        assessment.score = None
        assessment.save(update_fields=["state", "submitted_at", "score"])
        audit(
            assessment,
            actor=actor,
            verb="reopened",
            from_state=Assessment.State.SUBMITTED,
            to_state=assessment.state,
        )
    return assessment


def assessment_set_status(*, assessment: Assessment, show: bool, user) -> None:
    """The organisation chooses to show its self-assessed status publicly."""
    _check_contributor(assessment, user)
    assessment.show_status = show
    assessment.save(update_fields=["show_status"])


def questionnaire_publish(*, questionnaire, actor):
    """Publish a draft version once; from then on it is frozen."""
    from .models import Questionnaire

    with locked_atomic():
        locked = Questionnaire.objects.select_for_update().get(pk=questionnaire.pk)
        if locked.state != Questionnaire.State.DRAFT:
            raise DiagnosisError(
                _("This version is already published."), code="published"
            )
        if not locked.questions.exists():
            raise DiagnosisError(
                _("A questionnaire needs questions before it is published."),
                code="empty",
            )
        scales = locked.questions.filter(kind="scale")
        if any(question.levels.count() < 2 for question in scales):
            raise DiagnosisError(
                _("Every maturity scale needs at least two levels."), code="levels"
            )
        questionnaire.state = Questionnaire.State.PUBLISHED
        questionnaire.published_at = timezone.now()
        questionnaire.save(update_fields=["state", "published_at"])
        audit(questionnaire, actor=actor, verb="published", to_state="published")
    return questionnaire


def questionnaire_copy(*, questionnaire, actor):
    """A new draft version with the same questions (and keys) to edit."""
    from .models import Level, Questionnaire

    with transaction.atomic():
        highest = Questionnaire.objects.order_by("-version").first().version
        copy = Questionnaire.objects.create(
            version=highest + 1,
            title=questionnaire.title,
            title_en=questionnaire.title_en,
            title_es=questionnaire.title_es,
            introduction=questionnaire.introduction,
            introduction_en=questionnaire.introduction_en,
            introduction_es=questionnaire.introduction_es,
            copied_from=questionnaire,
        )
        for question in questionnaire.questions.prefetch_related("levels"):
            levels = list(question.levels.all())
            question.pk = None
            question.id = None
            question.questionnaire = copy
            question.save()
            Level.objects.bulk_create(
                Level(
                    question=question,
                    sort_order=level.sort_order,
                    description=level.description,
                    description_en=level.description_en,
                    description_es=level.description_es,
                )
                for level in levels
            )
        audit(copy, actor=actor, verb="copied", data={"from": questionnaire.pk})
    return copy
