"""Records that are searched where they are kept: members, Port Centers, winners.

These are tables of hundreds of rows, not of pages, so a record is matched in its
own table, without an index to keep current: what the public may see is what
``Records.public()`` returns at the moment of the search.

On PostgreSQL the searched columns make a weighted text-search vector in the
language's configuration (``aivp_fr``: accents folded, then stemmed), matched
against the query parsed the same way and ranked by ``ts_rank``. Elsewhere (the
embedded SQLite) every word of the query must appear in one of the columns.
Editors' synonyms widen the query in both cases, as for pages.
"""

from functools import reduce
from operator import and_, or_

from django.db import connection
from django.db.models import F, Q, QuerySet
from modelsearch.query import Or, Phrase, PlainText

from .backends import language_configs
from .hits import Hit, highlight, query_words
from .language import expand
from .registry import Records, SearchType

SUGGESTED = 3  # records a suggestion list holds at most, per type


def matching(source: Records, query: str, language: str, goal=None) -> QuerySet:
    """The public records matching the query, best first."""
    records = source.public()
    if goal:
        if not source.goals:
            return records.none()
        with_goal = records.model.objects.filter(**{source.goals: goal})
        records = records.filter(pk__in=with_goal.values("pk"))
    columns = source.columns(language)
    if connection.vendor == "postgresql":
        return _ranked(records, columns, expand(query), language)
    return records.filter(_contains(expand(query), columns)).order_by(source.name)


def _ranked(records, columns, query, language):
    from django.contrib.postgres.search import SearchRank, SearchVector

    config = language_configs().get(language, "simple")
    vector = reduce(
        lambda a, b: a + b,
        (SearchVector(name, weight=weight, config=config) for name, weight in columns),
    )
    wanted = _pg_query(query, config)
    return (
        records.annotate(search_vector=vector)
        .filter(search_vector=wanted)
        .annotate(search_rank=SearchRank(F("search_vector"), wanted))
        .order_by("-search_rank", "pk")
    )


def _pg_query(query, config):
    from django.contrib.postgres.search import SearchQuery

    if isinstance(query, str):
        return SearchQuery(query, config=config, search_type="plain")
    if isinstance(query, PlainText):
        return SearchQuery(query.query_string, config=config, search_type="plain")
    if isinstance(query, Phrase):
        return SearchQuery(query.query_string, config=config, search_type="phrase")
    combine = or_ if isinstance(query, Or) else and_
    return reduce(combine, (_pg_query(part, config) for part in query.subqueries))


def _contains(query, columns) -> Q:
    """Every word in one of the columns (a phrase as a whole)."""

    def anywhere(text):
        return reduce(or_, (Q(**{f"{name}__icontains": text}) for name, _ in columns))

    if isinstance(query, (str, PlainText)):
        text = query if isinstance(query, str) else query.query_string
        return reduce(and_, (anywhere(word) for word in text.split()), Q())
    if isinstance(query, Phrase):
        return anywhere(query.query_string)
    combine = or_ if isinstance(query, Or) else and_
    return reduce(combine, (_contains(part, columns) for part in query.subqueries))


def record_hits(
    search_type: SearchType, records: list, query: str, language: str, request
) -> list[Hit]:
    """The records as results, their text's words marked."""
    words = query_words(query)
    return [
        Hit(
            type=search_type,
            url=shown["url"],
            title=shown["title"],
            snippet=highlight(shown.get("text", ""), words),
            date=shown.get("date"),
        )
        for shown in search_type.records.hits(records, language, request)
    ]


def suggested(search_type: SearchType, query: str, language: str, request) -> list:
    """Records whose name holds the query, for the header box."""
    source = search_type.records
    records = list(
        source.public()
        .filter(**{f"{source.name}__icontains": query})
        .order_by(source.name)[:SUGGESTED]
    )
    return [
        {"title": shown["title"], "url": shown["url"], "type": str(search_type.label)}
        for shown in source.hits(records, language, request)
    ]
