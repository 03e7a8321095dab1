"""How an assessment compares: with the network, and with the organisation's last
year. Reads rows, computes in Python, in a fixed number of queries.

- **The network's figures** are computed over the latest submitted assessment of
  each organisation on the same questionnaire version: the mean and the quartiles
  (``statistics.quantiles(n=4, method="inclusive")``) per goal and overall, for the
  whole network, the organisation's region and its kind. A figure is shown only when
  at least ``DIAGNOSIS_MIN_ORGANISATIONS`` (5) organisations contribute to it;
  otherwise it is None and pages say "not enough answers yet".
- **Progress** compares with the organisation's previous submitted assessment. On
  the same version, the stored goal scores are compared; across versions, both
  assessments are scored again on the questions they share (the same key) only.
"""

from dataclasses import dataclass
from statistics import mean, quantiles

from django.conf import settings

from .models import Answer, Assessment, Section
from .scoring import assessment_scores, rounded
from .selectors import questions_of

GOALS = range(1, 11)


def minimum() -> int:
    return getattr(settings, "DIAGNOSIS_MIN_ORGANISATIONS", 5)


@dataclass(frozen=True)
class Figure:
    """One comparison figure: how many organisations, their mean and quartiles."""

    count: int
    mean: float
    q1: float
    median: float
    q3: float


def figure(values: list[float]) -> Figure | None:
    if len(values) < minimum():
        return None
    q1, median, q3 = quantiles(values, n=4, method="inclusive")
    return Figure(len(values), mean(values), q1, median, q3)


def _latest_rows(questionnaire_id: int) -> dict[int, dict]:
    """Per organisation, its latest submitted assessment on the version: region,
    kind, overall and goal scores (one query)."""
    rows = (
        Section.objects.filter(
            assessment__questionnaire_id=questionnaire_id,
            assessment__state=Assessment.State.SUBMITTED,
        )
        .values(
            "assessment__organisation_id",
            "assessment__organisation__region",
            "assessment__organisation__kind",
            "assessment__year",
            "assessment__score",
            "goal_number",
            "score",
        )
        .order_by("assessment__organisation_id", "-assessment__year")
    )
    latest: dict[int, dict] = {}
    for row in rows:
        organisation = row["assessment__organisation_id"]
        entry = latest.get(organisation)
        if entry is None:
            entry = latest[organisation] = {
                "year": row["assessment__year"],
                "region": row["assessment__organisation__region"],
                "kind": row["assessment__organisation__kind"],
                "overall": row["assessment__score"],
                "goals": {},
            }
        if row["assessment__year"] == entry["year"] and row["score"] is not None:
            entry["goals"][row["goal_number"]] = float(row["score"])
    return latest


def network_figures(assessment: Assessment) -> dict[str, dict]:
    """{"network"|"region"|"kind": {"overall": Figure|None, goal: Figure|None}}."""
    organisation = assessment.organisation
    latest = _latest_rows(assessment.questionnaire_id)
    groups = {
        "network": list(latest.values()),
        "region": [r for r in latest.values() if r["region"] == organisation.region],
        "kind": [r for r in latest.values() if r["kind"] == organisation.kind],
    }
    figures = {}
    for name, rows in groups.items():
        figures[name] = {
            "overall": figure(
                [float(r["overall"]) for r in rows if r["overall"] is not None]
            ),
            **{
                number: figure(
                    [r["goals"][number] for r in rows if number in r["goals"]]
                )
                for number in GOALS
            },
        }
    return figures


def previous_assessment(assessment: Assessment) -> Assessment | None:
    return (
        Assessment.objects.filter(
            organisation_id=assessment.organisation_id,
            state=Assessment.State.SUBMITTED,
            year__lt=assessment.year,
        )
        .select_related("questionnaire")
        .order_by("-year")
        .first()
    )


def _scores_on_keys(assessment: Assessment, keys: set[str]) -> dict:
    questions = [q for q in questions_of(assessment.questionnaire) if q.key in keys]
    answers = {
        a.question_id: a
        for a in Answer.objects.filter(
            assessment=assessment, question__in=[q.pk for q in questions]
        )
    }
    scores = assessment_scores(questions, answers)
    return {
        "overall": rounded(scores.overall),
        **{number: rounded(value) for number, value in scores.goals.items()},
    }


def progress(assessment: Assessment) -> dict | None:
    """{"year": previous year, "before": {goal|"overall": score}, "now": {…}}."""
    previous = previous_assessment(assessment)
    if previous is None:
        return None
    if previous.questionnaire_id == assessment.questionnaire_id:

        def stored(a):
            return {
                "overall": a.score,
                **dict(a.sections.values_list("goal_number", "score")),
            }

        before, now = stored(previous), stored(assessment)
    else:
        keys = set(
            previous.questionnaire.questions.values_list("key", flat=True)
        ) & set(assessment.questionnaire.questions.values_list("key", flat=True))
        before = _scores_on_keys(previous, keys)
        now = _scores_on_keys(assessment, keys)
    return {"year": previous.year, "before": before, "now": now, "previous": previous}
