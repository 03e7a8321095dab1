"""The network's figures (with the five-organisation rule), progress since last
year, the recommendations and the PDF, against hand-computed figures."""

import io
from decimal import Decimal

import pytest
from django.urls import reverse
from pypdf import PdfReader

from diagnosis import services
from diagnosis.comparison import network_figures, progress
from diagnosis.models import Question
from diagnosis.results import results_context
from tests.factories import AffiliationFactory, OrganisationFactory

from .fixtures import measure
from .test_assessments import fill

pytestmark = pytest.mark.django_db

# Risk-map levels 0..4 give goal 1 = (level × 25 + 100) / 2 with "yes" on quays.
LEVELS = [0, 1, 2, 3, 4]


def assessed(questionnaire, level, *, organisation=None, year=2026, region="europe"):
    organisation = organisation or OrganisationFactory(region=region)
    contact = AffiliationFactory(organisation=organisation, role="primary_contact").user
    assessment = services.assessment_start(
        organisation=organisation, user=contact, year=year
    )
    fill(assessment, contact, questionnaire, level=level)
    return services.assessment_submit(assessment=assessment, user=contact)


def test_no_figure_below_five_organisations_anywhere(client, questionnaire):
    assessments = [assessed(questionnaire, level) for level in LEVELS[:4]]
    mine = assessments[0]
    figures = network_figures(mine)
    assert all(value is None for group in figures.values() for value in group.values())

    contact = mine.organisation.affiliations.get().user
    client.force_login(contact)
    page = client.get(reverse("diagnosis:results", args=[mine.pk])).content.decode()
    assert "pas encore assez de réponses" in page
    assert "Network average" not in page and "Moyenne du réseau" not in page
    pdf = client.get(reverse("diagnosis:results_pdf", args=[mine.pk]))
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.content)).pages)
    assert "pas encore assez de réponses" in text
    assert "(Q1" not in text


def test_five_organisations_give_the_mean_and_quartiles(questionnaire):
    assessments = [assessed(questionnaire, level) for level in LEVELS]
    figures = network_figures(assessments[0])
    # Goal 1 per organisation: (0, 25, 50, 75, 100 for the scale + 100) / 2.
    goal = figures["network"][1]
    assert goal.count == 5
    assert goal.mean == 75.0
    assert (goal.q1, goal.median, goal.q3) == (62.5, 75.0, 87.5)
    # Goal 2 is the same for all: (25/50 → 50, no → 0) / 2 = 25.
    assert figures["network"][2].mean == 25.0
    # Overall: (goal 1 + 25) / 2 → 37.5, 43.75, 50, 56.25, 62.5; mean 50.
    overall = figures["network"]["overall"]
    assert (overall.mean, overall.q1, overall.q3) == (50.0, 43.75, 56.25)
    assert figures["region"][1].count == 5
    assert figures["kind"][1].count == 5


def test_only_each_organisations_latest_assessment_counts(questionnaire):
    assessments = [assessed(questionnaire, level) for level in LEVELS]
    first = assessments[0]
    assessed(questionnaire, 4, organisation=first.organisation, year=2027)
    latest = network_figures(first)["network"][1]
    assert latest.count == 5
    # The first organisation now counts with 100 instead of 50: (100+62.5+75+87.5+100)/5
    assert latest.mean == 85.0


def test_progress_on_the_same_version_and_across_versions(questionnaire):
    organisation = OrganisationFactory()
    before = assessed(questionnaire, 1, organisation=organisation, year=2025)
    now = assessed(questionnaire, 3, organisation=organisation, year=2026)
    change = progress(now)
    assert change["year"] == 2025
    assert change["before"][1] == Decimal("62.50") and change["now"][1] == Decimal(
        "87.50"
    )

    # Next version: the risk map question is dropped, a new one added; only the
    # questions kept (same key) are compared.
    version_2 = services.questionnaire_copy(questionnaire=questionnaire, actor=None)
    version_2.questions.filter(key="risk-map").delete()
    Question.objects.create(
        questionnaire=version_2,
        measure=measure(1, 1),
        key="new-question",
        kind="choice",
        text="Nouvelle question",
    )
    services.questionnaire_publish(questionnaire=version_2, actor=None)
    contact = organisation.affiliations.first().user
    later = services.assessment_start(
        organisation=organisation, user=contact, year=2027
    )
    by_key = {q.key: q.pk for q in version_2.questions.all()}
    services.section_save(
        assessment=later,
        goal_number=1,
        answers={
            by_key["quays-2100"]: {"choice": "no"},
            by_key["new-question"]: {"choice": "yes"},
        },
        version=0,
        user=contact,
    )
    services.section_save(
        assessment=later,
        goal_number=2,
        answers={
            by_key["shore-power"]: {"number": "50"},
            by_key["shore-power-plan"]: {"choice": "yes"},
        },
        version=0,
        user=contact,
    )
    services.assessment_submit(assessment=later, user=contact)
    change = progress(later)
    assert change["previous"] == now
    # Goal 1 on "quays-2100" only: 100 last year, 0 now (the new question is left out).
    assert change["before"][1] == Decimal("100.00") and change["now"][1] == Decimal(
        "0.00"
    )
    assert change["before"][2] == Decimal("25.00") and change["now"][2] == Decimal(
        "100.00"
    )
    assert before.pk != later.pk


def test_recommendations_name_the_weakest_goals_and_say_why(questionnaire):
    mine = assessed(questionnaire, 4)
    context = results_context(mine, "fr")
    # Goal 2 scores 25; goal 1 scores 100 and has nothing to improve.
    (only,) = context["recommendations"]
    assert only["goal"].number == 2 and only["goal"].locale.language_code == "fr"
    assert "25" in only["why"] and "2.1" in only["why"]


def test_another_organisations_pdf_is_a_404(client, questionnaire):
    mine = assessed(questionnaire, 2)
    stranger = AffiliationFactory(role="primary_contact").user
    client.force_login(stranger)
    assert (
        client.get(reverse("diagnosis:results_pdf", args=[mine.pk])).status_code == 404
    )
