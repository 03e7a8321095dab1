"""The public pages under load, uncached and from the page cache, through gunicorn.

    .venv/bin/python bench/pages_bench.py                       # SQLite, 2,000 news
    BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/aivp_pages_bench \\
    BENCH_REDIS_URL=redis://127.0.0.1:6379/12 \\
        .venv/bin/python bench/pages_bench.py --news 10000 --seconds 10

Loads the demo and bench content as bench/cms_bench.py does, then starts gunicorn
(2 sync workers, DEBUG off) twice: with the page cache off ("uncached") and on
("cached", in Redis when $BENCH_REDIS_URL is set, else in each worker's memory).
Each page is warmed with 20 requests, then loaded by wrk (2 threads, 8
connections, --seconds each) when wrk is installed, else by 8 Python threads.
Prints requests per second and p50/p99 latency per page. Nothing leaves the
machine.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from cms_bench import DEFAULT_DB, load_data, measure, serve, setup_django  # noqa: E402

UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


def _ms(text: str) -> float:
    """wrk's "456.00us", "1.23ms" or "1.02s" in milliseconds."""
    found = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text)
    if found is None:
        raise ValueError(f"wrk printed {text!r}")
    value, unit = found.groups()
    return float(value) * UNITS[unit]


def warm(url: str) -> None:
    """20 requests: the page is built (and kept) before it is measured."""
    for _ in range(20):
        try:
            urllib.request.urlopen(url, timeout=30).read()
        except urllib.error.HTTPError as error:  # the 404 page
            error.read()


def wrk(url: str, seconds: int) -> dict:
    warm(url)
    out = subprocess.run(
        ["wrk", "-t2", "-c8", f"-d{seconds}s", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    # The distribution's lines; "89.50%" elsewhere (a +/- Stdev) must not match.
    p50 = re.search(r"^\s+50%\s+(\S+)", out, re.MULTILINE).group(1)
    p99 = re.search(r"^\s+99%\s+(\S+)", out, re.MULTILINE).group(1)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {
        "rps": rps,
        "p50": _ms(p50),
        "p99": _ms(p99),
        "errors": int(errors.group(1)) if errors else 0,
    }


def bench_pages() -> dict[str, str]:
    """The pages every page benchmark measures: name -> path (French)."""
    from cms.models import EventPage, NewsArticlePage

    article = NewsArticlePage.objects.live().filter(locale__language_code="fr").first()
    event = EventPage.objects.live().filter(locale__language_code="fr").first()
    return {
        "home": "/fr/",
        "news listing": "/fr/actualites/",
        "article": article.url,
        "agenda": "/fr/agenda/",
        "event": event.url,
        "404": "/fr/nulle-part/",
    }


def parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--news", type=int, default=2_000)
    parser.add_argument("--events", type=int, default=500)
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--port", type=int, default=8098)
    return parser


def run(args, database_url: str, redis_url: str = "") -> list[dict]:
    """Each page uncached and cached; Django set up and the data loaded already.

    Prints the table and returns one dict per page measured in both modes.
    """
    from cms.models import EventPage, NewsArticlePage

    pages = bench_pages()
    use_wrk = shutil.which("wrk") is not None
    results = {}
    for mode, seconds in (("uncached", "0"), ("cached", "600")):
        extra = {"PAGE_CACHE_SECONDS": seconds, "REDIS_URL": redis_url}
        server = serve(database_url, args.port, args.workers, extra)
        try:
            for name, path in pages.items():
                url = f"http://127.0.0.1:{args.port}{path}"
                if use_wrk:
                    results[(name, mode)] = wrk(url, args.seconds)
                elif name != "404":  # the threads count a 404 as a failure
                    warm(url)
                    results[(name, mode)] = measure(url, 200, 8)
        finally:
            server.terminate()
            server.wait(timeout=10)
    tool = "wrk -t2 -c8" if use_wrk else "8 Python threads"
    cache = "Redis" if redis_url else "each worker's memory"
    print(
        f"\n{NewsArticlePage.objects.count()} articles, {EventPage.objects.count()} "
        f"events; gunicorn {args.workers} sync workers; {tool}, {args.seconds} s per "
        f"page; the page cache in {cache}.\n"
    )
    print("| page | uncached req/s | p50 (ms) | cached req/s | p50 (ms) | p99 (ms) |")
    print("|---|---:|---:|---:|---:|---:|")
    rows = []
    for name in pages:
        if (name, "cached") not in results:
            continue
        cold, kept = results[(name, "uncached")], results[(name, "cached")]
        print(
            f"| {name} | {cold['rps']:.0f} | {cold['p50']:.1f} | {kept['rps']:.0f} "
            f"| {kept['p50']:.1f} | {kept['p99']:.1f} |"
        )
        rows.append(
            {
                "page": name,
                "uncached_rps": cold["rps"],
                "uncached_p50": cold["p50"],
                "cached_rps": kept["rps"],
                "cached_p50": kept["p50"],
                "cached_p99": kept["p99"],
                "errors": kept.get("errors", 0) if name != "404" else 0,
            }
        )
    return rows


def main() -> None:
    args = parser().parse_args()
    database_url = os.environ.get("BENCH_DATABASE_URL", DEFAULT_DB)
    redis_url = os.environ.get("BENCH_REDIS_URL", "")
    setup_django(database_url)
    load_data(args.news, args.events)
    run(args, database_url, redis_url)


if __name__ == "__main__":
    main()
