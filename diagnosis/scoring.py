"""How an assessment is scored, in plain arithmetic (no database).

The rule, written once (docs/diagnosis.md repeats it):

- a **question** scores 0 to 100: a maturity scale of n levels scores
  level / (n − 1) × 100 (0 for the first level, 100 for the last); a choice scores
  yes 100, in progress 50, no 0; a number scores on the straight line from the value
  scoring 0 (``worst``) to the value scoring 100 (``target``), clamped to 0–100, so
  "less is better" is a target below the worst;
- a **measure** scores the mean of its answered questions;
- a **goal** scores the mean of its measures that have a score;
- the **overall** score is the mean of the goals that have a score.

Unanswered questions are left out (a draft shows the figures so far); a submitted
assessment answers every question. Means are exact fractions, rounded to two
decimals only when stored or shown.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from statistics import mean

CHOICE_SCORES = {"yes": Fraction(100), "in_progress": Fraction(50), "no": Fraction(0)}
HUNDREDTH = Decimal("0.01")


def question_score(question, answer) -> Fraction | None:
    """``question`` has kind, level_count, target, worst; ``answer`` the values."""
    if answer is None:
        return None
    if question.kind == "scale":
        if answer.level is None or question.level_count < 2:
            return None
        level = min(max(answer.level, 0), question.level_count - 1)
        return Fraction(level, question.level_count - 1) * 100
    if question.kind == "choice":
        return CHOICE_SCORES.get(answer.choice)
    if question.kind == "number":
        if answer.number is None or question.target == question.worst:
            return None
        position = (Fraction(answer.number) - Fraction(question.worst)) / (
            Fraction(question.target) - Fraction(question.worst)
        )
        return min(max(position, Fraction(0)), Fraction(1)) * 100
    return None


def _mean(values) -> Fraction | None:
    values = [v for v in values if v is not None]
    return mean(values) if values else None


@dataclass
class Scores:
    """Scores of one assessment: by measure key (goal, measure), by goal, overall."""

    measures: dict[tuple[int, int], Fraction] = field(default_factory=dict)
    goals: dict[int, Fraction] = field(default_factory=dict)
    overall: Fraction | None = None
    answered: dict[int, int] = field(default_factory=dict)  # per goal
    questions: dict[int, int] = field(default_factory=dict)  # per goal


def assessment_scores(questions, answers_by_question: dict) -> Scores:
    """``questions`` each with ``goal_number`` and ``measure_number``."""
    by_measure = defaultdict(list)
    scores = Scores()
    for question in questions:
        goal = question.goal_number
        scores.questions[goal] = scores.questions.get(goal, 0) + 1
        answer = answers_by_question.get(question.pk)
        value = question_score(question, answer)
        if answer is not None and answer.is_given:
            scores.answered[goal] = scores.answered.get(goal, 0) + 1
        by_measure[(goal, question.measure_number)].append(value)
    by_goal = defaultdict(list)
    for key, values in by_measure.items():
        value = _mean(values)
        if value is not None:
            scores.measures[key] = value
        by_goal[key[0]].append(value)
    for goal, values in by_goal.items():
        value = _mean(values)
        if value is not None:
            scores.goals[goal] = value
    scores.overall = _mean(scores.goals.values())
    return scores


def rounded(value: Fraction | None) -> Decimal | None:
    """Two decimals, half up, as stored and shown."""
    if value is None:
        return None
    return (Decimal(value.numerator) / Decimal(value.denominator)).quantize(
        HUNDREDTH, rounding=ROUND_HALF_UP
    )
