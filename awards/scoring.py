"""Jury marks aggregated into a ranking of entries, for prize managers.

Pure Python: no models, no database. The caller reads the marks of the submitted
reviews and the round's criteria, and passes them in as plain values.

Rules
-----
- A juror's total for an entry is
  Σ(weight_i × value_i / scale_max_i) / Σ(weight_i) × 100, over ALL the criteria
  given, so it goes from 0 to 100 whatever the criteria's scales.
- A juror's review of an entry counts only if it has a mark for every criterion:
  an incomplete set of marks for an (entry, juror) pair is ignored entirely.
  Marks for criteria that are not given are ignored.
- A mark outside 0..scale_max of its criterion raises ValueError, as do two marks
  by the same juror for the same entry and criterion, a criterion whose weight is
  not > 0 or whose scale_max is not ≥ 1, and two criteria with the same id.
- An entry's mean is the arithmetic mean of its juror totals; its spread is their
  population standard deviation (statistics.pstdev), 0.0 with one review. The
  jurors disagree when the spread is more than DISAGREEMENT_POINTS (15 points).
- Normalisation (normalise=True) takes out each juror's severity or generosity.
  For each juror, over all the entries they reviewed (in this call): the mean m_j
  and the population standard deviation s_j of their totals, and for each entry
  z = (total − m_j) / s_j; when s_j == 0 (one entry, or all totals equal) z = 0.0
  for all that juror's entries. An entry's z_mean is the mean of its jurors' z.
- Ranking: with normalisation by z_mean descending, then by mean descending;
  without, by mean descending. Entries equal on the whole key (compared after
  rounding to 9 decimals, so that float noise makes no difference) share a rank
  and the next rank skips: 1, 2, 2, 4. Entries with no review that counts are
  left out. Results come in rank order, then by entry id.

Totals are computed exactly (fractions.Fraction, weights taken as exact Decimals)
and given out as floats.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from decimal import Decimal
from fractions import Fraction

__all__ = [
    "DISAGREEMENT_POINTS",
    "CriterionSpec",
    "EntryResult",
    "JurorTotal",
    "Mark",
    "juror_totals",
    "rank_entries",
]

DISAGREEMENT_POINTS = 15.0

# Places kept when ranking keys are compared, so that float noise ties nothing apart.
_KEY_PLACES = 9

Pair = tuple[int, int]  # (entry id, juror id)


@dataclass(frozen=True)
class CriterionSpec:
    id: int
    weight: Decimal  # > 0
    scale_max: int  # marks go from 0 to scale_max


@dataclass(frozen=True)
class Mark:
    entry: int  # entry id
    juror: int  # juror (user) id
    criterion: int  # criterion id
    value: int  # 0..scale_max


@dataclass(frozen=True)
class JurorTotal:
    entry: int
    juror: int
    total: float  # 0..100
    z: float | None  # the juror's z-score for this entry (None when not normalising)


@dataclass(frozen=True)
class EntryResult:
    entry: int
    reviews: int  # number of jurors whose marks count
    mean: float  # mean of juror totals, 0..100
    spread: float  # population standard deviation of juror totals (0 with one review)
    z_mean: float | None  # mean of the jurors' z-scores (None when not normalising)
    disagreement: bool  # spread > DISAGREEMENT_POINTS
    rank: int  # 1 = best; ties share a rank (standard competition ranking 1,2,2,4)
    totals: tuple[JurorTotal, ...]


def _criteria_by_id(criteria: Iterable[CriterionSpec]) -> dict[int, CriterionSpec]:
    """The criteria by id, checked: positive weights and scales, ids unique."""
    by_id: dict[int, CriterionSpec] = {}
    for criterion in criteria:
        if criterion.id in by_id:
            raise ValueError(f"criterion {criterion.id} is given twice")
        if not Fraction(criterion.weight) > 0:
            raise ValueError(f"criterion {criterion.id}: weight must be > 0")
        if criterion.scale_max < 1:
            raise ValueError(f"criterion {criterion.id}: scale_max must be ≥ 1")
        by_id[criterion.id] = criterion
    return by_id


def _marks_by_pair(
    marks: Iterable[Mark], criteria: Mapping[int, CriterionSpec]
) -> dict[Pair, dict[int, int]]:
    """Each (entry, juror)'s marks by criterion id; unknown criteria left out."""
    by_pair: dict[Pair, dict[int, int]] = defaultdict(dict)
    for mark in marks:
        criterion = criteria.get(mark.criterion)
        if criterion is None:
            continue
        if not 0 <= mark.value <= criterion.scale_max:
            raise ValueError(
                f"entry {mark.entry}, juror {mark.juror}, criterion {criterion.id}: "
                f"mark {mark.value} is outside 0..{criterion.scale_max}"
            )
        values = by_pair[(mark.entry, mark.juror)]
        if mark.criterion in values:
            raise ValueError(
                f"entry {mark.entry}, juror {mark.juror}: two marks for "
                f"criterion {criterion.id}"
            )
        values[mark.criterion] = mark.value
    return by_pair


def _total(
    values: Mapping[int, int], criteria: Mapping[int, CriterionSpec]
) -> Fraction:
    """One complete review's total out of 100, exactly."""
    weighted = sum(
        (Fraction(c.weight) * values[c.id] / c.scale_max for c in criteria.values()),
        Fraction(0),
    )
    weights = sum((Fraction(c.weight) for c in criteria.values()), Fraction(0))
    return weighted / weights * 100


def _exact_totals(
    marks: Iterable[Mark], criteria: Iterable[CriterionSpec]
) -> dict[Pair, Fraction]:
    """The total of every complete review, by (entry, juror), in that order."""
    by_id = _criteria_by_id(criteria)
    by_pair = _marks_by_pair(marks, by_id)
    return {
        pair: _total(values, by_id)
        for pair, values in sorted(by_pair.items())
        if len(values) == len(by_id)
    }


def juror_totals(
    marks: Iterable[Mark], criteria: Iterable[CriterionSpec]
) -> list[JurorTotal]:
    """Each complete review's total out of 100, by entry then juror; z is None."""
    return [
        JurorTotal(entry=entry, juror=juror, total=float(total), z=None)
        for (entry, juror), total in _exact_totals(marks, criteria).items()
    ]


def _z_scores(totals: Mapping[Pair, Fraction]) -> dict[Pair, float]:
    """Each review's z-score among the totals its juror gave (0.0 if they are even)."""
    by_juror: dict[int, list[Pair]] = defaultdict(list)
    for pair in totals:
        by_juror[pair[1]].append(pair)
    scores: dict[Pair, float] = {}
    for pairs in by_juror.values():
        given = [totals[pair] for pair in pairs]
        centre = statistics.mean(given)
        deviation = statistics.pstdev(given, centre)
        for pair in pairs:
            scores[pair] = (
                float(totals[pair] - centre) / deviation if deviation else 0.0
            )
    return scores


def _unranked_result(
    entry: int, reviews: list[JurorTotal], exact: list[Fraction], normalise: bool
) -> EntryResult:
    """One entry's figures, its rank still to be set (0)."""
    spread = statistics.pstdev(exact) if len(exact) > 1 else 0.0
    z_mean = statistics.fmean(r.z for r in reviews) if normalise else None
    return EntryResult(
        entry=entry,
        reviews=len(reviews),
        mean=float(statistics.mean(exact)),
        spread=spread,
        z_mean=z_mean,
        disagreement=spread > DISAGREEMENT_POINTS,
        rank=0,
        totals=tuple(reviews),
    )


def _key(result: EntryResult) -> tuple[float, ...]:
    """What ranks an entry, higher first, rounded so that float noise ties."""
    figures = (result.mean,) if result.z_mean is None else (result.z_mean, result.mean)
    return tuple(round(figure, _KEY_PLACES) for figure in figures)


def _ranked(results: list[EntryResult]) -> list[EntryResult]:
    """The results by rank then entry id, ties sharing a rank (1, 2, 2, 4)."""
    ordered = sorted(results, key=lambda r: (tuple(-k for k in _key(r)), r.entry))
    ranked: list[EntryResult] = []
    for position, result in enumerate(ordered, start=1):
        rank = position
        if ranked and _key(ranked[-1]) == _key(result):
            rank = ranked[-1].rank
        ranked.append(replace(result, rank=rank))
    return ranked


def rank_entries(
    marks: Iterable[Mark], criteria: Iterable[CriterionSpec], *, normalise: bool
) -> list[EntryResult]:
    """The entries with at least one complete review, ranked; see the module rules."""
    totals = _exact_totals(marks, criteria)
    z_scores = _z_scores(totals) if normalise else {}
    reviews: dict[int, list[JurorTotal]] = defaultdict(list)
    exact: dict[int, list[Fraction]] = defaultdict(list)
    for (entry, juror), total in totals.items():  # by entry, then juror
        z = z_scores[(entry, juror)] if normalise else None
        reviews[entry].append(JurorTotal(entry, juror, float(total), z))
        exact[entry].append(total)
    return _ranked(
        [
            _unranked_result(entry, reviews[entry], exact[entry], normalise)
            for entry in reviews
        ]
    )
