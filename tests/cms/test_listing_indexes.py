"""Every filter of the news index and the agenda can be served by an index.

PostgreSQL only. Each listing's two queries (the count and the page of results) are
built by the code the pages run (``get_filterset``, then the paginator), captured as
sent, then planned (EXPLAIN, not run) inside a transaction with ``SET LOCAL``:

- with ``enable_seqscan = off``, no ``Seq Scan`` may remain on the page tree, the
  articles, the events or their relation tables (one that remains means that no
  index at all can reach that table);
- for a filter on a column of the listed table (the date, the time, the type, the
  country, the month), with nested loops priced out as well, the filter itself must
  be an index condition. Without this second check the test would prove little: on
  a test's few rows, the planner reaches every table through the page tree's index
  on ``path`` and a look-up per row, whatever the filter, and so would pass with the
  filter's index missing.

On so few rows the planner would rightly read the tables whole: sequential scans
and nested loops are priced out to ask whether an index can serve the filter, not
which plan PostgreSQL picks on real data. bench/explain_bench.py answers that on
10,000 articles (docs/performance.md, "Listing indexes").

The free-text filter (``q``: icontains on the title or the summary) is left out: no
B-tree index serves a substring search (docs/performance.md says why it stays so).
"""

import datetime
import re

import pytest
from django.db import connection, transaction
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from cms.selectors import paginate
from tests.cms.factories import (
    EventPageFactory,
    NewsArticlePageFactory,
    NewsCategoryFactory,
    goal,
)

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="EXPLAIN plans of PostgreSQL"
    ),
]

LARGE_TABLES = (
    "wagtailcore_page",
    "cms_newsarticlepage",
    "cms_newsarticlepage_goals",
    "cms_newsarticlepage_categories",
    "cms_newsarticletag",
    "cms_eventpage",
    "cms_eventpage_goals",
)
SEQ_SCAN = re.compile(r"Seq Scan on (\w+)")

# Each filter, and what it compares on the listed table itself (None: through a
# relation table), which an index must serve: the text of its index condition.
NEWS_FILTERS = [
    ({"category": "temps-forts"}, None),
    ({"goal": "transition-energetique"}, None),
    ({"tag": "hydrogene"}, None),
    ({"year": "2024"}, "(date >="),
    ({"goal": "transition-energetique", "year": "2024"}, "(date >="),
]
AGENDA_FILTERS = [
    ({}, '("end" >='),  # upcoming events: the agenda always filters on the time
    ({"when": "past"}, '("end" <'),
    ({"type": "world-conference"}, "(event_type)::text ="),
    ({"goal": "transition-energetique"}, None),
    ({"country": "canada"}, "upper((country)::text) ="),
    ({"month": "ahead"}, "(start_date >="),  # the month 30 days ahead
]
INDEX_CONDITION = re.compile(r"(?:Index|Recheck) Cond: (.*)")


def publish(page):
    page.save_revision().publish()
    return page


def listing_queries(page, params: dict) -> dict[str, str]:
    """The count and the page of results the listing page runs, as sent."""
    query = QueryDict(mutable=True)
    query.update(params)
    with translation.override("fr"):
        queryset = page.get_filterset(query).qs  # the filters' own look-ups
        with CaptureQueriesContext(connection) as counting:
            results = paginate(queryset, per_page=page.per_page, number=None)
        with CaptureQueriesContext(connection) as listing:
            items = list(results.object_list)
    assert items, f"the filter {params} should match the test data"
    return {"count": counting[0]["sql"], "page": listing[0]["sql"]}


def plan(sql: str, *, off: tuple[str, ...]) -> str:
    """EXPLAIN with some of the planner's methods priced out, in a transaction."""
    with transaction.atomic(), connection.cursor() as cursor:
        for method in off:
            cursor.execute(f"SET LOCAL {method} = off")
        cursor.execute("EXPLAIN " + sql)
        text = "\n".join(row[0] for row in cursor.fetchall())
        for method in off:
            cursor.execute(f"SET LOCAL {method} = on")
    return text


def index_problems(page, filters) -> list[str]:
    problems = []
    for params, condition in filters:
        for kind, sql in listing_queries(page, params).items():
            shown = f"?{'&'.join(f'{k}={v}' for k, v in params.items())} ({kind})"
            explained = plan(sql, off=("enable_seqscan",))
            scanned = [t for t in SEQ_SCAN.findall(explained) if t in LARGE_TABLES]
            if scanned:
                problems.append(f"{shown} reads {scanned} whole:\n{explained}")
            if condition is None:
                continue
            # Without nested loops the table cannot be reached through the page
            # tree's index and a look-up per row: its own filter must find an index.
            explained = plan(sql, off=("enable_seqscan", "enable_nestloop"))
            conditions = INDEX_CONDITION.findall(explained)
            if not any(condition in text for text in conditions):
                problems.append(f"{shown}: no index serves {condition}:\n{explained}")
    return problems


@pytest.fixture
def news(news_index):
    highlights = NewsCategoryFactory(name="Temps forts", slug="temps-forts")
    article = NewsArticlePageFactory(
        parent=news_index, title="Hydrogène au Havre", date=datetime.date(2024, 5, 2)
    )
    article.categories.set([highlights])
    article.goals.set([goal(2)])
    article.tags.add("hydrogène")
    publish(article)
    other = NewsArticlePageFactory(parent=news_index, title="Mobilité à Anvers")
    other.goals.set([goal(3)])
    publish(other)
    return news_index


@pytest.fixture
def events(agenda):
    today = timezone.localdate()
    for days, event_type, country in (
        (30, "world-conference", "Canada"),
        (-30, "webinar", "France"),
    ):
        event = EventPageFactory(
            parent=agenda,
            start_date=today + datetime.timedelta(days=days),
            event_type=event_type,
            country=country,
        )
        event.goals.set([goal(2)])
        publish(event)
    return agenda


def test_news_filters_are_served_by_indexes(news):
    problems = index_problems(news, NEWS_FILTERS)
    assert not problems, "\n\n".join(problems)


def test_agenda_filters_are_served_by_indexes(events):
    ahead = timezone.localdate() + datetime.timedelta(days=30)
    filters = [
        ({"month": ahead.strftime("%Y-%m")} if "month" in params else params, text)
        for params, text in AGENDA_FILTERS
    ]
    problems = index_problems(events, filters)
    assert not problems, "\n\n".join(problems)
