"""Load many good practices, serve them with gunicorn, measure the index and a goal.

    .venv/bin/python bench/practices_bench.py                  # 300 practices
    .venv/bin/python bench/practices_bench.py --practices 100 --requests 50

Everything stays on this machine: the database is an SQLite file (or
$BENCH_DATABASE_URL), gunicorn listens on 127.0.0.1 and every loop is bounded.
The data set is kept between runs; only the missing practices are added.
"""

import argparse
import os
import sys

from cms_bench import measure, serve, setup_django

DEFAULT_DB = "sqlite:////tmp/aivp-practices-bench.sqlite3"
COUNTRIES = ["FR", "SN", "CL", "JP", "JO", "BR", "KE", "NZ", "ES", "CA", "IT", "MA"]
THEMES = ["waterfront", "energy", "climate", "mobility", "culture", "nature"]


def load_data(count: int) -> None:
    from django.core.management import call_command

    from cms.models import CustomImage, Goal
    from network.models import GoodPracticeIndexPage, GoodPracticePage

    call_command("migrate", verbosity=0)
    with open(os.devnull, "w") as devnull:
        call_command("load_demo", stdout=devnull)
    index = GoodPracticeIndexPage.objects.get(locale__language_code="fr")
    goals = list(Goal.objects.filter(locale__language_code="fr"))
    images = list(CustomImage.objects.filter(title__endswith="-fr"))
    existing = GoodPracticePage.objects.filter(title__startswith="Bench").count()
    print(f"Adding {max(count - existing, 0)} practices…", flush=True)
    for number in range(existing, count):
        page = GoodPracticePage(
            title=f"Bench practice {number:04}",
            slug=f"bench-practice-{number:04}",
            port_city=f"City {number % 50}",
            country=COUNTRIES[number % len(COUNTRIES)],
            year=1990 + number % 35,
            theme=THEMES[number % len(THEMES)],
            summary="A port city shares what it did, so that others can follow.",
            hero_image=images[number % len(images)],
        )
        index.add_child(instance=page)
        page.goals.set([goals[number % 10], goals[(number + 3) % 10]])
        page.save_revision().publish()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--practices", type=int, default=300)
    parser.add_argument("--requests", type=int, default=100)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--port", type=int, default=8097)
    args = parser.parse_args()
    database_url = os.environ.get("BENCH_DATABASE_URL", DEFAULT_DB)

    setup_django(database_url)
    load_data(args.practices)
    from network.models import GoodPracticePage

    base = f"http://127.0.0.1:{args.port}"
    pages = {
        "practices, first page": "/fr/bonnes-pratiques/",
        "practices, page 10": "/fr/bonnes-pratiques/?page=10",
        "practices, filtered": "/fr/bonnes-pratiques/?goal=interface-ville-port"
        "&theme=waterfront&q=city",
        "a practice": "/fr/bonnes-pratiques/bench-practice-0001/",
        "goal page (both sections)": "/fr/agenda-2030/interface-ville-port/",
    }
    server = serve(database_url, args.port, args.workers)
    try:
        print(
            f"\n{GoodPracticePage.objects.live().count()} live practices; "
            f"{args.requests} requests per page, {args.concurrency} at a time, "
            f"gunicorn with {args.workers} workers.\n"
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
    sys.exit(main())
