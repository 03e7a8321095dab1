"""Measure event registration: the event's page (visitor and registrant), one
registration, the organisers' check-in list and attendance report, the reminders'
run, and a rush of parallel registrations for the last places.

    .venv/bin/python bench/events_bench.py                       # 2,000 registrants
    BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/aivp_events_bench \\
        .venv/bin/python bench/events_bench.py --registrants 5000 --rush 40

In-process (Django's test client), on an SQLite file (default
/tmp/aivp-events-bench.sqlite3) or $BENCH_DATABASE_URL. The demo is loaded, then
bench people registered for the demo webinar once and kept between runs. The rush
(PostgreSQL only: SQLite takes one writer) sends --rush people at once, in
threads, at the last ten places, and counts the rows after. Prints p50 and p95.
"""

import argparse
import datetime
import os
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from cms_bench import setup_django  # noqa: E402
from courses_bench import timed  # noqa: E402

DEFAULT_DB = "sqlite:////tmp/aivp-events-bench.sqlite3"
WEBINAR = "event-webinar-shore-power"


def build(registrants: int):
    import datetime

    from django.core.management import call_command
    from django.utils import timezone

    from accounts.models import User
    from cms.demo.common import demo_key
    from cms.models import EventPage, HomePage
    from events.models import Registrant, Registration

    call_command("migrate", verbosity=0)
    if not HomePage.objects.exists():
        with open(os.devnull, "w") as devnull:
            call_command("load_demo", stdout=devnull)
    event = EventPage.objects.get(
        translation_key=demo_key(WEBINAR), locale__language_code="fr"
    )
    registration = Registration.objects.get(event=event)
    existing = registration.registrants.count()
    missing = max(registrants - existing, 0)
    print(f"Adding {missing} registrants…", flush=True)
    users = User.objects.bulk_create(
        User(email=f"bench-{existing + n:05d}@port.example", first_name="Bench")
        for n in range(missing)
    )
    now = timezone.now()
    Registrant.objects.bulk_create(
        Registrant(
            registration=registration,
            user=user,
            state=Registrant.State.REGISTERED,
            organisation=f"Port {n % 300}",
            queued_at=now - datetime.timedelta(seconds=n),
        )
        for n, user in enumerate(users)
    )
    return event, registration


def rush(registration, people: int) -> dict:
    """``people`` threads register at once for the last ten places."""
    from django.db import connection

    from accounts.models import User
    from events.models import Registrant
    from events.services import registrant_register

    taken = registration.registrants.filter(state="registered").count()
    registration.capacity = taken + 10
    registration.save(update_fields=["capacity"])
    stamp = int(time.time())
    users = [
        User.objects.create(email=f"rush-{stamp}-{n}@port.example")
        for n in range(people)
    ]
    barrier = threading.Barrier(people)
    samples, errors = [], []

    def one(user):
        barrier.wait()
        started = time.perf_counter()
        try:
            registrant_register(registration=registration, user=user, language="fr")
        except Exception as error:  # counted and shown, never hidden
            errors.append(repr(error))
        samples.append(time.perf_counter() - started)
        connection.close()

    threads = [threading.Thread(target=one, args=(user,)) for user in users]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    held = Registrant.objects.filter(
        registration=registration, state="registered"
    ).count()
    samples.sort()
    return {
        "p50": samples[len(samples) // 2] * 1000,
        "p95": samples[min(len(samples) - 1, int(len(samples) * 0.95))] * 1000,
        "oversold": held - registration.capacity,
        "errors": errors,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--registrants", type=int, default=2000)
    parser.add_argument("--requests", type=int, default=30)
    parser.add_argument("--rush", type=int, default=30)
    args = parser.parse_args()
    database = os.environ.get("BENCH_DATABASE_URL", DEFAULT_DB)
    # Mails are delivered in memory, not printed.
    os.environ["OUTBOX_DELIVERY_BACKEND"] = (
        "django.core.mail.backends.locmem.EmailBackend"
    )
    setup_django(database)
    from django.conf import settings
    from django.test import Client
    from django.urls import reverse

    from accounts.demo import DEMO_ADMIN_EMAIL, DEMO_MEMBER_EMAIL
    from accounts.models import User
    from events.reminders import send_reminders

    settings.RATE_LIMITS = {}  # the bench registers faster than a person may
    event, registration = build(args.registrants)
    visitor = Client(HTTP_HOST="localhost")
    member = Client(HTTP_HOST="localhost")
    member.force_login(User.objects.get(email=DEMO_MEMBER_EMAIL))
    staff = Client(HTTP_HOST="localhost")
    staff.force_login(User.objects.get(email=DEMO_ADMIN_EMAIL))

    def get(client, url):
        def action(index):
            response = client.get(url)
            assert response.status_code == 200, (url, response.status_code)

        return action

    stamp = int(time.time())
    newcomers = [
        User.objects.create(email=f"new-{stamp}-{n}@port.example")
        for n in range(args.requests)
    ]
    newcomer = Client(HTTP_HOST="localhost")

    def register(index):
        newcomer.force_login(newcomers[index])
        response = newcomer.post(
            reverse("events:register", args=[registration.pk]),
            {"organisation": "Bench port", "role": "Planner", "event": event.pk},
        )
        assert response.status_code == 302, response.status_code

    def reminders(index):
        send_reminders(now=event.start - datetime.timedelta(hours=20 - index))

    for client in (visitor, member):
        client.get(event.url)  # warm: templates compiled, caches filled
    checkin = reverse("event_registrations:checkin", args=[registration.pk])
    results = {
        "event page, visitor": timed(get(visitor, event.url), args.requests),
        "event page, registrant (join link)": timed(
            get(member, event.url), args.requests
        ),
        "register (one POST, mail queued)": timed(register, args.requests),
        "check-in list, search": timed(
            get(staff, checkin + "?q=bench-0042"), args.requests
        ),
        "attendance, this year": timed(
            get(staff, reverse("event_attendance:index")), args.requests
        ),
        # Celery runs eagerly here: each reminder is rendered, queued and sent.
        "reminders run (all due at once, sent eagerly)": timed(reminders, 1),
    }
    count = registration.registrants.count()
    print(f"\n{count} registrants on {database.split(':')[0]}, in-process.\n")
    print("| step | p50 (ms) | p95 (ms) |")
    print("|---|---:|---:|")
    for name, result in results.items():
        print(f"| {name} | {result['p50']:.1f} | {result['p95']:.1f} |")
    if database.startswith("postgres"):
        outcome = rush(registration, args.rush)
        print(
            f"| rush: {args.rush} at once for 10 places | {outcome['p50']:.1f} "
            f"| {outcome['p95']:.1f} |"
        )
        print(f"\nOversold: {outcome['oversold']}; errors: {len(outcome['errors'])}")
        for error in outcome["errors"][:5]:
            print("  ", error)


if __name__ == "__main__":
    sys.exit(main())
