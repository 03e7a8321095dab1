"""Measure the self-diagnosis's heaviest pages: a member's results (with the
network's figures and recommendations), a goal's form, and the results as a PDF,
for a network of many assessed organisations.

    .venv/bin/python bench/diagnosis_bench.py                  # 200 organisations
    .venv/bin/python bench/diagnosis_bench.py --organisations 50 --requests 20

In-process (Django's test client), on an SQLite file (default
/tmp/aivp-diagnosis-bench.sqlite3) or $BENCH_DATABASE_URL. The demo is loaded, then
bench organisations with a submitted assessment each are created once and kept
between runs. Prints p50 and p95 per page.
"""

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from cms_bench import setup_django  # noqa: E402
from courses_bench import timed  # noqa: E402

DEFAULT_DB = "sqlite:////tmp/aivp-diagnosis-bench.sqlite3"


def build(organisations: int):
    import datetime

    from django.core.management import call_command
    from django.utils import timezone

    from accounts.demo import DEMO_MEMBER_EMAIL
    from accounts.models import Organisation, User
    from cms.models import HomePage
    from diagnosis.demo import generated_assessment
    from diagnosis.models import Assessment
    from diagnosis.selectors import current_questionnaire

    call_command("migrate", verbosity=0)
    if not HomePage.objects.exists():
        with open(os.devnull, "w") as devnull:
            call_command("load_demo", stdout=devnull)
    questionnaire = current_questionnaire()
    year = timezone.localdate().year
    existing = Organisation.objects.filter(name__startswith="Bench port ").count()
    print(f"Adding {max(organisations - existing, 0)} organisations…", flush=True)
    for n in range(existing, organisations):
        organisation = Organisation.objects.create(
            name=f"Bench port {n:04d}",
            kind=Organisation.Kind.PORT_CITY,
            country="FR",
            membership_status=Organisation.Status.ACTIVE,
            membership_start=datetime.date(2020, 1, 1),
        )
        generated_assessment(organisation, None, questionnaire, year - 1, (n % 10) / 10)
    member = User.objects.get(email=DEMO_MEMBER_EMAIL)
    mine = Assessment.objects.get(
        organisation__affiliations__user=member, year=year - 1
    )
    return member, mine


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--organisations", type=int, default=200)
    parser.add_argument("--requests", type=int, default=30)
    args = parser.parse_args()
    setup_django(os.environ.get("BENCH_DATABASE_URL", DEFAULT_DB))
    from django.test import Client

    from diagnosis.models import Assessment

    member, mine = build(args.organisations)
    client = Client(HTTP_HOST="localhost")
    client.force_login(member)

    def get(url):
        def action(index):
            response = client.get(url)
            assert response.status_code == 200, (url, response.status_code)

        return action

    base = f"/fr/diagnosis/assessments/{mine.pk}"
    results = {
        "results page (network figures, recommendations)": timed(
            get(f"{base}/results/"), args.requests
        ),
        "a goal's form (8 questions)": timed(get(f"{base}/goals/2/"), args.requests),
        "results as PDF": timed(get(f"{base}/results.pdf"), max(args.requests // 3, 5)),
    }
    submitted = Assessment.objects.filter(state="submitted").count()
    print(f"\n{submitted} submitted assessments, in-process.\n")
    print("| page | p50 (ms) | p95 (ms) |")
    print("|---|---:|---:|")
    for name, result in results.items():
        print(f"| {name} | {result['p50']:.1f} | {result['p95']:.1f} |")


if __name__ == "__main__":
    sys.exit(main())
