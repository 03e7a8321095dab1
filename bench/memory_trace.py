"""Where a web worker's memory goes while it builds pages: one process, in-process
requests, Python's allocation tracer.

    DATABASE_URL=postgres://… .venv/bin/python bench/memory_trace.py [--passes 2]

Starts Django as a gunicorn worker does (DEBUG off, the page cache off), reads the
resident memory (RSS) after start, after the URLconf is loaded, and after each pass
over every address of the sitemap (all languages), and prints the 25 places
(files) that hold most of the memory allocated since the first request, then the
difference between the last two passes: what a worker keeps growing once every
page has been built once. The tracer slows the requests several times; the RSS it
reads includes the tracer's own bookkeeping, so read the per-file figures for the
shares, and bench/memory_bench.py for the absolute RSS.
"""

import argparse
import ctypes
import gc
import os
import re
import sys
import tracemalloc
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def rss() -> float:
    return psutil.Process().memory_info().rss / 2**20


def sitemap_paths(client) -> list[str]:
    found: set[str] = set()
    for page in range(1, 50):
        response = client.get("/sitemap.xml" + (f"?p={page}" if page > 1 else ""))
        if response.status_code != 200:
            break
        text = response.content.decode()
        urls = re.findall(r'(?:<loc>|href=")(https?://[^<"]+)', text)
        found.update(re.sub(r"^https?://[^/]+", "", url) for url in urls)
        if "<sitemapindex" not in text and page == 1:
            break
    return sorted(path for path in found if not path.startswith("/sitemap"))


def top(snapshot_new, snapshot_old, limit: int = 25) -> None:
    stats = snapshot_new.compare_to(snapshot_old, "filename")
    total = sum(stat.size_diff for stat in stats) / 2**20
    print(f"  allocated and still held: {total:.1f} MB")
    for stat in stats[:limit]:
        name = stat.traceback[0].filename
        name = re.sub(r"^.*/site-packages/", "", name).replace(str(ROOT) + "/", "")
        size = stat.size_diff / 2**20
        print(f"  {size:7.2f} MB  {stat.count_diff:8d} blocks  {name}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, default=2)
    parser.add_argument("--frames", type=int, default=1)
    parser.add_argument(
        "--trim", action="store_true", help="also RSS after glibc's malloc_trim(0)"
    )
    parser.add_argument(
        "--no-trace", action="store_true", help="only RSS, without the tracer"
    )
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    os.environ.setdefault("DEBUG", "False")
    os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,testserver")
    os.environ["PAGE_CACHE_SECONDS"] = "0"
    os.environ.setdefault("LOG_LEVEL", "ERROR")
    print(f"before Django: {rss():.0f} MB")
    import django

    django.setup()
    from django.test import Client
    from django.urls import get_resolver

    print(f"after django.setup(): {rss():.0f} MB")
    get_resolver().url_patterns  # noqa: B018 - loads the URLconf as a first request
    print(f"after the URLconf: {rss():.0f} MB")
    client = Client(HTTP_HOST="127.0.0.1")
    paths = sitemap_paths(client)
    print(f"{len(paths)} addresses; after reading the sitemap: {rss():.0f} MB")
    if not args.no_trace:
        tracemalloc.start(args.frames)
    gc.collect()
    first = tracemalloc.take_snapshot() if not args.no_trace else None
    snapshots = []
    for number in range(1, args.passes + 1):
        statuses: dict[int, int] = {}
        for path in paths:
            status = client.get(path).status_code
            statuses[status] = statuses.get(status, 0) + 1
        gc.collect()
        if not args.no_trace:
            snapshots.append(tracemalloc.take_snapshot())
        print(f"after pass {number}: {rss():.0f} MB, {statuses}")
        if args.trim:
            ctypes.CDLL("libc.so.6").malloc_trim(0)
            print(f"  after malloc_trim(0): {rss():.0f} MB")
    if args.no_trace:
        return
    print("held since the first request, by file:")
    top(snapshots[-1], first)
    if len(snapshots) > 1:
        print("grown during the last pass, by file:")
        top(snapshots[-1], snapshots[-2], limit=12)
        if args.frames > 1:
            print("grown during the last pass, by place:")
            stats = snapshots[-1].compare_to(snapshots[-2], "traceback")
            for stat in stats[:4]:
                print(f"  {stat.size_diff / 2**10:.0f} KB, {stat.count_diff} blocks")
                for line in stat.traceback.format()[-2 * args.frames :]:
                    print("   ", line)


if __name__ == "__main__":
    main()
