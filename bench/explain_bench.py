"""EXPLAIN the public listings' queries on 10,000 news and 2,000 events (PostgreSQL).

    .venv/bin/python bench/explain_bench.py                  # load, explain, drop
    .venv/bin/python bench/explain_bench.py --keep           # keep the database
    .venv/bin/python bench/explain_bench.py --reuse --keep   # explain a kept one again
    .venv/bin/python bench/explain_bench.py --reuse --plans  # print every plan too

The database ($EXPLAIN_DATABASE_URL, by default aivp_explain on 127.0.0.1) is
dropped and created again, migrated and loaded with the demo plus the French news and
events of bench/cms_bench.py, then ANALYZEd. Each listing's queries are built by the
code the pages run (the listing page's ``get_filterset``, the members directory's
filter, then the paginator): the count, then the page of results, each captured as
sent to PostgreSQL and run again under ``EXPLAIN (ANALYZE, BUFFERS)``. A ``Seq Scan``
on a large table (the page tree, the articles, the events, their relation tables,
or any table of 1,000 rows or more) means the filter found no index to use.
"""

import argparse
import datetime
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from cms_bench import load_data, setup_django  # noqa: E402
from services import scratch_dirs  # noqa: E402

DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/aivp_explain"
LARGE_TABLES = {
    "wagtailcore_page",
    "cms_newsarticlepage",
    "cms_newsarticlepage_goals",
    "cms_newsarticlepage_categories",
    "cms_newsarticletag",
    "cms_eventpage",
    "cms_eventpage_goals",
}
LARGE_ROWS = 1_000
SEQ_SCAN = re.compile(r"Seq Scan on (\w+)")
INDEX_SCAN = re.compile(
    r"(?:Index (?:Only )?Scan(?: Backward)? using|Bitmap Index Scan on) (\w+)"
)
EXECUTION = re.compile(r"Execution Time: ([\d.]+) ms")


# --- The database -------------------------------------------------------------------


def _maintenance(url: str):
    import psycopg

    return psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True)


def recreate_database(url: str) -> None:
    name = url.rsplit("/", 1)[1]
    with _maintenance(url) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')


def drop_database(url: str) -> None:
    from django.db import connections

    connections.close_all()
    name = url.rsplit("/", 1)[1]
    with _maintenance(url) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# --- The relations the listings filter on -------------------------------------------

TAGS = 200


def classify() -> None:
    """Give each loaded article a goal, a category and two tags, each event a goal.

    ``load_data`` sets the goals of its pages in memory only (a parental relation is
    written when the page is saved), so the relation tables would hold the demo's
    few rows: they are filled here in bulk, once, like a real newsroom's (every
    article in one of the three categories, each of the ten goals on about a tenth
    of the content, each of 200 tags on about 1 % of the articles).
    """
    from django.db import transaction
    from taggit.models import Tag
    from wagtail.models import Locale

    from cms.models import (
        EventPage,
        Goal,
        NewsArticlePage,
        NewsArticleTag,
        NewsCategory,
    )

    french = Locale.objects.get(language_code="fr")
    goals = list(Goal.objects.filter(locale=french).order_by("number"))
    categories = list(NewsCategory.objects.filter(locale=french).order_by("pk"))
    articles = list(
        NewsArticlePage.objects.filter(locale=french, goals=None, categories=None)
        .filter(tagged_items=None)
        .values_list("pk", flat=True)
    )
    events = list(
        EventPage.objects.filter(locale=french, goals=None).values_list("pk", flat=True)
    )
    with transaction.atomic():
        tags = [
            Tag.objects.get_or_create(
                slug=f"bench-tag-{number}", defaults={"name": f"bench tag {number}"}
            )[0]
            for number in range(TAGS)
        ]
        NewsArticlePage.goals.through.objects.bulk_create(
            NewsArticlePage.goals.through(
                newsarticlepage_id=pk, goal_id=goals[pk % len(goals)].pk
            )
            for pk in articles
        )
        NewsArticlePage.categories.through.objects.bulk_create(
            NewsArticlePage.categories.through(
                newsarticlepage_id=pk,
                newscategory_id=categories[pk % len(categories)].pk,
            )
            for pk in articles
        )
        NewsArticleTag.objects.bulk_create(
            NewsArticleTag(content_object_id=pk, tag_id=tags[(pk + shift) % TAGS].pk)
            for pk in articles
            for shift in (0, TAGS // 2)
        )
        EventPage.goals.through.objects.bulk_create(
            EventPage.goals.through(eventpage_id=pk, goal_id=goals[pk % len(goals)].pk)
            for pk in events
        )
    print(f"Classified {len(articles)} articles and {len(events)} events.")


# --- The listings, as the pages build them ------------------------------------------


def listings() -> list[tuple[str, object, dict]]:
    """(name, build, parameters): ``build(params)`` gives (queryset, per page)."""
    from django.utils import timezone
    from taggit.models import Tag
    from wagtail.models import Locale

    from cms.models import AgendaPage, EventPage, Goal, NewsIndexPage
    from network.directory import PER_PAGE, with_groups
    from network.filters import MemberFilter
    from network.models import GoodPracticeIndexPage, ProjectIndexPage
    from network.selectors import listed_members

    french = Locale.objects.get(language_code="fr")
    news = NewsIndexPage.objects.get(locale=french)
    agenda = AgendaPage.objects.get(locale=french)
    practices = GoodPracticeIndexPage.objects.filter(locale=french).first()
    projects = ProjectIndexPage.objects.filter(locale=french).first()
    goal = Goal.objects.get(locale=french, number=2).slug
    tag = "bench-tag-7" if Tag.objects.filter(slug="bench-tag-7").exists() else "prix"
    country = (
        EventPage.objects.child_of(agenda).exclude(country="France").first().country
    )
    today = timezone.localdate()
    month = (today.replace(day=1) + datetime.timedelta(days=32)).strftime("%Y-%m")
    year = str(today.year - 1)

    def listing(page):
        return lambda params: (page.get_filterset(params).qs, page.per_page)

    def members(params):
        filterset = MemberFilter(params or None, queryset=listed_members())
        return with_groups(filterset.qs), PER_PAGE

    rows = [
        ("news", listing(news), {}),
        ("news", listing(news), {"page": "300"}),
        ("news", listing(news), {"category": "temps-forts"}),
        ("news", listing(news), {"goal": goal}),
        ("news", listing(news), {"tag": tag}),
        ("news", listing(news), {"year": year}),
        ("news", listing(news), {"goal": goal, "year": year}),
        ("news", listing(news), {"q": "Tanger"}),
        ("agenda", listing(agenda), {}),
        ("agenda", listing(agenda), {"when": "past"}),
        ("agenda", listing(agenda), {"type": "world-conference"}),
        ("agenda", listing(agenda), {"goal": goal}),
        ("agenda", listing(agenda), {"country": country}),
        ("agenda", listing(agenda), {"month": month}),
    ]
    if practices is not None:
        rows += [
            ("practices", listing(practices), {}),
            ("practices", listing(practices), {"goal": goal}),
            ("practices", listing(practices), {"theme": "energy"}),
            ("practices", listing(practices), {"q": "port"}),
        ]
    if projects is not None:
        rows += [
            ("projects", listing(projects), {}),
            ("projects", listing(projects), {"status": "ongoing"}),
            ("projects", listing(projects), {"goal": goal}),
        ]
    rows += [
        ("members", members, {}),
        ("members", members, {"region": "europe"}),
        ("members", members, {"q": "port"}),
    ]
    return rows


def captured(build, params: dict) -> list[tuple[str, str]]:
    """The count and the page of results the listing runs, as sent (SQL text)."""
    from django.db import connection
    from django.http import QueryDict
    from django.test.utils import CaptureQueriesContext

    from cms.selectors import paginate

    query = QueryDict(mutable=True)
    query.update(params)
    queryset, per_page = build(query)  # the filters' own look-ups run here
    with CaptureQueriesContext(connection) as counting:
        page = paginate(queryset, per_page=per_page, number=query.get("page"))
    with CaptureQueriesContext(connection) as listing:
        list(page.object_list)  # no query when the count is 0
    return [("count", counting[0]["sql"])] + [("page", q["sql"]) for q in listing[:1]]


def large_tables() -> set[str]:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT relname FROM pg_class WHERE relkind = 'r' AND reltuples >= %s",
            [LARGE_ROWS],
        )
        return LARGE_TABLES | {row[0] for row in cursor.fetchall()}


def explain(sql: str) -> str:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql)
        return "\n".join(row[0] for row in cursor.fetchall())


def summary(plan: str, large: set[str]) -> dict:
    scanned = sorted({table for table in SEQ_SCAN.findall(plan) if table in large})
    return {
        "ms": float(EXECUTION.search(plan).group(1)),
        "seq": ", ".join(scanned) if scanned else "",
        "indexes": sorted(set(INDEX_SCAN.findall(plan))),
    }


def run(*, show_plans: bool) -> list[tuple[str, dict]]:
    from urllib.parse import urlencode

    from django.utils import translation

    results = []
    with translation.override("fr"):
        large = large_tables()
        for listing, build, params in listings():
            label = f"{listing} ?{urlencode(params)}" if params else listing
            for kind, sql in captured(build, params):
                plan = explain(sql)
                row = summary(plan, large)
                name = f"{label} ({kind})"
                results.append((name, row))
                seq = f"yes: {row['seq']}" if row["seq"] else "no"
                print(f"{name}: {row['ms']:.2f} ms, seq scan on large tables: {seq}")
                if show_plans:
                    print(f"{sql}\n{plan}\n")
    return results


def table(results: list[tuple[str, dict]]) -> str:
    lines = [
        "| query | ms | seq scan on big tables | index used |",
        "|---|---:|---|---|",
    ]
    for name, row in results:
        seq = f"yes ({row['seq']})" if row["seq"] else "no"
        indexes = ", ".join(f"`{index}`" for index in row["indexes"]) or "none"
        lines.append(f"| {name} | {row['ms']:.2f} | {seq} | {indexes} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--news", type=int, default=10_000)
    parser.add_argument("--events", type=int, default=2_000)
    parser.add_argument("--keep", action="store_true", help="keep the database")
    parser.add_argument(
        "--reuse", action="store_true", help="use the database as it is, if it exists"
    )
    parser.add_argument("--plans", action="store_true", help="print every plan")
    args = parser.parse_args()
    url = os.environ.get("EXPLAIN_DATABASE_URL", DEFAULT_URL)
    if not url.startswith("postgres"):
        parser.error("EXPLAIN_DATABASE_URL must be a PostgreSQL database")

    if args.reuse:
        with _maintenance(url) as connection:
            name = url.rsplit("/", 1)[1]
            exists = connection.execute(
                "SELECT 1 FROM pg_database WHERE datname = %s", [name]
            ).fetchone()
        if not exists:
            recreate_database(url)
    else:
        recreate_database(url)
    try:
        with scratch_dirs():
            os.environ.setdefault("EMAIL_URL", "dummymail://")  # the demo's e-mails
            setup_django(url)
            load_data(args.news, args.events)
            classify()
            from django.db import connection

            from cms.models import EventPage, NewsArticlePage

            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
                cursor.execute("SHOW server_version")
                version = cursor.fetchone()[0].split()[0]
            print(
                f"\nPostgreSQL {version}, {os.cpu_count()} CPUs; "
                f"{NewsArticlePage.objects.count()} articles, "
                f"{EventPage.objects.count()} events.\n"
            )
            results = run(show_plans=args.plans)
            print()
            print(table(results))
    finally:
        if not args.keep:
            drop_database(url)


if __name__ == "__main__":
    main()
