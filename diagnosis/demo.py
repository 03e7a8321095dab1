"""Demo content: the published questionnaire (10 goals, 46 measures) and the
assessments of enough member organisations, last year and this year, for the
network's comparisons to appear. Safe to run again.

The demo member's organisation submitted last year's assessment and has this
year's in progress, so its progress and the network's figures can be seen.
"""

import random
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from accounts.demo import DEMO_MEMBER_EMAIL, DEMO_ORGANISATION
from accounts.models import Organisation, User
from accounts.selectors import organisations_with_membership_on
from cms.models import GoalMeasure

from . import services
from .demo_texts import QUESTIONNAIRE, QUESTIONS, SCALE_LEVEL_TEXTS, SCALE_LEVELS
from .models import Answer, Assessment, Level, Question, Questionnaire, Section
from .selectors import questions_of

PEERS = 9  # organisations besides the demo member's with submitted assessments


def _texts(field: str, texts: dict) -> dict:
    return {field: texts["fr"], f"{field}_en": texts["en"], f"{field}_es": texts["es"]}


def _questionnaire() -> Questionnaire:
    questionnaire = Questionnaire.objects.filter(version=1).first()
    if questionnaire is not None:
        return questionnaire
    questionnaire = Questionnaire.objects.create(
        version=1,
        **_texts("title", QUESTIONNAIRE["title"]),
        **_texts("introduction", QUESTIONNAIRE["introduction"]),
    )
    measures = {
        (m.goal.number, m.number): m
        for m in GoalMeasure.objects.filter(locale__language_code="fr").select_related(
            "goal"
        )
    }
    default_levels = [
        {
            language: f"{label[language]} – {text[language]}"
            for language in ("fr", "en", "es")
        }
        for label, text in zip(SCALE_LEVELS, SCALE_LEVEL_TEXTS, strict=True)
    ]
    for order, ((goal, number), questions) in enumerate(sorted(QUESTIONS.items())):
        for index, data in enumerate(questions):
            question = Question.objects.create(
                questionnaire=questionnaire,
                measure=measures[(goal, number)],
                key=data["key"],
                kind=data["kind"],
                sort_order=order * 10 + index,
                asks_evidence=data["evidence"],
                target=data["target"],
                worst=data["worst"],
                **_texts("text", data["text"]),
                **_texts("guidance", data["guidance"]),
                **(_texts("unit", data["unit"]) if data["unit"] else {}),
            )
            if data["kind"] == "scale":
                Level.objects.bulk_create(
                    Level(question=question, sort_order=i, **_texts("description", t))
                    for i, t in enumerate(data["levels"] or default_levels)
                )
    services.questionnaire_publish(questionnaire=questionnaire, actor=None)
    return questionnaire


def _answers(questions, maturity: float, rng: random.Random) -> dict[int, dict]:
    """Plausible answers around a maturity between 0 and 1, by goal."""
    by_goal: dict[int, dict] = {}
    for question in questions:
        drift = min(max(maturity + rng.uniform(-0.3, 0.3), 0), 1)
        if question.kind == "scale":
            value = {"level": round(drift * (question.level_count - 1))}
        elif question.kind == "choice":
            value = {
                "choice": "yes"
                if drift > 0.66
                else "in_progress"
                if drift > 0.33
                else "no"
            }
        else:
            worst, target = Decimal(question.worst), Decimal(question.target)
            value = {"number": str(round(worst + (target - worst) * Decimal(drift), 1))}
        by_goal.setdefault(question.goal_number, {})[question.pk] = value
    return by_goal


def generated_assessment(
    organisation, user, questionnaire, year, maturity, *, submit=True, goals=None
):
    if Assessment.objects.filter(organisation=organisation, year=year).exists():
        return
    assessment = Assessment.objects.create(
        organisation=organisation,
        year=year,
        questionnaire=questionnaire,
        started_by=user,
    )
    Section.objects.bulk_create(
        Section(assessment=assessment, goal_number=n) for n in range(1, 11)
    )
    rng = random.Random(f"{organisation.name}-{year}")  # noqa: S311 (demo data)
    questions = questions_of(questionnaire)
    for number, answers in _answers(questions, maturity, rng).items():
        if goals is not None and number not in goals:
            continue
        Answer.objects.bulk_create(
            Answer(
                assessment=assessment,
                question_id=pk,
                **services.answer_values(
                    next(q for q in questions if q.pk == pk), value
                ),
            )
            for pk, value in answers.items()
        )
        Section.objects.filter(assessment=assessment, goal_number=number).update(
            version=1, updated_by=user, updated_at=timezone.now()
        )
    if submit:
        services.assessment_lock(assessment=assessment, user=user)


@transaction.atomic
def load(stdout) -> None:
    questionnaire = _questionnaire()
    year = timezone.localdate().year
    member = User.objects.filter(email=DEMO_MEMBER_EMAIL).first()
    home = Organisation.objects.filter(name=DEMO_ORGANISATION).first()
    if member is None or home is None:
        return
    generated_assessment(home, member, questionnaire, year - 1, 0.45)
    generated_assessment(
        home, member, questionnaire, year, 0.55, submit=False, goals={1, 2, 3}
    )
    peers = (
        organisations_with_membership_on(on=timezone.localdate())
        .exclude(pk=home.pk)
        .order_by("name")[:PEERS]
    )
    for index, organisation in enumerate(peers):
        maturity = 0.25 + 0.5 * index / max(PEERS - 1, 1)
        generated_assessment(organisation, None, questionnaire, year - 1, maturity)
        generated_assessment(
            organisation, None, questionnaire, year, min(maturity + 0.1, 1)
        )
    # Most organisations show their status on the directory and the map.
    Assessment.objects.filter(state=Assessment.State.SUBMITTED, year=year - 1).update(
        show_status=True
    )
    stdout.write(
        f"Self-diagnosis: questionnaire v{questionnaire.version} "
        f"({questionnaire.questions.count()} questions), "
        f"{Assessment.objects.filter(state='submitted').count()} submitted assessments."
    )
