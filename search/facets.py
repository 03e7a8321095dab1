"""Counting what a search found, by type and by Agenda 2030 goal, in few queries.

The search reads every matching page's id and content type once, best first
(``ranked``); the counts per type, the type filter and the page of results are
taken from that list in Python. The goal counts read every goal link table in one
``UNION ALL`` query, each part given only its own pages' ids (as one array
parameter on PostgreSQL: a long ``IN`` list costs the server far more).
"""

from collections import Counter

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import Count, F, Lookup, Q

from .registry import search_types

MAX_COUNTED = 2000  # where the backend cannot list its matches in SQL, this many


def ranked(results) -> list[tuple[int, int]]:
    """Every matching page's (id, content type id), in the results' order."""
    if hasattr(results, "get_queryset"):
        return list(results.get_queryset().values_list("pk", "content_type_id"))
    return [(p.pk, p.content_type_id) for p in results[:MAX_COUNTED]]


def goal_fields(search_type=None):
    """(content type id, link table, its page column) of the page models with
    goals, of one type or of all."""
    for candidate in search_types():
        if candidate.goals and search_type in (None, candidate):
            for model in candidate.models:
                goals = model._meta.get_field(candidate.goals)
                content_type = ContentType.objects.get_for_model(
                    model, for_concrete_model=False
                )
                yield (
                    content_type.pk,
                    goals.remote_field.through,
                    goals.m2m_field_name(),
                )


class _AnyOf(Lookup):
    """``column = ANY(array)``: PostgreSQL's membership test with one parameter,
    the list of ids as it is (psycopg sends it as an array)."""

    lookup_name = "any_of"
    prepare_rhs = False

    def get_db_prep_lookup(self, value, connection):
        return "%s", [list(value)]

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        rhs, rhs_params = self.process_rhs(compiler, connection)
        return f"{lhs} = ANY({rhs})", [*lhs_params, *rhs_params]


def _among(column: str, ids: list[int]):
    """``column`` is one of ``ids``."""
    if connection.vendor == "postgresql":
        return _AnyOf(F(column), ids)
    return Q(**{f"{column}__in": ids})


def goal_rows(search_type=None, *, matched=None, number=None) -> list[tuple[int, int]]:
    """(goal number, page id) of the matched pages, or of the pages with the goal
    ``number``, in one query."""
    by_type = {}
    for _pk, content_type_id in matched or ():
        by_type.setdefault(content_type_id, []).append(_pk)
    parts = []
    for content_type_id, through, column in goal_fields(search_type):
        links = through.objects.order_by()
        if matched is not None:
            if content_type_id not in by_type:
                continue
            links = links.filter(_among(f"{column}_id", by_type[content_type_id]))
        if number is not None:
            links = links.filter(goal__number=number)
        parts.append(links.values_list("goal__number", f"{column}_id"))
    if not parts:
        return []
    return list(parts[0].union(*parts[1:], all=True))


def goal_counts(matched: list[tuple[int, int]], search_type=None) -> Counter:
    """How many of the matched pages serve each goal."""
    return Counter(n for n, _pk in set(goal_rows(search_type, matched=matched)))


def pages_with_goal(number: int, search_type=None) -> list[int]:
    return [pk for _n, pk in goal_rows(search_type, number=number)]


def record_goal_counts(source, records) -> Counter:
    """How many of the records serve each goal (for types whose records have
    goals)."""
    if not source.goals:
        return Counter()
    rows = (
        records.model.objects.filter(pk__in=records.order_by().values("pk"))
        .values(source.goals)
        .annotate(n=Count("pk", distinct=True))
    )
    return Counter({row[source.goals]: row["n"] for row in rows if row[source.goals]})
