"""Jury marks into a ranking: every expected figure is worked out by hand below."""

from decimal import Decimal
from math import sqrt

import pytest

from awards.scoring import (
    DISAGREEMENT_POINTS,
    CriterionSpec,
    JurorTotal,
    Mark,
    juror_totals,
    rank_entries,
)

# A single criterion marked out of 10: a juror's total is simply mark × 10.
OUT_OF_TEN = [CriterionSpec(id=1, weight=Decimal(1), scale_max=10)]


def marks_of(reviews: dict[tuple[int, int], dict[int, int]]) -> list[Mark]:
    """{(entry, juror): {criterion: value}} as a list of marks."""
    return [
        Mark(entry=entry, juror=juror, criterion=criterion, value=value)
        for (entry, juror), values in reviews.items()
        for criterion, value in values.items()
    ]


def single_marks(reviews: dict[tuple[int, int], int]) -> list[Mark]:
    """{(entry, juror): value} for the single criterion of OUT_OF_TEN."""
    return marks_of({pair: {1: value} for pair, value in reviews.items()})


def by_entry(results) -> dict:
    return {result.entry: result for result in results}


def order(results) -> list[tuple[int, int]]:
    """(entry, rank) in the order the results come."""
    return [(result.entry, result.rank) for result in results]


# 1. Weights -----------------------------------------------------------------------


def test_weights_change_the_ranking():
    marks = marks_of({(1, 10): {1: 8, 2: 2}, (2, 10): {1: 4, 2: 10}})
    weighted = [
        CriterionSpec(id=1, weight=Decimal(3), scale_max=10),  # A
        CriterionSpec(id=2, weight=Decimal(1), scale_max=10),  # B
    ]
    # Entry 1: (3 × 8/10 + 1 × 2/10) / (3 + 1) × 100 = (2.4 + 0.2) / 4 × 100 = 65
    # Entry 2: (3 × 4/10 + 1 × 10/10) / 4 × 100 = (1.2 + 1.0) / 4 × 100 = 55
    results = rank_entries(marks, weighted, normalise=False)
    assert order(results) == [(1, 1), (2, 2)]
    assert by_entry(results)[1].mean == pytest.approx(65)
    assert by_entry(results)[2].mean == pytest.approx(55)

    equal = [
        CriterionSpec(id=1, weight=Decimal(1), scale_max=10),
        CriterionSpec(id=2, weight=Decimal(1), scale_max=10),
    ]
    # Entry 1: (8/10 + 2/10) / 2 × 100 = 1.0 / 2 × 100 = 50
    # Entry 2: (4/10 + 10/10) / 2 × 100 = 1.4 / 2 × 100 = 70
    results = rank_entries(marks, equal, normalise=False)
    assert order(results) == [(2, 1), (1, 2)]
    assert by_entry(results)[1].mean == pytest.approx(50)
    assert by_entry(results)[2].mean == pytest.approx(70)


def test_fractional_weights_count_as_given():
    criteria = [
        CriterionSpec(id=1, weight=Decimal("0.5"), scale_max=10),
        CriterionSpec(id=2, weight=Decimal("1.5"), scale_max=10),
    ]
    # (0.5 × 10/10 + 1.5 × 0/10) / (0.5 + 1.5) × 100 = 0.5 / 2 × 100 = 25
    [total] = juror_totals(marks_of({(1, 10): {1: 10, 2: 0}}), criteria)
    assert total.total == pytest.approx(25)


# 2. Scales ------------------------------------------------------------------------


def test_each_mark_counts_as_a_share_of_its_own_scale():
    criteria = [
        CriterionSpec(id=1, weight=Decimal(1), scale_max=5),
        CriterionSpec(id=2, weight=Decimal(1), scale_max=20),
    ]
    marks = marks_of({(1, 10): {1: 5, 2: 4}, (2, 10): {1: 1, 2: 14}})
    # Entry 1: (5/5 + 4/20) / 2 × 100 = (1.0 + 0.2) / 2 × 100 = 60
    # Entry 2: (1/5 + 14/20) / 2 × 100 = (0.2 + 0.7) / 2 × 100 = 45
    # (Adding up the raw marks would put entry 2 first: 1 + 14 = 15 > 5 + 4 = 9.)
    assert juror_totals(marks, criteria) == [
        JurorTotal(entry=1, juror=10, total=pytest.approx(60), z=None),
        JurorTotal(entry=2, juror=10, total=pytest.approx(45), z=None),
    ]
    assert order(rank_entries(marks, criteria, normalise=False)) == [(1, 1), (2, 2)]


def test_scales_and_weights_together():
    criteria = [
        CriterionSpec(id=1, weight=Decimal(2), scale_max=5),
        CriterionSpec(id=2, weight=Decimal(1), scale_max=20),
    ]
    marks = marks_of(
        {(1, 10): {1: 5, 2: 4}, (2, 10): {1: 1, 2: 14}, (3, 10): {1: 0, 2: 0}}
    )
    # Entry 1: (2 × 5/5 + 1 × 4/20) / 3 × 100 = (2 + 0.2) / 3 × 100 = 220/3 = 73.33…
    # Entry 2: (2 × 1/5 + 1 × 14/20) / 3 × 100 = (0.4 + 0.7) / 3 × 100 = 110/3
    # Entry 3: every mark 0 → 0
    totals = [t.total for t in juror_totals(marks, criteria)]
    assert totals == pytest.approx([220 / 3, 110 / 3, 0])


def test_full_marks_make_100():
    criteria = [
        CriterionSpec(id=1, weight=Decimal(2), scale_max=5),
        CriterionSpec(id=2, weight=Decimal(7), scale_max=20),
    ]
    # (2 × 5/5 + 7 × 20/20) / (2 + 7) × 100 = 9/9 × 100 = 100
    [total] = juror_totals(marks_of({(1, 10): {1: 5, 2: 20}}), criteria)
    assert total.total == pytest.approx(100)


# 3. Mean, spread, disagreement ----------------------------------------------------


def test_two_jurors_close_together():
    results = rank_entries(
        single_marks({(1, 10): 6, (1, 11): 8}), OUT_OF_TEN, normalise=False
    )
    # Totals 60 and 80. Mean (60 + 80) / 2 = 70.
    # Spread √(((60 − 70)² + (80 − 70)²) / 2) = √((100 + 100) / 2) = √100 = 10
    [result] = results
    assert result.reviews == 2
    assert result.mean == pytest.approx(70)
    assert result.spread == pytest.approx(10)
    assert result.disagreement is False  # 10 ≤ 15
    assert [(t.juror, t.total) for t in result.totals] == [(10, 60), (11, 80)]


def test_a_spread_of_exactly_15_points_is_no_disagreement():
    # Totals 50 and 80. Mean 65. Spread √((15² + 15²) / 2) = √225 = 15, not > 15.
    [result] = rank_entries(
        single_marks({(1, 10): 5, (1, 11): 8}), OUT_OF_TEN, normalise=False
    )
    assert result.mean == pytest.approx(65)
    assert result.spread == pytest.approx(DISAGREEMENT_POINTS)
    assert result.disagreement is False


def test_three_jurors_far_apart():
    results = rank_entries(
        single_marks({(1, 10): 4, (1, 11): 9, (1, 12): 5}), OUT_OF_TEN, normalise=False
    )
    # Totals 40, 90, 50. Mean (40 + 90 + 50) / 3 = 180 / 3 = 60.
    # Deviations −20, +30, −10; squares 400 + 900 + 100 = 1400.
    # Spread √(1400 / 3) = √466.67 = 21.60 > 15 → disagreement.
    [result] = results
    assert result.reviews == 3
    assert result.mean == pytest.approx(60)
    assert result.spread == pytest.approx(sqrt(1400 / 3))
    assert result.spread == pytest.approx(21.602, abs=1e-3)
    assert result.disagreement is True


def test_three_jurors_close_together():
    # Totals 60, 70, 80. Mean 70. Spread √((100 + 0 + 100) / 3) = √66.67 = 8.165
    [result] = rank_entries(
        single_marks({(1, 10): 6, (1, 11): 7, (1, 12): 8}), OUT_OF_TEN, normalise=False
    )
    assert result.mean == pytest.approx(70)
    assert result.spread == pytest.approx(sqrt(200 / 3))
    assert result.disagreement is False


def test_one_review_has_no_spread():
    [result] = rank_entries(single_marks({(1, 10): 3}), OUT_OF_TEN, normalise=False)
    assert (result.reviews, result.mean) == (1, pytest.approx(30))
    assert result.spread == 0.0
    assert result.disagreement is False


def test_without_normalising_there_are_no_z_scores():
    results = rank_entries(
        single_marks({(1, 10): 3, (2, 10): 5}), OUT_OF_TEN, normalise=False
    )
    assert [r.z_mean for r in results] == [None, None]
    assert [t.z for r in results for t in r.totals] == [None, None]


# 4. Normalisation -----------------------------------------------------------------

SEVERE, GENEROUS = 10, 20


def test_z_scores_give_a_juror_with_a_narrow_range_an_equal_voice():
    marks = single_marks(
        {
            (1, GENEROUS): 10,
            (2, GENEROUS): 7,
            (3, GENEROUS): 4,
            (1, SEVERE): 0,
            (2, SEVERE): 2,
            (3, SEVERE): 1,
        }
    )
    # Generous juror: totals 100, 70, 40. m = 70; deviations +30, 0, −30.
    #   s = √((900 + 0 + 900) / 3) = √600 = 24.495
    #   z: entry 1 = 30 / √600 = √(900/600) = √1.5 = 1.2247; entry 2 = 0;
    #      entry 3 = −√1.5 = −1.2247
    # Severe juror: totals 0, 20, 10. m = 10; deviations −10, +10, 0.
    #   s = √((100 + 100 + 0) / 3) = √66.67 = 8.165
    #   z: entry 1 = −10 / 8.165 = −√1.5 = −1.2247; entry 2 = +√1.5 = 1.2247;
    #      entry 3 = 0
    # Raw means: entry 1 (100 + 0) / 2 = 50; entry 2 (70 + 20) / 2 = 45;
    #            entry 3 (40 + 10) / 2 = 25       → ranking 1, 2, 3
    # z means:   entry 1 (√1.5 − √1.5) / 2 = 0; entry 2 (0 + √1.5) / 2 = 0.6124;
    #            entry 3 (−√1.5 + 0) / 2 = −0.6124 → ranking 2, 1, 3
    root = sqrt(1.5)

    raw = rank_entries(marks, OUT_OF_TEN, normalise=False)
    assert order(raw) == [(1, 1), (2, 2), (3, 3)]
    assert [r.mean for r in raw] == pytest.approx([50, 45, 25])

    normalised = rank_entries(marks, OUT_OF_TEN, normalise=True)
    assert order(normalised) == [(2, 1), (1, 2), (3, 3)]
    results = by_entry(normalised)
    assert results[1].z_mean == pytest.approx(0)
    assert results[2].z_mean == pytest.approx(root / 2)
    assert results[2].z_mean == pytest.approx(0.6124, abs=1e-4)
    assert results[3].z_mean == pytest.approx(-root / 2)
    assert [r.mean for r in normalised] == pytest.approx([45, 50, 25])
    z = {(t.entry, t.juror): t.z for r in normalised for t in r.totals}
    assert z == pytest.approx(
        {
            (1, SEVERE): -root,
            (1, GENEROUS): root,
            (2, SEVERE): root,
            (2, GENEROUS): 0,
            (3, SEVERE): 0,
            (3, GENEROUS): -root,
        }
    )


def test_z_scores_take_out_who_reviewed_which_entry():
    marks = single_marks(
        {(1, GENEROUS): 7, (3, GENEROUS): 9, (2, SEVERE): 4, (3, SEVERE): 2}
    )
    # Generous juror: entry 1 = 70, entry 3 = 90. m = 80; s = √((100 + 100) / 2) = 10
    #   z: entry 1 = (70 − 80) / 10 = −1; entry 3 = (90 − 80) / 10 = +1
    # Severe juror: entry 2 = 40, entry 3 = 20. m = 30; s = √((100 + 100) / 2) = 10
    #   z: entry 2 = (40 − 30) / 10 = +1; entry 3 = (20 − 30) / 10 = −1
    # Raw means: entry 1 = 70; entry 2 = 40; entry 3 = (90 + 20) / 2 = 55
    #   → ranking 1, 3, 2
    # z means: entry 1 = −1; entry 2 = +1; entry 3 = (+1 − 1) / 2 = 0
    #   → ranking 2, 3, 1
    assert order(rank_entries(marks, OUT_OF_TEN, normalise=False)) == [
        (1, 1),
        (3, 2),
        (2, 3),
    ]
    normalised = rank_entries(marks, OUT_OF_TEN, normalise=True)
    assert order(normalised) == [(2, 1), (3, 2), (1, 3)]
    assert [r.z_mean for r in normalised] == pytest.approx([1, 0, -1])
    assert [r.mean for r in normalised] == pytest.approx([40, 55, 70])


# 5. A juror whose totals do not vary ------------------------------------------------


def test_a_juror_with_one_entry_or_even_totals_has_z_zero():
    marks = single_marks({(1, 10): 8, (2, 11): 5, (3, 11): 5})
    # Juror 10 reviewed entry 1 only: s = 0 → z = 0.
    # Juror 11 gave 50 and 50: m = 50, s = 0 → z = 0 for both entries.
    # Every z_mean is 0, so the means decide: entry 1 (80), then 2 and 3 (50) tied.
    results = rank_entries(marks, OUT_OF_TEN, normalise=True)
    assert order(results) == [(1, 1), (2, 2), (3, 2)]
    assert [r.z_mean for r in results] == [0.0, 0.0, 0.0]
    assert [t.z for r in results for t in r.totals] == [0.0, 0.0, 0.0]
    assert [r.mean for r in results] == pytest.approx([80, 50, 50])


# 6. Ties -------------------------------------------------------------------------


def test_ties_share_a_rank_and_the_next_rank_skips():
    marks = single_marks({(4, 10): 9, (7, 10): 7, (3, 10): 7, (1, 10): 4})
    # Totals 90, 70, 70, 40 → ranks 1, 2, 2, 4; tied entries by id (3 before 7).
    results = rank_entries(marks, OUT_OF_TEN, normalise=False)
    assert order(results) == [(4, 1), (3, 2), (7, 2), (1, 4)]


def test_equal_totals_reached_by_different_marks_tie():
    criteria = [
        CriterionSpec(id=1, weight=Decimal(1), scale_max=3),
        CriterionSpec(id=2, weight=Decimal(2), scale_max=3),
    ]
    marks = marks_of({(1, 10): {1: 3, 2: 0}, (2, 10): {1: 1, 2: 1}})
    # Entry 1: (1 × 3/3 + 2 × 0/3) / 3 × 100 = 1/3 × 100 = 33.33…
    # Entry 2: (1 × 1/3 + 2 × 1/3) / 3 × 100 = (1/3 + 2/3) / 3 × 100 = 33.33…
    results = rank_entries(marks, criteria, normalise=False)
    assert order(results) == [(1, 1), (2, 1)]
    assert [r.mean for r in results] == pytest.approx([100 / 3, 100 / 3])


def test_float_noise_in_z_scores_does_not_break_a_tie():
    marks = single_marks(
        {
            (1, 10): 1,
            (2, 10): 2,
            (3, 10): 3,
            (4, 11): 4,
            (5, 11): 7,
            (6, 11): 10,
            (3, 12): 10,
            (6, 13): 3,
        }
    )
    # Juror 10: 10, 20, 30 → z of entry 3 = 10 / √(200/3) = √1.5
    # Juror 11: 40, 70, 100 → z of entry 6 = 30 / √(1800/3) = √1.5
    #   (the two come out of the floats a last bit apart)
    # Jurors 12 and 13 reviewed one entry each → z = 0.
    # Entry 3: totals 30, 100 → mean 65, z_mean √1.5 / 2
    # Entry 6: totals 100, 30 → mean 65, z_mean √1.5 / 2  → a tie for first place
    # Then entries 2 and 5 (z 0; means 20 and 70), entries 1 and 4 (z −√1.5).
    results = rank_entries(marks, OUT_OF_TEN, normalise=True)
    assert order(results)[:2] == [(3, 1), (6, 1)]
    assert [r.z_mean for r in results[:2]] == pytest.approx([sqrt(1.5) / 2] * 2)
    assert order(results)[2:] == [(5, 3), (2, 4), (4, 5), (1, 6)]
