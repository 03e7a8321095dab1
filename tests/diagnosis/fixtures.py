"""A small published questionnaire (two goals, four questions of every kind) and a
member organisation with its primary contact and a colleague."""

from decimal import Decimal

import pytest

from cms.models import GoalMeasure
from diagnosis.models import Level, Question, Questionnaire
from tests.factories import AffiliationFactory, OrganisationFactory


def measure(goal: int, number: int, language="fr") -> GoalMeasure:
    return GoalMeasure.objects.get(
        goal__number=goal, number=number, locale__language_code=language
    )


def make_questionnaire(version=1, state="published") -> Questionnaire:
    questionnaire = Questionnaire.objects.create(
        version=version,
        title="Autodiagnostic",
        title_en="Self-diagnosis",
        state=state,
    )
    scale = Question.objects.create(
        questionnaire=questionnaire,
        measure=measure(1, 1),
        key="risk-map",
        kind="scale",
        text="Avez-vous cartographié les risques ?",
        text_en="Have you mapped the risks?",
    )
    for index, text in enumerate(
        ["Pas commencé", "Engagé", "En cours", "Réalisé", "Exemplaire"]
    ):
        Level.objects.create(question=scale, sort_order=index, description=text)
    Question.objects.create(
        questionnaire=questionnaire,
        measure=measure(1, 2),
        key="quays-2100",
        kind="choice",
        text="Vos quais sont-ils conçus pour 2100 ?",
        asks_evidence=True,
    )
    Question.objects.create(
        questionnaire=questionnaire,
        measure=measure(2, 1),
        key="shore-power",
        kind="number",
        text="Postes à quai électrifiés",
        unit="%",
        target=Decimal(50),
        worst=Decimal(0),
    )
    Question.objects.create(
        questionnaire=questionnaire,
        measure=measure(2, 1),
        key="shore-power-plan",
        kind="choice",
        text="Un plan d’électrification existe-t-il ?",
    )
    return questionnaire


@pytest.fixture
def questionnaire(db) -> Questionnaire:
    return make_questionnaire()


@pytest.fixture
def organisation(db):
    return OrganisationFactory(name="Ville portuaire", region="europe")


@pytest.fixture
def contact(organisation):
    return AffiliationFactory(organisation=organisation, role="primary_contact").user


@pytest.fixture
def colleague(organisation):
    return AffiliationFactory(organisation=organisation).user


def answers_for(questionnaire, level=3, choice="yes", number="25", plan="no"):
    """A complete set of answers by question pk, as the goal form sends them."""
    by_key = {q.key: q.pk for q in questionnaire.questions.all()}
    return {
        1: {
            by_key["risk-map"]: {"level": level},
            by_key["quays-2100"]: {"choice": choice, "evidence": "Plan 2024"},
        },
        2: {
            by_key["shore-power"]: {"number": number},
            by_key["shore-power-plan"]: {"choice": plan},
        },
    }
