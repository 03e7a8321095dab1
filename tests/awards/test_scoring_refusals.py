"""Marks that do not count, and marks that are refused (awards/scoring.py)."""

from decimal import Decimal

import pytest

from awards.scoring import (
    CriterionSpec,
    JurorTotal,
    Mark,
    juror_totals,
    rank_entries,
)

from .test_scoring import OUT_OF_TEN, marks_of, order, single_marks

# 7. What does not count, and what is refused ----------------------------------------

TWO_CRITERIA = [
    CriterionSpec(id=1, weight=Decimal(1), scale_max=10),
    CriterionSpec(id=2, weight=Decimal(1), scale_max=10),
]


def test_an_incomplete_review_is_ignored():
    marks = marks_of(
        {
            (1, 10): {1: 8, 2: 6},  # complete: (0.8 + 0.6) / 2 × 100 = 70
            (1, 11): {1: 0},  # criterion 2 missing: ignored
            (2, 11): {2: 10},  # entry 2's only review, incomplete: no entry 2
        }
    )
    assert juror_totals(marks, TWO_CRITERIA) == [
        JurorTotal(entry=1, juror=10, total=pytest.approx(70), z=None)
    ]
    [result] = rank_entries(marks, TWO_CRITERIA, normalise=True)
    assert (result.entry, result.reviews, result.rank) == (1, 1, 1)
    assert result.mean == pytest.approx(70)
    assert result.z_mean == 0.0


def test_marks_for_unknown_criteria_are_ignored():
    marks = marks_of(
        {
            (1, 10): {1: 8, 2: 6, 99: 1000},  # criterion 99 unknown: still 70
            (2, 10): {99: 5},  # nothing but an unknown criterion: no review
        }
    )
    [result] = rank_entries(marks, TWO_CRITERIA, normalise=False)
    assert (result.entry, result.mean) == (1, pytest.approx(70))


@pytest.mark.parametrize("value", [-1, 11])
def test_a_mark_outside_the_scale_is_refused(value):
    marks = marks_of({(1, 10): {1: value, 2: 5}})
    with pytest.raises(ValueError, match="outside 0..10"):
        rank_entries(marks, TWO_CRITERIA, normalise=False)
    with pytest.raises(ValueError, match="outside 0..10"):
        juror_totals(marks, TWO_CRITERIA)


def test_the_ends_of_the_scale_are_accepted():
    # (0/10 + 10/10) / 2 × 100 = 50
    [total] = juror_totals(marks_of({(1, 10): {1: 0, 2: 10}}), TWO_CRITERIA)
    assert total.total == pytest.approx(50)


def test_two_marks_for_the_same_criterion_are_refused():
    marks = [Mark(1, 10, 1, 5), Mark(1, 10, 1, 6), Mark(1, 10, 2, 5)]
    with pytest.raises(ValueError, match="two marks"):
        rank_entries(marks, TWO_CRITERIA, normalise=False)


@pytest.mark.parametrize(
    "criteria",
    [
        [CriterionSpec(id=1, weight=Decimal(0), scale_max=10)],
        [CriterionSpec(id=1, weight=Decimal(-1), scale_max=10)],
        [CriterionSpec(id=1, weight=Decimal(1), scale_max=0)],
        [
            CriterionSpec(id=1, weight=Decimal(1), scale_max=10),
            CriterionSpec(id=1, weight=Decimal(2), scale_max=5),
        ],
    ],
)
def test_invalid_criteria_are_refused(criteria):
    with pytest.raises(ValueError):
        rank_entries(single_marks({(1, 10): 0}), criteria, normalise=False)


def test_nothing_in_nothing_out():
    assert rank_entries([], TWO_CRITERIA, normalise=False) == []
    assert rank_entries([], TWO_CRITERIA, normalise=True) == []
    assert rank_entries(single_marks({(1, 10): 5}), [], normalise=True) == []
    assert juror_totals([], TWO_CRITERIA) == []


def test_marks_may_come_from_a_generator():
    marks = (mark for mark in single_marks({(1, 10): 5, (2, 10): 9}))
    criteria = iter(OUT_OF_TEN)
    assert order(rank_entries(marks, criteria, normalise=True)) == [(2, 1), (1, 2)]
