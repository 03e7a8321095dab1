"""The public pages through Varnish in front of gunicorn (deploy/varnish/default.vcl).

    BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/aivp_pages_bench \\
    BENCH_REDIS_URL=redis://127.0.0.1:6379/12 \\
        .venv/bin/python bench/varnish_bench.py --seconds 5

Loads the demo and bench content as bench/cms_bench.py does, starts gunicorn (2 sync
workers, DEBUG off, the page cache on) and varnishd with the project's VCL in front
of it, checks that each page is answered from Varnish (X-Cache: HIT), then loads it
with wrk (2 threads, 8 connections, as bench/pages_bench.py). The goal is 10,000
requests per second per page. Nothing leaves the machine; both servers are stopped
at the end.
"""

import argparse
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from cms_bench import DEFAULT_DB, load_data, serve, setup_django  # noqa: E402
from pages_bench import wrk  # noqa: E402

VCL = ROOT / "deploy" / "varnish" / "default.vcl"
BACKEND_PORT = '.port = "8000";'
GOAL_RPS = 10_000


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def varnishd() -> str:
    found = shutil.which("varnishd") or "/usr/sbin/varnishd"
    if not Path(found).exists():
        raise SystemExit("varnishd is not installed (apt-get install varnish)")
    return found


def start_varnish(directory: Path, backend_port: int) -> tuple[subprocess.Popen, int]:
    source = VCL.read_text()
    vcl = directory / "default.vcl"
    vcl.write_text(source.replace(BACKEND_PORT, f'.port = "{backend_port}";'))
    port = free_port()
    command = [
        varnishd(), "-F", "-j", "none", "-n", str(directory / "work"),
        "-a", f"127.0.0.1:{port}", "-T", "none", "-f", str(vcl), "-s", "malloc,256m",
    ]  # fmt: skip
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT
    )
    for _ in range(150):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz/live", timeout=2)
            return process, port
        except OSError:
            time.sleep(0.2)
    process.terminate()
    raise RuntimeError("varnishd did not answer")


def pages() -> dict[str, str]:
    """The pages of bench/pages_bench.py but the 404: the pages to be kept."""
    from pages_bench import bench_pages

    return {name: path for name, path in bench_pages().items() if name != "404"}


def run(args, database_url: str, redis_url: str = "") -> list[dict]:
    """Each page through Varnish; Django set up and the data loaded already."""
    extra = {"REDIS_URL": redis_url} if redis_url else {}
    server = serve(database_url, args.port, args.workers, extra)
    rows = []
    try:
        with tempfile.TemporaryDirectory(prefix="aivp-varnish-") as directory:
            cache, port = start_varnish(Path(directory), args.port)
            try:
                for name, path in pages().items():
                    url = f"http://127.0.0.1:{port}{path}"
                    urllib.request.urlopen(url, timeout=30).read()
                    with urllib.request.urlopen(url, timeout=30) as answer:
                        hit = answer.headers.get("X-Cache") == "HIT"
                    result = wrk(url, args.seconds)
                    rows.append({"page": name, "hit": hit, **result})
            finally:
                cache.terminate()
                cache.wait(timeout=30)
    finally:
        server.terminate()
        server.wait(timeout=30)
    print("| page | from Varnish | req/s | p50 (ms) | p99 (ms) | errors |")
    print("|---|---|---:|---:|---:|---:|")
    for row in rows:
        print(
            f"| {row['page']} | {'yes' if row['hit'] else 'NO'} | {row['rps']:.0f} "
            f"| {row['p50']:.2f} | {row['p99']:.2f} | {row['errors']} |"
        )
    return rows


def goal_rows(measured: dict) -> list[tuple[str, str, str, bool]]:
    """The front cache's row of bench/run_all.py's table (its ``EXTRA_GOALS``)."""
    args = parser().parse_args([])
    args.port = free_port()
    rows = run(args, measured["database_url"], measured.get("redis_url", ""))
    slowest = min(rows, key=lambda row: row["rps"])
    return [
        (
            "through Varnish: slowest page",
            f"{slowest['rps']:,.0f} req/s ({slowest['page']})",
            f"≥ {GOAL_RPS:,} req/s",
            slowest["rps"] >= GOAL_RPS and all(row["hit"] for row in rows),
        )
    ]


def parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--news", type=int, default=2_000)
    parser.add_argument("--events", type=int, default=500)
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--port", type=int, default=8097)
    return parser


def main() -> None:
    args = parser().parse_args()
    database_url = os.environ.get("BENCH_DATABASE_URL", DEFAULT_DB)
    setup_django(database_url)
    load_data(args.news, args.events)
    rows = run(args, database_url, os.environ.get("BENCH_REDIS_URL", ""))
    slowest = min(row["rps"] for row in rows)
    met = slowest >= GOAL_RPS and all(row["hit"] for row in rows)
    verdict = "met" if met else "NOT met"
    print(f"\nSlowest page {slowest:.0f} req/s; goal {GOAL_RPS:,}: {verdict}")


if __name__ == "__main__":
    main()
