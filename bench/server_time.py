"""What a public page costs the server when nothing waits for a CPU: in-process,
the page cache off, as the first visit after a publish or a signed-in visitor.

    .venv/bin/python bench/server_time.py              # SQLite, demo + 2,000 news
    BENCH_DATABASE_URL=postgres://… .venv/bin/python bench/server_time.py

Each page is requested through Django's test client (the whole middleware stack,
no network, DEBUG off): five requests to warm the process, then --requests timed
ones, three times: as a visitor the page cache does not serve (what every page repeats,
the menu, the footer, the routing, kept; the page built; a signed-in visitor adds
the session and the user, two queries), and as the first visitor after an article
or an event is published, which renews what depends on ``content`` (the page's own
parts, the listings) and not what every page repeats (``pagecache.SITE``):
``content`` is bumped before each request, as such a publish does; and, for the
record, after a change of what every page repeats (a menu page, a setting, a
snippet: ``site`` bumped too). Prints
the median (and the 90th percentile) in milliseconds and the queries of one
request, against the goals: the home page at most 15 ms and 15 queries,
the other pages 12 ms and 12 queries, the 404 page 5 queries. `make bench` runs it
on its own data (bench/run_all.py).
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

GOALS = {"home": (15, 15), "404": (12, 5)}  # page: (ms, queries)
DEFAULT_GOAL = (12, 12)


class Counted:
    """Counts the queries at the cursor (a request may close the connection and
    open another: Django's query log would miss them)."""

    def __init__(self, queries: list[str]):
        self.queries = queries

    def __call__(self, execute, sql, params, many, context):
        self.queries.append(sql)
        return execute(sql, params, many, context)


def timed(client, path: str, requests: int, before=None) -> tuple[list[float], int]:
    """Sorted times (ms) of ``requests`` requests, and the queries of one more;
    ``before()`` runs ahead of each, outside the time."""
    from django.db import connection

    times = []
    for _ in range(requests):
        if before:
            before()
        started = time.perf_counter()
        client.get(path)
        times.append((time.perf_counter() - started) * 1000)
    queries: list[str] = []
    if before:
        before()
    with connection.execute_wrapper(Counted(queries)):
        client.get(path)
    return sorted(times), len(queries)


def run(requests: int = 30) -> list[dict]:
    """One row per page; Django set up and the data loaded already."""
    from django.test import Client, override_settings
    from pages_bench import bench_pages

    from core import pagecache

    def publish() -> None:  # what publishing an article does to what pages keep
        pagecache.bump(pagecache.CONTENT)

    def site_change() -> None:  # a menu page published, a snippet or setting saved
        pagecache.bump(pagecache.CONTENT, pagecache.SITE)

    rows = []
    with override_settings(PAGE_CACHE_SECONDS=0, ALLOWED_HOSTS=["*"]):
        client = Client(HTTP_HOST="127.0.0.1", raise_request_exception=False)
        for name, path in bench_pages().items():
            for _ in range(5):
                status = client.get(path).status_code
            kept, queries = timed(client, path, requests)
            fresh, fresh_queries = timed(client, path, requests, before=publish)
            rebuilt, rebuilt_queries = timed(client, path, requests, before=site_change)
            ms_goal, query_goal = GOALS.get(name, DEFAULT_GOAL)
            rows.append(
                {
                    "page": name,
                    "status": status,
                    "p50": statistics.median(kept),
                    "p90": kept[int(len(kept) * 0.9) - 1],
                    "queries": queries,
                    "published_p50": statistics.median(fresh),
                    "published_queries": fresh_queries,
                    "site_change_p50": statistics.median(rebuilt),
                    "site_change_queries": rebuilt_queries,
                    "ms_goal": ms_goal,
                    "query_goal": query_goal,
                }
            )
    print(
        "| page | status | p50 (ms) | p90 (ms) | queries | after a publish: p50 (ms) "
        "| queries | goal (ms / queries) | after a change of the site's parts: "
        "p50 (ms) | queries |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for row in rows:
        print(
            f"| {row['page']} | {row['status']} | {row['p50']:.1f} | "
            f"{row['p90']:.1f} | {row['queries']} | {row['published_p50']:.1f} | "
            f"{row['published_queries']} | ≤ {row['ms_goal']} / "
            f"≤ {row['query_goal']} | {row['site_change_p50']:.1f} | "
            f"{row['site_change_queries']} |"
        )
    return rows


def goal_rows(measured: dict) -> list[tuple]:
    """The goals' rows for bench/run_all.py: a signed-in visitor's page (the parts
    kept) and the first visit after an article's publish, each against the goal."""
    rows = []
    for row in measured.get("server_time", []):
        target = f"≤ {row['ms_goal']} ms / ≤ {row['query_goal']}"
        for case, ms, queries in (
            ("parts kept (a signed-in visitor)", row["p50"], row["queries"]),
            (
                "first visit after an article's publish (its own parts rebuilt)",
                row["published_p50"],
                row["published_queries"],
            ),
        ):
            rows.append(
                (
                    f"uncached {row['page']}, in-process, {case}: p50 / queries",
                    f"{ms:.1f} ms / {queries}",
                    target,
                    ms <= row["ms_goal"] and queries <= row["query_goal"],
                )
            )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--news", type=int, default=2_000)
    parser.add_argument("--events", type=int, default=500)
    parser.add_argument("--requests", type=int, default=30)
    args = parser.parse_args()
    from cms_bench import DEFAULT_DB, load_data, setup_django

    setup_django(os.environ.get("BENCH_DATABASE_URL", DEFAULT_DB))
    load_data(args.news, args.events)
    run(args.requests)


if __name__ == "__main__":
    main()
