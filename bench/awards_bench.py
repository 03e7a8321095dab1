"""Measure the prize's heaviest pages: the winners' page, the jury's list, and the
edition's work page with its ranking, for an edition of many reviewed entries.

    .venv/bin/python bench/awards_bench.py             # 300 entries, 12 jurors
    .venv/bin/python bench/awards_bench.py --entries 60 --requests 30

In-process (Django's test client), on an SQLite file (default
/tmp/aivp-awards-bench.sqlite3) or $BENCH_DATABASE_URL. The demo is loaded, then a
bench edition (year 2099) with its entries, three reviews each and its winners is
created once and kept between runs. Prints p50 and p95 per page.
"""

import argparse
import os
import sys
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from cms_bench import setup_django  # noqa: E402
from courses_bench import timed  # noqa: E402

DEFAULT_DB = "sqlite:////tmp/aivp-awards-bench.sqlite3"
YEAR = 2099


def build(entries: int, jurors: int):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.core.management import call_command

    from awards.models import (
        Assignment,
        Criterion,
        Edition,
        Entry,
        EntryGoal,
        PrizeEditionPage,
        PrizePage,
        Round,
        Score,
    )
    from cms.models import Goal, HomePage
    from tests.factories import give_authenticator

    call_command("migrate", verbosity=0)
    if not HomePage.objects.exists():
        with open(os.devnull, "w") as devnull:
            call_command("load_demo", stdout=devnull)
    edition = Edition.objects.filter(year=YEAR).first()
    if edition is None:
        edition = Edition.objects.create(
            year=YEAR,
            state=Edition.State.DELIBERATION,
            call_opens_on="2099-01-01",
            call_closes_on="2099-03-31",
            normalise_scores=True,
        )
        for n, weight in enumerate((3, 2, 1)):
            Criterion.objects.create(
                edition=edition, sort_order=n, name=f"C{n}", weight=Decimal(weight)
            )
        Round.objects.create(
            edition=edition, name="Finale", state=Round.State.DELIBERATION
        )
        prize = PrizePage.objects.get(locale__language_code="fr")
        prize.add_child(
            instance=PrizeEditionPage(
                title="Bench 2099", slug="bench-2099", edition=edition, introduction="B"
            )
        )
    round_ = edition.rounds.get()
    criteria = list(edition.criteria.all())
    User = get_user_model()
    jury = Group.objects.get(name="Jury")
    people = []
    for n in range(jurors):
        user, _created = User.objects.get_or_create(
            email=f"bench-juror-{n}@example.org"
        )
        user.groups.add(jury)
        give_authenticator(user)
        people.append(user)
    goals = list(Goal.objects.filter(locale__language_code="fr"))
    existing = edition.entries.count()
    print(f"Adding {max(entries - existing, 0)} entries…", flush=True)
    for n in range(existing, entries):
        entry = Entry.objects.create(
            edition=edition,
            reference=f"ARP{YEAR}-{n:04d}",
            project_name=f"Bench project {n}",
            organisation_name=f"Bench city {n}",
            port_city=f"City {n}",
            state=Entry.State.ELIGIBLE,
            round=round_,
            outcome="winner" if n < 3 else ("mention" if n < 8 else ""),
            citation=f"Citation {n}" if n < 8 else "",
        )
        EntryGoal.objects.create(entry=entry, goal=goals[n % 10], description="x")
        for k in range(3):
            juror = people[(n + k) % len(people)]
            assignment = Assignment.objects.create(
                round=round_,
                entry=entry,
                juror=juror,
                conflict="none",
                review="submitted",
            )
            Score.objects.bulk_create(
                Score(assignment=assignment, criterion=c, value=(n * 7 + k + i) % 11)
                for i, c in enumerate(criteria)
            )
    superuser = User.objects.filter(is_superuser=True).first()
    page = PrizeEditionPage.objects.get(edition=edition)
    return edition, page, people[0], superuser


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=300)
    parser.add_argument("--jurors", type=int, default=12)
    parser.add_argument("--requests", type=int, default=50)
    args = parser.parse_args()
    setup_django(os.environ.get("BENCH_DATABASE_URL", DEFAULT_DB))
    from django.test import Client

    from awards.models import Edition

    edition, page, juror, superuser = build(args.entries, args.jurors)
    client = Client(HTTP_HOST="localhost")

    def get(url):
        def action(index):
            response = client.get(url)
            assert response.status_code == 200, (url, response.status_code)

        return action

    Edition.objects.filter(pk=edition.pk).update(state=Edition.State.ANNOUNCED)
    results = {"winners' page (visitor)": timed(get(page.url), args.requests)}
    Edition.objects.filter(pk=edition.pk).update(state=Edition.State.DELIBERATION)
    client.force_login(juror)
    results["jury's list (a juror)"] = timed(get("/fr/awards/jury/"), args.requests)
    client.force_login(superuser)
    work = f"/admin/awards/editions/{edition.pk}/work/"
    results["work page with the ranking (manager)"] = timed(get(work), args.requests)
    print(f"\n{edition.entries.count()} entries, 3 reviews each, in-process.\n")
    print("| page | p50 (ms) | p95 (ms) |")
    print("|---|---:|---:|")
    for name, result in results.items():
        print(f"| {name} | {result['p50']:.1f} | {result['p95']:.1f} |")


if __name__ == "__main__":
    sys.exit(main())
