from .editions import Category, Criterion, Edition, Round
from .entries import Entry, EntryFile, EntryGoal
from .jury import Assignment, Score
from .pages import PrizeEditionPage, PrizePage

__all__ = [
    "Assignment",
    "Category",
    "Criterion",
    "Edition",
    "Entry",
    "EntryFile",
    "EntryGoal",
    "PrizeEditionPage",
    "PrizePage",
    "Round",
    "Score",
]
