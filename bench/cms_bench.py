"""Load a large editorial data set, serve it with gunicorn, measure the public pages.

    .venv/bin/python bench/cms_bench.py                 # 10,000 news, 2,000 events
    .venv/bin/python bench/cms_bench.py --news 500 --events 100 --requests 50

Everything stays on this machine: the database is an SQLite file (or
$BENCH_DATABASE_URL), gunicorn listens on 127.0.0.1 and every loop is bounded.
The data set is kept between runs; only the missing articles and events are added.
"""

import argparse
import datetime
import os
import statistics
import subprocess
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_DB = "sqlite:////tmp/aivp-bench.sqlite3"


def setup_django(database_url: str) -> None:
    os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    os.environ["DEBUG"] = "False"
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    import django

    django.setup()


def load_data(news: int, events: int) -> None:
    from django.core.management import call_command
    from django.db import connection, transaction
    from wagtail.models import Locale

    from cms.models import (
        AgendaPage,
        CustomImage,
        EventPage,
        Goal,
        NewsArticlePage,
        NewsIndexPage,
    )

    call_command("migrate", verbosity=0)
    with open(os.devnull, "w") as devnull:
        call_command("load_demo", stdout=devnull)
    french = Locale.objects.get(language_code="fr")
    index = NewsIndexPage.objects.get(locale=french)
    agenda = AgendaPage.objects.get(locale=french)
    images = list(CustomImage.objects.filter(title__endswith="-fr"))
    goals = list(Goal.objects.filter(locale=french))
    today = datetime.date.today()

    missing = news - NewsArticlePage.objects.filter(locale=french).count()
    print(f"Adding {max(missing, 0)} articles…", flush=True)
    for start in range(0, max(missing, 0), 500):
        with transaction.atomic():
            for number in range(start, min(start + 500, missing)):
                page = NewsArticlePage(
                    title=f"Bench article {number}",
                    slug=f"bench-article-{number}-{time.time_ns()}",
                    summary="Port cities share their experience of the transition.",
                    date=today - datetime.timedelta(days=number % 3000),
                    hero_image=images[number % len(images)],
                    locale=french,
                )
                index.add_child(instance=page)
                page.goals.set([goals[number % len(goals)]])
                index.refresh_from_db()
    missing = events - EventPage.objects.filter(locale=french).count()
    print(f"Adding {max(missing, 0)} events…", flush=True)
    for start in range(0, max(missing, 0), 500):
        with transaction.atomic():
            for number in range(start, min(start + 500, missing)):
                page = EventPage(
                    title=f"Bench event {number}",
                    slug=f"bench-event-{number}-{time.time_ns()}",
                    summary="A meeting of the network.",
                    event_type=EventPage.EventType.WEBINAR,
                    time_zone="Europe/Paris",
                    start_date=today + datetime.timedelta(days=number % 700 - 200),
                    start_time=datetime.time(10),
                    end_time=datetime.time(12),
                    city="Le Havre",
                    country="France",
                    locale=french,
                )
                agenda.add_child(instance=page)
                page.goals.set([goals[number % len(goals)]])
                agenda.refresh_from_db()
    if connection.vendor == "postgresql":
        # The planner's statistics of the rows just added: autovacuum takes them
        # on a live site, in its own time; a benchmark run right after the load
        # would otherwise measure plans made for empty tables.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def serve(
    database_url: str, port: int, workers: int, extra: dict | None = None
) -> subprocess.Popen:
    """gunicorn on 127.0.0.1:port, DEBUG off, each worker keeping its database
    connection as production does (CONN_MAX_AGE); ``extra``: more environment."""
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "DEBUG": "False",
        "ALLOWED_HOSTS": "127.0.0.1",
        "LOG_LEVEL": "WARNING",
        "CONN_MAX_AGE": "60",
        **(extra or {}),
    }
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=ROOT,
        env=env,
        check=True,
    )
    server = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "config.wsgi",
            f"--bind=127.0.0.1:{port}",
            f"--workers={workers}",
            "--log-level=warning",
        ],
        cwd=ROOT,
        env=env,
    )
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2)
            return server
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise RuntimeError("gunicorn did not start")


def fetch(url: str) -> float:
    started = time.perf_counter()
    with urllib.request.urlopen(url, timeout=30) as response:
        response.read()
        assert response.status == 200, url
    return time.perf_counter() - started


def measure(url: str, requests: int, concurrency: int) -> dict:
    for _ in range(3):  # warm caches and renditions
        fetch(url)
    started = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        latencies = sorted(pool.map(fetch, [url] * requests))
    elapsed = time.perf_counter() - started
    return {
        "rps": requests / elapsed,
        "p50": statistics.median(latencies) * 1000,
        "p99": latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] * 1000,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--news", type=int, default=10_000)
    parser.add_argument("--events", type=int, default=2_000)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--port", type=int, default=8099)
    args = parser.parse_args()
    database_url = os.environ.get("BENCH_DATABASE_URL", DEFAULT_DB)

    setup_django(database_url)
    load_data(args.news, args.events)
    from cms.models import EventPage, NewsArticlePage

    article = NewsArticlePage.objects.live().filter(locale__language_code="fr").first()
    event = EventPage.objects.live().filter(locale__language_code="fr").first()
    base = f"http://127.0.0.1:{args.port}"
    pages = {
        "home page": "/fr/",
        "news index": "/fr/actualites/",
        "news index, filtered": "/fr/actualites/?goal=transition-energetique&year=2025",
        "news index, page 300": "/fr/actualites/?page=300",
        "article": article.url,
        "agenda": "/fr/agenda/",
        "event": event.url,
        "agenda .ics feed": "/fr/calendar/agenda.ics?type=world-conference",
        "event .ics": f"/fr/calendar/events/{event.pk}.ics",
    }
    server = serve(database_url, args.port, args.workers)
    try:
        print(
            f"\n{NewsArticlePage.objects.count()} articles, "
            f"{EventPage.objects.count()} events; {args.requests} requests per page, "
            f"{args.concurrency} at a time, gunicorn with {args.workers} workers.\n"
        )
        print("| page | requests/s | p50 (ms) | p99 (ms) |")
        print("|---|---:|---:|---:|")
        for name, path in pages.items():
            result = measure(base + path, args.requests, args.concurrency)
            print(
                f"| {name} | {result['rps']:.1f} | {result['p50']:.0f} "
                f"| {result['p99']:.0f} |",
                flush=True,
            )
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
