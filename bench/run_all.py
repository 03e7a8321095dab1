"""Every performance goal of the site, measured on this machine, in one table.

    make bench                                   # soak of 10 minutes
    .venv/bin/python bench/run_all.py --quick    # soak of 2 minutes
    .venv/bin/python bench/run_all.py --soak-minutes 30

One throw-away PostgreSQL database (demo content, 2,000 articles and 500 events)
and one Redis serve the benchmarks in turn: what each public page costs the server
in-process, uncached (bench/server_time.py), the public pages uncached and from
the page cache through gunicorn (bench/pages_bench.py), the registration rush
(bench/rush_bench.py: gunicorn, a Celery worker, localstripe, locust) and the
memory of the workers (bench/memory_bench.py). Their own output goes to a log
file (its path is printed); the table of goals is printed at the end: measured
value, target, met or not. About 25 minutes with the default soak; everything is
stopped and the database dropped at the end.

More goals: a function appended to ``EXTRA_GOALS`` receives the measurements so
far (``{"pages": …, "rush": …, "memory": …, "database_url": …, "redis_url": …}``)
and returns rows ``(goal, measured, target, met)``, ``met`` True, False or None
(not decided here); it may start servers of its own: the shared cache in front of
gunicorn (bench/varnish_bench.py, ≥ 10,000 req/s) is measured this way.
"""

import argparse
import contextlib
import datetime
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import memory_bench  # noqa: E402
import pages_bench  # noqa: E402
import rush_bench  # noqa: E402
import server_time  # noqa: E402
import services  # noqa: E402
import varnish_bench  # noqa: E402

Row = tuple[str, str, str, bool | None]
# Goals measured by other benchmarks (see the module's docstring).
EXTRA_GOALS: list[Callable[[dict], list[Row]]] = [
    server_time.goal_rows,
    varnish_bench.goal_rows,
]
CACHED_RPS = 1_500
QUERY_TESTS = "tests/cms/test_query_budgets.py"


def parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a soak of 2 minutes")
    parser.add_argument("--soak-minutes", type=float, default=10)
    parser.add_argument("--news", type=int, default=2_000)
    parser.add_argument("--events", type=int, default=500)
    parser.add_argument("--page-seconds", type=int, default=5)
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--capacity", type=int, default=150)
    parser.add_argument("--rush-seconds", type=int, default=90)
    parser.add_argument("--buyers", type=int, default=20)
    parser.add_argument("--steady-seconds", type=int, default=60)
    parser.add_argument("--requests", type=int, default=1_000)
    return parser


@contextlib.contextmanager
def to_log(log) -> Iterator[None]:
    """This process's and its children's output (file descriptors 1 and 2) into
    the log for the duration of the block."""
    sys.stdout.flush()
    sys.stderr.flush()
    saved = os.dup(1), os.dup(2)
    os.dup2(log.fileno(), 1)
    os.dup2(log.fileno(), 2)
    try:
        yield
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os.dup2(saved[0], 1)
        os.dup2(saved[1], 2)
        os.close(saved[0])
        os.close(saved[1])


STARTED = time.monotonic()


def step(name: str, log, function, *args):
    print(f"[{(time.monotonic() - STARTED) / 60:4.1f} min] {name}…", flush=True)
    with to_log(log):
        print(f"\n===== {name} =====", flush=True)
        return function(*args)


def goal_rows(measured: dict) -> list[Row]:
    rows: list[Row] = []
    for page in measured["pages"]:
        rps = page["cached_rps"]
        rows.append(
            (
                f"cached page: {page['page']}",
                f"{rps:,.0f} req/s",
                f"≥ {CACHED_RPS:,} req/s",
                rps >= CACHED_RPS,
            )
        )
    for name, budget in (("home", 15), ("other pages", 12), ("404", 5)):
        rows.append(
            (f"uncached {name}: queries", f"see {QUERY_TESTS}", f"≤ {budget}", None)
        )
    memory, rush = measured["memory"], measured["rush"]
    worst = max(memory["after_requests"].values())
    rows.append(
        (
            f"gunicorn worker RSS after {memory['requests']:,} requests (largest)",
            f"{worst:.1f} MB",
            "≤ 200 MB",
            worst <= memory_bench.GOALS["worker_rss"],
        )
    )
    slope = max(s["slope"] for s in memory["soak"].values())
    rows.append(
        (
            f"soak of {memory['soak_minutes']:g} min: RSS slope (largest)",
            f"{slope:+.2f} MB/min",
            "≈ 0 (< 1 MB/min)",
            slope < memory_bench.GOALS["slope"],
        )
    )
    celery = max(rush["celery_rss"]["pool"] + [rush["celery_rss"]["main"]])
    rows.append(
        (
            "Celery worker RSS after the rush's mails (largest process)",
            f"{celery:.1f} MB",
            "≤ 250 MB",
            celery <= memory_bench.GOALS["celery_rss"],
        )
    )
    steady = rush["steady"]
    for key, name in (("place_order", "place-order"), ("webhook", "webhook")):
        value, target = steady[f"{key}_p95"], rush_bench.GOALS[f"{key}_p95"]
        rows.append(
            (
                f"{name} p95, {rush['buyers']} concurrent buyers",
                f"{value:.0f} ms",
                f"< {target:.0f} ms",
                value < target,
            )
        )
    errors = rush["errors"]
    rows.append(
        (
            "errors (rush and steady run)",
            f"{errors} (sold-out answers: {rush['sold_out']})",
            "0",
            errors == 0,
        )
    )
    held = rush["held"]["rush"]
    rows.append(
        (
            "oversold",
            f"{rush['oversold']} ({held} held of {rush['capacity']} places)",
            "0",
            rush["oversold"] == 0,
        )
    )
    mail = rush["mail"]
    rows.append(
        (
            "one confirmation e-mail per confirmed buyer",
            f"{mail['confirmations_received']} for {mail['confirmed_orders']} paid "
            f"orders, {len(mail['confirmed_without_exactly_one'])} not exactly one",
            "exactly 1 each",
            rush["one_mail_each"],
        )
    )
    for extra in EXTRA_GOALS:
        rows.extend(extra(measured))
    return rows


def print_table(rows: list[Row]) -> None:
    shown = {True: "met", False: "NOT MET", None: "see tests"}
    print("\n| goal | measured | target | met |\n|---|---|---|---|")
    for goal, value, target, met in rows:
        print(f"| {goal} | {value} | {target} | {shown[met]} |")


def main() -> None:
    args = parser().parse_args()
    soak = 2 if args.quick else args.soak_minutes
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    log_path = Path(tempfile.gettempdir()) / f"aivp-bench-{stamp}.log"
    print(f"Output of the benchmarks: {log_path}", flush=True)
    with open(log_path, "w", buffering=1) as log, contextlib.ExitStack() as stack:
        site = services.bench_site("aivp_bench_all", args.news, args.events)
        database_url, redis_url = step("database", log, stack.enter_context, site)
        measured = {"database_url": database_url, "redis_url": redis_url}
        measured["server_time"] = step("server time, in-process", log, server_time.run)
        pages = argparse.Namespace(
            news=args.news,
            events=args.events,
            seconds=args.page_seconds,
            workers=2,
            port=services.free_port(),
        )
        measured["pages"] = step(
            "pages", log, pages_bench.run, pages, database_url, redis_url
        )
        rush = rush_bench.parser().parse_args([])
        rush.users, rush.capacity = args.users, args.capacity
        rush.seconds, rush.buyers = args.rush_seconds, args.buyers
        rush.steady_seconds = args.steady_seconds
        measured["rush"] = step(
            "rush", log, rush_bench.run, rush, database_url, redis_url
        )
        memory = memory_bench.parser().parse_args([])
        memory.soak_minutes, memory.requests = soak, args.requests
        measured["memory"] = step(
            "memory", log, memory_bench.run, memory, database_url, redis_url, False
        )
        rows = goal_rows(measured)
    versions = services.server_versions()
    today = datetime.datetime.now(datetime.UTC).date()
    print(
        f"\n{today}, {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}; "
        f"PostgreSQL {versions['postgresql']}, Redis {versions['redis']}; "
        f"{(time.monotonic() - STARTED) / 60:.0f} minutes."
    )
    print_table(rows)


if __name__ == "__main__":
    main()
