"""Measure the site search over 10,000 indexed pages in three languages.

    .venv/bin/python bench/search_bench.py                  # 10,000 pages
    .venv/bin/python bench/search_bench.py --pages 2000 --requests 50

In-process, on PostgreSQL (default database aivp_search_bench on 127.0.0.1, created
if missing, or $BENCH_DATABASE_URL): the search's production backend, with its
per-language text-search configurations. The demo is loaded, then news articles are
added in French, English and Spanish (a third each) up to the number asked, their
titles and summaries drawn from each language's words of the network, and kept
between runs. Each query of a mixed list (common words, rare ones, accents left
out, a synonym, a misspelling, members' names) is searched in its language; prints
p50 and p95 for the search (``site_search``, everything the results page computes),
the results page (the view, its template included) and the header's suggestions
(uncached, then as served from the cache).
"""

import argparse
import os
import random
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from cms_bench import setup_django  # noqa: E402
from courses_bench import timed  # noqa: E402

DEFAULT_DB = "postgres://postgres@127.0.0.1:5432/aivp_search_bench"

WORDS = {
    "fr": (
        "port ville quai fleuve estuaire croisière énergie électrique transition "
        "habitants emplois métiers biodiversité climat montée eaux logistique "
        "gouvernance patrimoine paysage tramway ferry pêche artisanale innovation "
        "hydrogène dragage friche reconversion conseil projet portuaire urbain"
    ),
    "en": (
        "port city quay river estuary cruise energy shore power transition "
        "residents jobs skills biodiversity climate rising seas logistics "
        "governance heritage landscape tram ferry fishing innovation hydrogen "
        "dredging brownfield conversion council project waterfront urban"
    ),
    "es": (
        "puerto ciudad muelle río estuario crucero energía eléctrica transición "
        "vecinos empleo oficios biodiversidad clima subida mar logística "
        "gobernanza patrimonio paisaje tranvía ferri pesca artesanal innovación "
        "hidrógeno dragado reconversión consejo proyecto portuario urbano"
    ),
}

QUERIES = {
    "fr": [
        "port",
        "transition énergétique",
        "biodiversite",
        "croisieres",
        "pêche artisanale",
        "courant à quai",
        "hydrogene portuaire",
        "biodiversté",
        "Havre",
        "reconversion friche",
    ],
    "en": [
        "port",
        "shore power",
        "rising seas",
        "ferries",
        "cold ironing",
        "hydrogen",
        "biodiversty",
        "Tangier",
        "waterfront brownfield",
        "estuaries",
    ],
    "es": [
        "puerto",
        "energia",
        "biodiversidad",
        "cruceros",
        "Valparaiso",
        "tranvia",
        "biodiversidda",
        "muelles de pesca",
        "Callao",
        "reconversion",
    ],
}

PREFIXES = {
    "fr": ["por", "port", "bio", "croi", "hav", "énerg", "tran", "quai"],
    "en": ["por", "port", "sho", "cru", "tang", "ener", "wat", "fer"],
    "es": ["pue", "puer", "bio", "cru", "valp", "ener", "tran", "mue"],
}


def ensure_database(url: str) -> None:
    """Create the PostgreSQL database if it is missing (an error if it exists)."""
    if url.startswith("postgres"):
        name = url.rsplit("/", 1)[1]
        subprocess.run(
            ["createdb", "-h", "127.0.0.1", "-U", "postgres", name],
            capture_output=True,
            check=False,
        )


def sentence(rng: random.Random, language: str, length: int) -> str:
    words = WORDS[language].split()
    return " ".join(rng.choice(words) for _ in range(length))


def build(pages: int) -> None:
    import datetime

    from django.core.management import call_command
    from django.db import connection, transaction
    from wagtail.models import Locale

    from cms.models import Goal, NewsArticlePage, NewsIndexPage

    call_command("migrate", verbosity=0)
    if not NewsIndexPage.objects.exists():
        with open(os.devnull, "w") as devnull:
            call_command("load_demo", stdout=devnull)
    today = datetime.date.today()
    rng = random.Random(2026)  # noqa: S311 (sample text, not a secret)
    added = 0
    for language in ("fr", "en", "es"):
        locale = Locale.objects.get(language_code=language)
        index = NewsIndexPage.objects.get(locale=locale)
        goals = list(Goal.objects.filter(locale=locale))
        wanted = pages // 3
        have = NewsArticlePage.objects.filter(
            locale=locale, slug__startswith="bench-"
        ).count()
        print(f"{language}: adding {max(wanted - have, 0)} articles…", flush=True)
        added += max(wanted - have, 0)
        for start in range(have, wanted, 500):
            with transaction.atomic():
                for number in range(start, min(start + 500, wanted)):
                    page = NewsArticlePage(
                        title=sentence(rng, language, 6).capitalize(),
                        slug=f"bench-{language}-{number}",
                        summary=sentence(rng, language, 40),
                        date=today - datetime.timedelta(days=number % 3000),
                        locale=locale,
                    )
                    index.add_child(instance=page)
                    page.goals.set([goals[number % len(goals)]])
                    index.refresh_from_db()
    if added:
        call_command("search_rebuild", verbosity=0)
        with connection.cursor() as cursor:
            # After a bulk load: the planner's statistics, and the index entries'
            # dead rows cleared (autovacuum does both in production, in time).
            cursor.execute("VACUUM ANALYZE")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=100)
    args = parser.parse_args()
    url = os.environ.get("BENCH_DATABASE_URL", DEFAULT_DB)
    ensure_database(url)
    setup_django(url)
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.utils import translation
    from wagtail.models import Page

    from search.engine import site_search
    from search.views import _suggest

    started = time.perf_counter()
    build(args.pages)
    indexed = Page.objects.live().count()
    print(f"{indexed} live pages, ready in {time.perf_counter() - started:.0f} s.\n")

    client = Client(HTTP_HOST="localhost")
    rows = []
    for language in ("fr", "en", "es"):
        queries, prefixes = QUERIES[language], PREFIXES[language]

        def search(i, language=language, queries=queries):
            cache.clear()  # nothing kept: the query asked for the first time
            with translation.override(language):
                site_search(raw_query=queries[i % len(queries)], language=language)

        def search_again(i, language=language, queries=queries):
            with translation.override(language):
                site_search(raw_query=queries[i % len(queries)], language=language)

        def page(i, language=language, queries=queries):
            response = client.get(
                f"/{language}/search/", {"q": queries[i % len(queries)]}
            )
            assert response.status_code == 200

        def suggest(i, language=language, prefixes=prefixes):
            with translation.override(language):
                _suggest(prefixes[i % len(prefixes)], language, None)

        def suggest_cached(i, language=language, prefixes=prefixes):
            response = client.get(
                f"/{language}/search/suggestions/",
                {"q": prefixes[i % len(prefixes)]},
            )
            assert response.status_code == 200

        for action in (search_again, page, suggest):
            action(0)  # warm
        with CaptureQueriesContext(connection) as captured:
            page(0)
        queries_per_page = len(captured)  # before the next request resets the log
        rows.append((language, "search, first time", timed(search, args.requests), ""))
        rows.append(
            (language, "search, asked again", timed(search_again, args.requests), "")
        )
        rows.append(
            (language, "results page", timed(page, args.requests), queries_per_page)
        )
        rows.append(
            (language, "suggestions, uncached", timed(suggest, args.requests), "")
        )
        for i in range(len(prefixes)):
            suggest_cached(i)  # each prefix asked once: then served from the cache
        rows.append(
            (language, "suggestions, cached", timed(suggest_cached, args.requests), "")
        )
    if connection.vendor != "postgresql":
        print("Not PostgreSQL: these are the embedded fallback's figures.\n")
    print(f"{'lang':<5}{'what':<24}{'p50 ms':>9}{'p95 ms':>9}{'queries':>9}")
    for language, what, figures, queries in rows:
        print(
            f"{language:<5}{what:<24}{figures['p50']:>9.1f}{figures['p95']:>9.1f}"
            f"{queries!s:>9}"
        )


if __name__ == "__main__":
    main()
