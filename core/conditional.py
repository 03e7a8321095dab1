"""Validators of what clients poll over and over: the feeds, the calendars, the
sitemap and the maps' GeoJSON (docs/performance.md, "Conditional requests").

An answer drawn from lists of rows gets a weak ETag computed without building it:
one aggregate query gives, for each set of rows the answer reads, how many rows
there are, the sum and the largest of their ids and their latest timestamp; the
answer's own key (its address, language and parameters) and the day are added.
Publishing or editing a row moves its timestamp; unpublishing or deleting one
changes the count and the sum of ids, which a Last-Modified taken as the latest
timestamp would not see. The day keeps an answer that depends on the date (the
coming events) from outliving it, and bounds how long a change that no timestamp
records (a page moved, a category renamed) can go unseen.

The ETags are weak: two answers with the same ETag say the same thing, not always
in the same bytes (a calendar stamps an event that was never published through the
admin with the time it is read).
"""

import hashlib
from collections.abc import Callable, Iterable, Sequence
from functools import wraps

from django.db.models import (
    Count,
    DateTimeField,
    Expression,
    IntegerField,
    Max,
    QuerySet,
    Sum,
    Value,
)
from django.http import HttpRequest
from django.utils import timezone

# A set of rows an answer reads, and the field (or expression) that records when
# each row last changed, None when they record nothing.
Source = tuple[QuerySet, str | Expression | None]

EMPTY = (0, None, None, None)


def _summary(index: int, queryset: QuerySet, timestamp) -> QuerySet:
    if timestamp is None:
        latest = Value(None, output_field=DateTimeField())
    else:
        latest = Max(timestamp)
    return (
        queryset.prefetch_related(None)
        .order_by()
        .values(part=Value(index, output_field=IntegerField()))
        .annotate(
            count=Count("pk", distinct=True),
            ids=Sum("pk", distinct=True),
            top=Max("pk"),
            latest=latest,
        )
    )


def summaries(sources: Sequence[Source]) -> list[tuple]:
    """``(count, sum of ids, largest id, latest timestamp)`` of each set of rows,
    all in one query."""
    if not sources:
        return []
    queries = [
        _summary(index, queryset, timestamp)
        for index, (queryset, timestamp) in enumerate(sources)
    ]
    rows = queries[0].union(*queries[1:], all=True) if len(queries) > 1 else queries[0]
    found = {
        row["part"]: (row["count"], row["ids"], row["top"], row["latest"])
        for row in rows
    }
    # An empty set (``.none()``) is left out of the query altogether.
    return [found.get(index, EMPTY) for index in range(len(queries))]


def weak_etag(*parts) -> str:
    """A weak ETag naming ``parts`` (any values with a stable ``repr``)."""
    digest = hashlib.sha256(repr(parts).encode("utf-8")).hexdigest()[:32]
    return f'W/"{digest}"'


def list_etag(sources: Sequence[Source], *key) -> str:
    """The weak ETag, for today, of an answer read from ``sources`` and named by
    ``key`` (its address, its language, its parameters)."""
    return weak_etag(timezone.localdate().isoformat(), *key, *summaries(sources))


def query_key(request: HttpRequest, names: Iterable[str]) -> tuple:
    """The values the request gives to the parameters ``names``, in a fixed order."""
    return tuple(
        (name, tuple(request.GET.getlist(name)))
        for name in sorted(names)
        if name in request.GET
    )


def once_per_request(func: Callable) -> Callable:
    """``func(request, *args, **kwargs)`` worked out once per request: an ETag and
    a Last-Modified read from the same row share its query."""
    memo_name = f"_once_{func.__module__}.{func.__qualname__}"

    @wraps(func)
    def wrapper(request, *args, **kwargs):
        key = (args, tuple(sorted(kwargs.items())))
        memo = request.__dict__.setdefault(memo_name, {})
        if key not in memo:
            memo[key] = func(request, *args, **kwargs)
        return memo[key]

    return wrapper
