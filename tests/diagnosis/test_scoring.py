"""The scoring rule, by hand: questions, measures, goals and the whole."""

from decimal import Decimal
from fractions import Fraction
from types import SimpleNamespace as Q

from diagnosis.scoring import assessment_scores, question_score, rounded


def answer(**values):
    values = {"level": None, "choice": "", "number": None, **values}
    given = any(v not in (None, "") for v in values.values())
    return Q(**values, is_given=given)


SCALE = Q(kind="scale", level_count=5, target=None, worst=None)
CHOICE = Q(kind="choice", level_count=0, target=None, worst=None)


def number(target, worst):
    return Q(kind="number", level_count=0, target=Decimal(target), worst=Decimal(worst))


def test_each_kind_of_question_scores_out_of_100():
    assert question_score(SCALE, answer(level=0)) == 0
    assert question_score(SCALE, answer(level=3)) == 75
    assert question_score(SCALE, answer(level=4)) == 100
    assert question_score(CHOICE, answer(choice="yes")) == 100
    assert question_score(CHOICE, answer(choice="in_progress")) == 50
    assert question_score(CHOICE, answer(choice="no")) == 0
    assert question_score(number(50, 0), answer(number=Decimal(25))) == 50
    assert question_score(number(50, 0), answer(number=Decimal(80))) == 100
    assert question_score(number(50, 0), answer(number=Decimal(-5))) == 0
    # Less is better: 100 t scores 0, 20 t scores 100, 60 t is half way.
    assert question_score(number(20, 100), answer(number=Decimal(60))) == 50
    assert question_score(SCALE, None) is None
    assert question_score(SCALE, answer()) is None


def test_measures_goals_and_the_whole_are_means_of_what_is_answered():
    questions = [
        Q(pk=1, goal_number=1, measure_number=1, **vars(SCALE)),
        Q(pk=2, goal_number=1, measure_number=2, **vars(CHOICE)),
        Q(pk=3, goal_number=2, measure_number=1, **vars(number(50, 0))),
        Q(pk=4, goal_number=2, measure_number=1, **vars(CHOICE)),
        Q(pk=5, goal_number=3, measure_number=1, **vars(CHOICE)),
    ]
    answers = {
        1: answer(level=3),  # 75
        2: answer(choice="yes"),  # 100
        3: answer(number=Decimal(25)),  # 50
        4: answer(choice="no"),  # 0
    }
    scores = assessment_scores(questions, answers)
    assert scores.measures == {(1, 1): 75, (1, 2): 100, (2, 1): 25}
    # Goal 1: (75 + 100) / 2; goal 2: one measure at (50 + 0) / 2; goal 3 unanswered.
    assert scores.goals == {1: Fraction(175, 2), 2: 25}
    assert scores.overall == Fraction(225, 4)  # (87.5 + 25) / 2 = 56.25
    assert scores.answered == {1: 2, 2: 2}
    assert scores.questions == {1: 2, 2: 2, 3: 1}
    assert rounded(scores.overall) == Decimal("56.25")
    assert rounded(Fraction(200, 3)) == Decimal("66.67")
