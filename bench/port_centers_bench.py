"""2,000 organisations and 500 Port Centers: measure the maps' GeoJSON and the list.

    .venv/bin/python bench/port_centers_bench.py
    .venv/bin/python bench/port_centers_bench.py --port-centers 100 --requests 50

Each run builds a throwaway SQLite database in a temporary folder (or uses
$BENCH_DATABASE_URL, whose tables it fills), loads the demo, adds the bench records,
then measures each address twice: in-process with Django's test client (median
time and the number of SQL queries), and through gunicorn on 127.0.0.1 (requests
per second, p50 and p99). Nothing leaves the machine and every loop is bounded.
"""

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from decimal import Decimal

from cms_bench import measure, serve, setup_django

COUNTRIES = ["FR", "SN", "CL", "JP", "JO", "BR", "KE", "NZ", "ES", "CA", "IT", "MA"]
PAGES = {
    "Port Centers page": "/fr/port-centers/",
    "Port Centers page, filtered": "/en/port-centers/?region=europe&status=labelled",
    "a Port Center's page": "/fr/port-centers/bench-port-center-0001/",
    "Port Centers GeoJSON": "/api/port-centers.geojson",
    "Port Centers GeoJSON, filtered": (
        "/api/port-centers.geojson?lang=es&audience=schools"
    ),
    "members GeoJSON": "/api/members.geojson",
    "members map page": "/fr/membres/map/",
}


def load_data(organisations: int, port_centers: int) -> None:
    from django.core.management import call_command

    from accounts.countries import region_of_country
    from accounts.models import Organisation
    from network.models import PortCenter

    call_command("migrate", verbosity=0)
    with open(os.devnull, "w") as devnull:
        call_command("load_demo", stdout=devnull)
    existing = Organisation.objects.filter(name__startswith="Bench member").count()
    print(f"Adding {max(organisations - existing, 0)} organisations…", flush=True)
    Organisation.objects.bulk_create(
        Organisation(
            name=f"Bench member {number:05}",
            slug=f"bench-member-{number:05}",
            kind=Organisation.Kind.values[number % len(Organisation.Kind.values)],
            country=COUNTRIES[number % len(COUNTRIES)],
            region=region_of_country(COUNTRIES[number % len(COUNTRIES)]),
            city=f"City {number % 300}",
            membership_status=Organisation.Status.ACTIVE,
            membership_start="2020-01-01",
            is_listed=number % 10 != 0,
            # Three in four have a place on the map.
            latitude=Decimal(number % 170 - 85) if number % 4 else None,
            longitude=Decimal(number % 359 - 179) if number % 4 else None,
        )
        for number in range(existing, organisations)
    )
    members = list(Organisation.objects.order_by("pk").values_list("pk", flat=True))
    existing = PortCenter.objects.filter(name__startswith="Bench").count()
    print(f"Adding {max(port_centers - existing, 0)} Port Centers…", flush=True)
    statuses = ["labelled", "candidate", "none", "suspended"]
    PortCenter.objects.bulk_create(
        PortCenter(
            name=f"Bench Port Center {number:04}",
            slug=f"bench-port-center-{number:04}",
            city=f"Port {number % 200}",
            country=COUNTRIES[number % len(COUNTRIES)],
            latitude=Decimal(number % 160 - 80) + Decimal("0.123456"),
            longitude=Decimal(number % 350 - 175) + Decimal("0.654321"),
            label_status=statuses[number % len(statuses)],
            label_year=2015 + number % 10,
            charter_signatory=number % 2 == 0,
            audiences=["general_public", "schools", "tourists"][: 1 + number % 3],
            description="Un lieu pour découvrir le port et ses métiers.",
            description_en="A place to discover the port and its jobs.",
            organisation_id=members[number % len(members)] if number % 3 else None,
            is_published=number % 20 != 0,
        )
        for number in range(existing, port_centers)
    )


def in_process(path: str, runs: int) -> tuple[float, int]:
    """Median milliseconds and SQL queries of a warm request (Django's test client)."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1")
    assert client.get(path).status_code == 200, path  # warm caches
    timings = []
    for _ in range(runs):
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            client.get(path)
            timings.append(time.perf_counter() - started)
    return statistics.median(timings) * 1000, len(queries.captured_queries)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--organisations", type=int, default=2_000)
    parser.add_argument("--port-centers", type=int, default=500)
    parser.add_argument("--runs", type=int, default=20, help="in-process, per page")
    parser.add_argument("--requests", type=int, default=100, help="gunicorn, per page")
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--port", type=int, default=8097)
    args = parser.parse_args()
    folder = None
    database_url = os.environ.get("BENCH_DATABASE_URL")
    if not database_url:
        folder = tempfile.mkdtemp(prefix="aivp-port-centers-bench-")
        database_url = f"sqlite:///{folder}/bench.sqlite3"
    os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1")
    try:
        setup_django(database_url)
        load_data(args.organisations, args.port_centers)
        from network.models import PortCenter
        from network.selectors import listed_members

        print(
            f"\n{PortCenter.objects.filter(is_published=True).count()} published Port "
            f"Centers, {listed_members().filter(latitude__isnull=False).count()} "
            f"public members on the map.\n"
        )
        print("| address | in-process median (ms) | queries |")
        print("|---|---:|---:|")
        for name, path in PAGES.items():
            median, queries = in_process(path, args.runs)
            print(f"| {name} | {median:.0f} | {queries} |", flush=True)
        server = serve(database_url, args.port, args.workers)
        try:
            print(
                f"\ngunicorn, {args.workers} workers, {args.requests} requests per "
                f"address, {args.concurrency} at a time:\n"
            )
            print("| address | requests/s | p50 (ms) | p99 (ms) |")
            print("|---|---:|---:|---:|")
            for name, path in PAGES.items():
                url = f"http://127.0.0.1:{args.port}{path}"
                result = measure(url, args.requests, args.concurrency)
                print(
                    f"| {name} | {result['rps']:.1f} | {result['p50']:.0f} "
                    f"| {result['p99']:.0f} |",
                    flush=True,
                )
        finally:
            server.terminate()
            server.wait(timeout=10)
    finally:
        if folder:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
