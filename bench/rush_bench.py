"""The conference's registration rush under load, through gunicorn, Celery and Stripe.

    .venv/bin/python bench/rush_bench.py               # 200 delegates, 150 places
    .venv/bin/python bench/rush_bench.py --users 60 --capacity 40 --seconds 30 \\
        --steady-seconds 30

Creates a throw-away PostgreSQL database (on $BENCH_POSTGRES_URL's server, dropped
at the end) with the demo content, its own Redis, and two conferences: one with
--capacity places for the rush, one with room for everyone for the steady run.
Starts gunicorn (2 sync workers, DEBUG off, the page cache in Redis, one trusted
proxy as in production), a real Celery worker (`celery -A config worker`, tasks not
eager: REDIS_URL is set), localstripe behind a Checkout API (bench/stripe_front.py)
and an SMTP server that counts what it receives. Everything listens on 127.0.0.1.

The tasks that loading the data left in the broker (warming the renditions of the
pages it published) are discarded before the worker starts: they are not part of a
rush. Then two locust runs (bench/rush_locustfile.py), headless and bounded:

1. steady: --buyers (20) delegates at a time go through the checkout one after
   the other, half by card, half by transfer, pausing 0.5-1.5 s between pages:
   the place-order and webhook p95 are read here;
2. rush: --users (200) delegates arrive at --spawn-rate (20/s), read the public
   pages and each buys one ticket; more delegates than places, so it sells out.

Then staff mark the bank transfers paid (through the ORM, as the admin's action
does), the worker sends everything, and the script checks: no error, the sold-out
answers counted, no ticket over capacity, exactly one confirmation e-mail received
per paid order and none for others. It prints a table and returns a dict
(bench/run_all.py prints the goals).
"""

import argparse
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import services  # noqa: E402

WEBHOOK_SECRET = "whsec_bench"  # noqa: S105 - signs events for a throw-away database
GOALS = {"place_order_p95": 300.0, "webhook_p95": 100.0}


def parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--spawn-rate", type=float, default=20)
    parser.add_argument("--seconds", type=int, default=90, help="the rush")
    parser.add_argument("--capacity", type=int, default=150)
    parser.add_argument("--buyers", type=int, default=20, help="the steady run")
    parser.add_argument("--steady-seconds", type=int, default=60)
    parser.add_argument("--drain-timeout", type=int, default=1200)
    parser.add_argument("--workers", type=int, default=2)
    return parser


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile (0 when there is nothing to rank)."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[max(math.ceil(share * len(ordered)) - 1, 0)]


def locust(plan: dict, users: int, rate: float, seconds: int, folder: Path) -> dict:
    """One headless locust run; returns what the locustfile wrote at its end."""
    name = plan["name"]
    plan_file, results = folder / f"{name}-plan.json", folder / f"{name}-results.json"
    plan_file.write_text(json.dumps(plan))
    command = [str(services.BIN / "locust"), "-f", "bench/rush_locustfile.py"]
    command += ["--headless", "--only-summary", "--loglevel", "WARNING"]
    command += ["-u", str(users), "-r", str(rate), "-t", f"{seconds}s"]
    command += ["--stop-timeout", "120", "--host", plan["host"]]
    env = {**os.environ, "RUSH_PLAN": str(plan_file)}
    env["RUSH_RESULTS"] = str(results)
    print(f"locust {name}: {users} users for {seconds} s…", flush=True)
    load_before = os.getloadavg()[0]
    log = folder / f"{name}-locust.log"
    with (
        open(log, "w") as out,
        services.group(command, env, stdout=out, stderr=subprocess.STDOUT) as run,
    ):
        run.wait(timeout=seconds + 300)
    if not results.exists():
        raise RuntimeError(f"locust wrote no results; see {log}:\n{log.read_text()}")
    results = json.loads(results.read_text())
    results["load"] = [round(load_before, 1), round(os.getloadavg()[0], 1)]
    return results


def summary(results: dict) -> dict:
    timings = results["timings"]
    return {
        "place_order_p50": percentile(timings.get("place order", []), 0.50),
        "place_order_p95": percentile(timings.get("place order", []), 0.95),
        "place_order_n": len(timings.get("place order", [])),
        "webhook_p50": percentile(timings.get("webhook", []), 0.50),
        "webhook_p95": percentile(timings.get("webhook", []), 0.95),
        "webhook_n": len(timings.get("webhook", [])),
        "requests": sum(len(values) for values in timings.values()),
        "errors": len(results["failures"]),
        "failures": results["failures"],
        "outcomes": results["outcomes"],
        "load": results["load"],
    }


def run(args, database_url: str, redis_url: str) -> dict:
    """The two runs and the checks; Django set up on the database already."""
    import rush_data
    from django.utils import timezone

    from tests.smtp import SmtpServer

    steady, steady_type = rush_data.conference("steady-2027", capacity=100_000)
    rush, rush_type = rush_data.conference("rush-2027", capacity=args.capacity)
    # A checkout takes a buyer about ten seconds: enough delegates for everyone.
    steady_count = args.buyers * (args.steady_seconds // 4 + 1)
    steady_pool = rush_data.delegates("steady", steady_count)
    rush_pool = rush_data.delegates("rush", args.users + args.users // 5, first=5000)
    alone_pool = rush_data.delegates("alone", 14, first=8000)
    pages = rush_data.public_pages()
    smtp = SmtpServer()
    port = services.free_port()
    host = f"http://127.0.0.1:{port}"
    folder = Path(tempfile.mkdtemp(prefix="aivp-rush-"))
    result: dict = {"capacity": args.capacity, "users": args.users}
    result["tasks_discarded"] = services.purge_tasks()
    since = timezone.now()
    result["buyers"] = args.buyers
    try:
        with services.stripe_servers() as stripe_url:
            extra = {
                "REDIS_URL": redis_url,
                "EMAIL_URL": f"smtp://127.0.0.1:{smtp.port}",
                "STRIPE_API_BASE": stripe_url,
                "STRIPE_SECRET_KEY": "sk_test_bench",
                "STRIPE_WEBHOOK_SECRET": WEBHOOK_SECRET,
                "TRUSTED_PROXY_COUNT": "1",
                "CONN_MAX_AGE": "60",
                "PAGE_CACHE_SECONDS": "600",
            }
            # Alone first, while no server is starting beside it on the same CPUs.
            result["alone"] = rush_data.one_at_a_time(
                steady, steady_type, alone_pool, stripe_url, WEBHOOK_SECRET
            )
            with (
                services.gunicorn(database_url, port, args.workers, extra) as web,
                services.celery_worker(database_url, extra) as worker,
            ):
                common = {
                    "host": host,
                    "stripe": stripe_url,
                    "webhook_secret": WEBHOOK_SECRET,
                    "browse": pages,
                }
                plan = {
                    **common,
                    "name": "steady",
                    "conference": steady.slug,
                    "ticket_type": steady_type.pk,
                    "delegates": steady_pool,
                    "buy_once": False,
                    "read_before_buying": 0,
                    "think": [0.5, 1.5],
                }
                runs = {
                    "steady": locust(
                        plan, args.buyers, args.buyers, args.steady_seconds, folder
                    )
                }
                plan = {
                    **common,
                    "name": "rush",
                    "conference": rush.slug,
                    "ticket_type": rush_type.pk,
                    "delegates": rush_pool,
                    "buy_once": True,
                    "read_before_buying": 2,
                    "think": [1.0, 3.0],
                }
                runs["rush"] = locust(
                    plan, args.users, args.spawn_rate, args.seconds, folder
                )
                result["gunicorn_rss_after"] = [
                    services.rss_mb(pid) for pid in services.children(web.pid)
                ]
                timings = rush_data.mark_transfers_paid([steady, rush])
                result["mark_paid_p95"] = percentile([t * 1000 for t in timings], 0.95)
                result["marked_paid"] = len(timings)
                print(f"{len(timings)} transfers marked paid; waiting for the mails…")
                result["drained"], result["drain_seconds"] = rush_data.wait_for_outbox(
                    args.drain_timeout, worker, since
                )
                time.sleep(2)
                result["celery_rss"] = {
                    "main": services.rss_mb(worker.pid),
                    "pool": [
                        services.rss_mb(pid) for pid in services.children(worker.pid)
                    ],
                }
        result["steady"] = summary(runs["steady"])
        result["rush"] = summary(runs["rush"])
        result["held"] = {
            "steady": rush_data.held_tickets(steady_type),
            "rush": rush_data.held_tickets(rush_type),
        }
        result["oversold"] = max(result["held"]["rush"] - args.capacity, 0)
        result["orders"] = dict(rush_data.orders_by_state([steady, rush]))
        result["mail"] = rush_data.mail_check([steady, rush], smtp.mailbox.received)
    finally:
        smtp.stop()
        shutil.rmtree(folder, ignore_errors=True)
    result["errors"] = result["steady"]["errors"] + result["rush"]["errors"]
    outcomes = {**result["rush"]["outcomes"]}
    result["sold_out"] = outcomes.get("sold out (ticket page)", 0) + outcomes.get(
        "sold out (at order)", 0
    )
    mail = result["mail"]
    result["one_mail_each"] = (
        not mail["confirmed_without_exactly_one"]
        and not mail["unpaid_with_confirmation"]
        and result["drained"]
    )
    print_table(result)
    return result


def print_table(r: dict) -> None:
    steady, rush, mail = r["steady"], r["rush"], r["mail"]
    pool = r["celery_rss"]["pool"]
    alone, b = r["alone"], r["buyers"]
    rows = [
        ("place order alone, p50 (ms)", alone["place order"]["p50"], ""),
        ("place order alone, queries", alone["place order"]["queries"], ""),
        ("webhook alone, p50 (ms)", alone["webhook"]["p50"], ""),
        ("webhook alone, queries", alone["webhook"]["queries"], ""),
        ("event applied (task) alone, p50 (ms)", alone["apply event"]["p50"], ""),
        ("event applied (task) alone, queries", alone["apply event"]["queries"], ""),
        (f"place order p95, {b} buyers (ms)", steady["place_order_p95"], "< 300"),
        (f"place order p50, {b} buyers (ms)", steady["place_order_p50"], ""),
        (f"webhook p95, {b} buyers (ms)", steady["webhook_p95"], "< 100"),
        (f"webhook p50, {b} buyers (ms)", steady["webhook_p50"], ""),
        (f"place order p95, rush of {r['users']} (ms)", rush["place_order_p95"], ""),
        (f"webhook p95, rush of {r['users']} (ms)", rush["webhook_p95"], ""),
        ("requests (steady + rush)", steady["requests"] + rush["requests"], ""),
        ("errors", r["errors"], "0"),
        ("sold-out answers (not errors)", r["sold_out"], "counted"),
        (f"tickets held of {r['capacity']} places", r["held"]["rush"], ""),
        ("oversold", r["oversold"], "0"),
        ("paid orders", mail["confirmed_orders"], ""),
        ("confirmations received", mail["confirmations_received"], "= paid orders"),
        (
            "paid orders without exactly one",
            len(mail["confirmed_without_exactly_one"]),
            "0",
        ),
        ("transfer instructions received", mail["transfer_instructions_received"], ""),
        ("mails sent in (s)", r["drain_seconds"], ""),
        ("Celery pool process RSS, max (MB)", max(pool, default=0), "≤ 250"),
        ("Celery main process RSS (MB)", r["celery_rss"]["main"], ""),
        ("gunicorn worker RSS after, max (MB)", max(r["gunicorn_rss_after"]), ""),
    ]
    print("\n| measure | value | target |\n|---|---:|---|")
    for name, value, target in rows:
        shown = f"{value:.1f}" if isinstance(value, float) else str(value)
        print(f"| {name} | {shown} | {target} |")
    print(
        f"\nload average (1 min) before/after: steady {steady['load']}, "
        f"rush {rush['load']}"
    )
    print(f"orders: {r['orders']}")
    print(f"tasks left by loading the data, discarded: {r['tasks_discarded']}")
    print(f"rush outcomes: {rush['outcomes']}")
    for failure in r["steady"]["failures"] + rush["failures"]:
        print(f"  failure: {failure}")


def main() -> None:
    args = parser().parse_args()
    with services.bench_site("aivp_rush") as (database_url, redis_url):
        run(args, database_url, redis_url)


if __name__ == "__main__":
    main()
