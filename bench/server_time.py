"""What a public page costs the server when nothing waits for a CPU: in-process,
the page cache off, as the first visit after a publish or a signed-in visitor.

    .venv/bin/python bench/server_time.py              # SQLite, demo + 2,000 news
    BENCH_DATABASE_URL=postgres://… .venv/bin/python bench/server_time.py

Each page is requested through Django's test client (the whole middleware stack,
no network, DEBUG off): five requests to warm the process, then --requests timed
ones in each of four cases:

- **parts kept**: a visitor the page cache does not serve (a signed-in one adds
  the session and the user, two queries); what every page repeats and the page's
  own parts are kept;
- **after an article's publish**: before each request another article of the news
  listing is really published, and the task its publish queues (cms/warming.py:
  the article, its listing and its home page built as a visitor would) runs, as
  a Celery worker runs it within a second;
- **before that task**: the same publish, its task not run yet: what shows the
  article (the listing, the home page) is built by this visit; the other pages
  keep their parts (cms.sitewide, decision 0015);
- **after a change of the site's parts** (a menu page, a setting, a snippet:
  ``content`` and ``site`` bumped), for the record: everything is built again.

Prints the median (and the 90th percentile of the first case) in milliseconds
and the queries of one request, against the goals: the home page at most 15 ms
and 15 queries, the other pages 12 ms and 12 queries, the 404 page 5 queries.
`make bench` runs it on its own data (bench/run_all.py).
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

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


CASES = (
    ("kept", "parts kept"),
    ("published", "after an article's publish"),
    ("before_task", "before its task"),
    ("site_change", "after a change of the site's parts"),
)


def run(requests: int = 30) -> list[dict]:
    """One row per page; Django set up and the data loaded already."""
    from django.test import Client, override_settings
    from pages_bench import bench_pages
    from wagtail.models import Site

    from cms.models import NewsArticlePage
    from cms.warming import prepare
    from core import pagecache

    pages = bench_pages()
    french = NewsArticlePage.objects.live().filter(locale__language_code="fr")
    measured = french.first()  # bench_pages()'s article
    # The newest other one: the first card of the listing and of the home page.
    published = french.exclude(pk=measured.pk).order_by("-date", "-pk").first()

    def publish() -> None:  # an editor publishes another article of the listing
        published.save_revision().publish()

    def publish_and_prepare() -> None:  # then a worker runs the task it queued
        publish()
        prepare(published.pk)

    def site_change() -> None:  # a menu page published, a snippet or setting saved
        pagecache.bump(pagecache.CONTENT, pagecache.SITE)

    before = {
        "kept": None,
        "published": publish_and_prepare,
        "before_task": publish,
        "site_change": site_change,
    }
    # The site's own address, as its visitors (and the publish's task) ask for it.
    host = urlsplit(Site.objects.get(is_default_site=True).root_url).netloc
    rows = []
    for name, path in pages.items():
        row = {"page": name}
        for case, _label in CASES:
            # The task is run here, inline, rather than queued.
            with override_settings(
                PAGE_CACHE_SECONDS=0, ALLOWED_HOSTS=["*"], PREPARE_PUBLISHED_PAGES=False
            ):
                client = Client(HTTP_HOST=host, raise_request_exception=False)
                for _ in range(5):
                    row["status"] = client.get(path).status_code
                times, queries = timed(client, path, requests, before=before[case])
            row[f"{case}_p50"] = statistics.median(times)
            row[f"{case}_p90"] = times[int(len(times) * 0.9) - 1]
            row[f"{case}_queries"] = queries
        row["ms_goal"], row["query_goal"] = GOALS.get(name, DEFAULT_GOAL)
        rows.append(row)
    print(
        "| page | status | "
        + " | ".join(f"{label}: p50 (ms) | queries" for _case, label in CASES)
        + " | goal (ms / queries) |"
    )
    print("|---|---:|" + "---:|---:|" * len(CASES) + "---|")
    for row in rows:
        cells = " | ".join(
            f"{row[f'{case}_p50']:.1f} | {row[f'{case}_queries']}" for case, _ in CASES
        )
        print(
            f"| {row['page']} | {row['status']} | {cells} | "
            f"≤ {row['ms_goal']} / ≤ {row['query_goal']} |"
        )
    return rows


def goal_rows(measured: dict) -> list[tuple]:
    """The goals' rows for bench/run_all.py: a signed-in visitor's page (the parts
    kept), the first visit after an article's publish, and the same visit before
    the publish's task has prepared the pages that show the article."""
    rows = []
    for row in measured.get("server_time", []):
        target = f"≤ {row['ms_goal']} ms / ≤ {row['query_goal']}"
        for case, label in (
            ("kept", "parts kept (a signed-in visitor)"),
            ("published", "first visit after an article's publish"),
            ("before_task", "first visit after a publish, before its task"),
        ):
            ms, queries = row[f"{case}_p50"], row[f"{case}_queries"]
            rows.append(
                (
                    f"uncached {row['page']}, in-process, {label}: p50 / queries",
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
