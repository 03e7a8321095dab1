"""Memory of the gunicorn workers over 1,000 requests and a soak, and of a Celery
worker that has sent the conference's mails.

    .venv/bin/python bench/memory_bench.py                     # soak of 10 minutes
    .venv/bin/python bench/memory_bench.py --soak-minutes 2 --orders 20

Creates a throw-away PostgreSQL database with the demo content (as
bench/pages_bench.py loads it: --news articles and --events events added) and its
own Redis, starts gunicorn (2 sync workers, DEBUG off) and collects every public
address from /sitemap.xml (all languages, with their alternates). Then:

1. 1,000 requests across those addresses (4 at a time), and each worker's
   resident memory (RSS) read after them: the goal is at most 200 MB each;
2. a soak: the same addresses in a loop for --soak-minutes, each worker's RSS
   sampled every 10 s, and the least-squares slope of each in MB per minute: a
   worker that does not grow stays under 1 MB/min;
3. a Celery worker (`celery -A config worker`, prefork, 2 processes) sends the
   mails of --orders bank-transfer orders marked paid (pro-forma, tickets and
   invoice PDFs rendered by WeasyPrint): the goal is at most 250 MB per process.

The page cache is off by default, so every request builds its page (the worst case
for memory); --page-cache turns it on as in production. RSS is read with psutil;
the workers are the gunicorn master's children. Nothing leaves the machine.
"""

import argparse
import random
import re
import sys
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import services  # noqa: E402

GOALS = {"worker_rss": 200.0, "celery_rss": 250.0, "slope": 1.0}


def parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--news", type=int, default=2_000)
    parser.add_argument("--events", type=int, default=500)
    parser.add_argument("--requests", type=int, default=1_000)
    parser.add_argument("--soak-minutes", type=float, default=10)
    parser.add_argument("--sample-seconds", type=float, default=10)
    parser.add_argument("--orders", type=int, default=40, help="0: no Celery part")
    parser.add_argument("--page-cache", action="store_true")
    parser.add_argument("--workers", type=int, default=2)
    return parser


def get(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            response.read()
            return response.status
    except urllib.error.HTTPError as error:
        error.read()
        return error.code
    except OSError:
        return 0


def sitemap_paths(base: str) -> list[str]:
    """Every address of the sitemap (its pages ?p=2… too), as paths."""
    found: set[str] = set()
    for page in range(1, 50):
        url = f"{base}/sitemap.xml" + (f"?p={page}" if page > 1 else "")
        try:
            with urllib.request.urlopen(url, timeout=120) as response:
                text = response.read().decode()
        except urllib.error.HTTPError:
            break
        locations = re.findall(r"<loc>([^<]+)</loc>", text)
        locations += re.findall(r'<xhtml:link[^>]+href="([^"]+)"', text)
        for location in locations:
            found.add("/" + location.split("://", 1)[-1].split("/", 1)[-1])
        if text.count("<loc>") < 50_000:  # Django's sitemap pages hold 50,000
            break
    return sorted(found)


def shuffled(paths: list[str], seed: int) -> list[str]:
    """The addresses in a fixed mixed order (the same at every run)."""
    order = paths[:]
    random.Random(seed).shuffle(order)  # noqa: S311 - an order, not a secret
    return order


def load(base: str, paths: list[str], stop: threading.Event, statuses: Counter):
    """Four clients requesting the addresses in turn until ``stop`` is set."""
    lock = threading.Lock()
    order = shuffled(paths, 7)
    position = iter(range(10**9))

    def client():
        while not stop.is_set():
            status = get(base + order[next(position) % len(order)])
            with lock:
                statuses[status] += 1

    threads = [threading.Thread(target=client, daemon=True) for _ in range(4)]
    for thread in threads:
        thread.start()
    return threads


def workers_rss(master: int) -> dict[int, float]:
    return {pid: services.rss_mb(pid) for pid in services.children(master)}


def workers_uss(master: int) -> dict[int, float]:
    return {pid: services.uss_mb(pid) for pid in services.children(master)}


def pages(args, database_url: str, redis_url: str) -> dict:
    port = services.free_port()
    base = f"http://127.0.0.1:{port}"
    extra = {
        "REDIS_URL": redis_url,
        "PAGE_CACHE_SECONDS": "600" if args.page_cache else "0",
        "CONN_MAX_AGE": "60",
    }
    result: dict = {}
    with services.gunicorn(database_url, port, args.workers, extra) as web:
        result["at_start"] = workers_rss(web.pid)
        paths = sitemap_paths(base)
        result["addresses"] = len(paths)
        print(f"{len(paths)} addresses in the sitemap", flush=True)
        order = shuffled(paths, 1)
        urls = [base + order[n % len(order)] for n in range(args.requests)]
        started = time.monotonic()
        with ThreadPoolExecutor(4) as pool:
            statuses = Counter(pool.map(get, urls))
        result["first_seconds"] = time.monotonic() - started
        result["requests"] = args.requests
        result["first_statuses"] = dict(statuses)
        result["after_requests"] = workers_rss(web.pid)
        result["uss_after_requests"] = workers_uss(web.pid)
        print(f"after {args.requests} requests: {result['after_requests']}")
        samples: dict[int, list[tuple[float, float]]] = {}
        stop, soak_statuses = threading.Event(), Counter()
        threads = load(base, paths, stop, soak_statuses)
        started = time.monotonic()
        try:
            while time.monotonic() - started < args.soak_minutes * 60:
                now = time.monotonic() - started
                for pid, rss in workers_rss(web.pid).items():
                    samples.setdefault(pid, []).append((now, rss))
                time.sleep(args.sample_seconds)
        finally:
            stop.set()
            for thread in threads:
                thread.join(timeout=90)
        result["soak_minutes"] = args.soak_minutes
        result["soak_statuses"] = dict(soak_statuses)
        result["soak"] = {
            pid: {
                "first": points[0][1],
                "last": points[-1][1],
                "samples": len(points),
                "slope": services.slope(points),
            }
            for pid, points in samples.items()
        }
        result["after_soak"] = workers_rss(web.pid)
    return result


def celery(database_url: str, redis_url: str, orders: int) -> dict:
    """A worker sends the mails of ``orders`` transfer orders, paid by staff."""
    import rush_data
    from django.utils import timezone

    from accounts.models import User
    from tests.smtp import SmtpServer
    from ticketing.services import Item, order_place

    services.purge_tasks()
    since = timezone.now()
    conference, ticket_type = rush_data.conference("memory-2027", capacity=10_000)
    people = rush_data.delegates("memory", orders, first=9000)
    for person in people:
        attendee = {"attendee_name": "Delegate", "attendee_email": person["email"]}
        order_place(
            buyer=User.objects.get(email=person["email"]),
            conference=conference,
            items=[Item(ticket_type_id=ticket_type.pk, quantity=1)],
            invoice_address={
                "invoice_name": "Delegate",
                "invoice_address": "Terre-plein de la Barre",
                "invoice_country": "France",
            },
            attendees=[attendee],
            payment_method="bank_transfer",
            now=timezone.now(),
        )
    smtp = SmtpServer()
    extra = {"REDIS_URL": redis_url, "EMAIL_URL": f"smtp://127.0.0.1:{smtp.port}"}
    try:
        with services.celery_worker(database_url, extra) as worker:
            rush_data.mark_transfers_paid([conference])
            drained, seconds = rush_data.wait_for_outbox(1200, worker, since)
            time.sleep(2)
            return {
                "mails": len(smtp.mailbox.received),
                "drained": drained,
                "seconds": seconds,
                "main": services.rss_mb(worker.pid),
                "pool": [services.rss_mb(p) for p in services.children(worker.pid)],
            }
    finally:
        smtp.stop()


def run(args, database_url: str, redis_url: str, with_celery: bool = True) -> dict:
    result = pages(args, database_url, redis_url)
    if with_celery and args.orders:
        result["celery"] = celery(database_url, redis_url, args.orders)
    print_table(result)
    return result


def print_table(r: dict) -> None:
    n = r["requests"]
    print(
        f"\n| worker | RSS at start (MB) | RSS after {n:,} (MB) | USS after {n:,} "
        "(MB) | RSS after soak (MB) | soak slope (MB/min) |"
    )
    print("|---|---:|---:|---:|---:|---:|")
    for number, pid in enumerate(sorted(r["after_requests"]), 1):
        soak = r["soak"].get(pid, {})
        print(
            f"| gunicorn {number} | {r['at_start'].get(pid, 0):.0f} "
            f"| {r['after_requests'][pid]:.0f} "
            f"| {r['uss_after_requests'].get(pid, 0):.0f} "
            f"| {r['after_soak'].get(pid, 0):.0f} | {soak.get('slope', 0):+.2f} |"
        )
    print(
        f"\n{r['addresses']} addresses; first requests: {r['first_statuses']} in "
        f"{r['first_seconds']:.0f} s; soak of {r['soak_minutes']} min: "
        f"{r['soak_statuses']}"
    )
    if "celery" in r:
        c = r["celery"]
        print(
            f"Celery worker after {c['mails']} mails ({c['seconds']:.0f} s): main "
            f"process {c['main']:.0f} MB, pool "
            + ", ".join(f"{rss:.0f} MB" for rss in c["pool"])
        )


def main() -> None:
    args = parser().parse_args()
    with services.bench_site("aivp_memory", args.news, args.events) as (db, redis):
        run(args, db, redis)


if __name__ == "__main__":
    main()
