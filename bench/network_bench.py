"""Load 2,000 member organisations, serve them with gunicorn, measure the directory.

    .venv/bin/python bench/network_bench.py                  # 2,000 organisations
    .venv/bin/python bench/network_bench.py --organisations 500 --requests 50

Everything stays on this machine: the database is an SQLite file (or
$BENCH_DATABASE_URL), gunicorn listens on 127.0.0.1 and every loop is bounded.
The data set is kept between runs; only the missing organisations are added.
"""

import argparse
import datetime
import os
import sys

from cms_bench import measure, serve, setup_django

DEFAULT_DB = "sqlite:////tmp/aivp-network-bench.sqlite3"
COUNTRIES = ["FR", "SN", "CL", "JP", "JO", "BR", "KE", "NZ", "ES", "CA", "IT", "MA"]


def load_data(count: int) -> None:
    from django.core.management import call_command

    from accounts.countries import region_of_country
    from accounts.models import Organisation

    call_command("migrate", verbosity=0)
    with open(os.devnull, "w") as devnull:
        call_command("load_demo", stdout=devnull)
    existing = Organisation.objects.filter(name__startswith="Bench member").count()
    kinds = Organisation.Kind.values
    print(f"Adding {max(count - existing, 0)} organisations…", flush=True)
    Organisation.objects.bulk_create(
        Organisation(
            name=f"Bench member {number:05}",
            slug=f"bench-member-{number:05}",
            kind=kinds[number % len(kinds)],
            country=COUNTRIES[number % len(COUNTRIES)],
            region=region_of_country(COUNTRIES[number % len(COUNTRIES)]),
            city=f"City {number % 300}",
            website=f"https://member-{number}.example",
            membership_status=Organisation.Status.ACTIVE,
            membership_start=datetime.date(1990 + number % 35, 1, 1),
            is_listed=number % 10 != 0,
            presentation="Une ville portuaire du réseau.",
            presentation_en="A port city of the network.",
        )
        for number in range(existing, count)
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--organisations", type=int, default=2_000)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--port", type=int, default=8098)
    args = parser.parse_args()
    database_url = os.environ.get("BENCH_DATABASE_URL", DEFAULT_DB)

    setup_django(database_url)
    load_data(args.organisations)
    from network.selectors import listed_members

    base = f"http://127.0.0.1:{args.port}"
    pages = {
        "directory, first page": "/fr/membres/",
        "directory, page 20": "/fr/membres/?page=20",
        "directory, filtered": "/fr/membres/?kind=port_city&region=europe&q=city+1",
        "directory, English, by country": "/en/members/?country=JP",
        "profile": "/fr/membres/bench-member-00001/",
    }
    server = serve(database_url, args.port, args.workers)
    try:
        print(
            f"\n{listed_members().count()} listed members; {args.requests} requests "
            f"per page, {args.concurrency} at a time, gunicorn with "
            f"{args.workers} workers.\n"
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
