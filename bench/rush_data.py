"""The rush's data and its checks, through the ORM (bench/rush_bench.py).

Django must be set up (cms_bench.setup_django) on the bench's database first.
"""

import time
from collections import Counter
from datetime import timedelta
from decimal import Decimal

from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.auth.hashers import make_password
from django.utils import timezone


def public_pages() -> list[str]:
    """What a delegate reads before buying: the home page, the conference's event
    page (the programme), the agenda, the news and an article, in English."""
    from cms.models import (
        AgendaPage,
        EventPage,
        HomePage,
        NewsArticlePage,
        NewsIndexPage,
    )

    english = {"locale__language_code": "en"}
    pages = [
        HomePage.objects.live().filter(**english).first(),
        EventPage.objects.live()
        .filter(event_type=EventPage.EventType.WORLD_CONFERENCE, **english)
        .order_by("-start")
        .first(),
        AgendaPage.objects.live().filter(**english).first(),
        NewsIndexPage.objects.live().filter(**english).first(),
        NewsArticlePage.objects.live().filter(**english).order_by("-date").first(),
    ]
    return [page.get_url() for page in pages if page is not None]


def conference(slug: str, capacity: int, price: str = "1220.00"):
    """A conference on sale with one ticket type in one quota of ``capacity``."""
    from ticketing.models import Conference, Quota, TicketType

    now = timezone.now()
    starts = now + timedelta(days=120)
    item = Conference.objects.create(
        slug=slug,
        name=f"Conférence {slug}",
        name_en=f"Conference {slug}",
        starts_at=starts,
        ends_at=starts + timedelta(days=2),
        venue="Le Havre, France",
        sales_open_at=now - timedelta(days=1),
        sales_close_at=starts,
        bank_details="AIVP · IBAN FR76 3000 4000 0500 0012 3456 789 · BIC BNPAFRPP",
    )
    ticket_type = TicketType.objects.create(
        conference=item, name="Tarif normal", name_en="Regular", price=Decimal(price)
    )
    quota = Quota.objects.create(conference=item, name="Venue", capacity=capacity)
    quota.ticket_types.set([ticket_type])
    return item, ticket_type


def delegates(prefix: str, count: int, first: int = 0) -> list[dict]:
    """Verified accounts, each signed in (a session row), half paying by card.

    Each has an address of its own in X-Forwarded-For (the site runs with one
    trusted proxy, as in production), so the per-address limits apply per person.
    """
    from allauth.account.models import EmailAddress
    from django.contrib.sessions.backends.db import SessionStore

    from accounts.models import User

    users = User.objects.bulk_create(
        User(
            email=f"{prefix}-{first + n:04d}@port.example",
            first_name="Delegate",
            last_name=f"{first + n}",
            password=make_password(None),
        )
        for n in range(count)
    )
    EmailAddress.objects.bulk_create(
        EmailAddress(user=user, email=user.email, verified=True, primary=True)
        for user in users
    )
    people = []
    for n, user in enumerate(users):
        session = SessionStore()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.create()
        number = first + n
        people.append(
            {
                "email": user.email,
                "session": session.session_key,
                "address": f"127.10.{number // 250}.{number % 250 + 1}",
                "method": "card" if n % 2 == 0 else "bank_transfer",
            }
        )
    return people


def held_tickets(ticket_type) -> int:
    """Tickets that hold a place: of paid orders, or of pending ones."""
    from ticketing.models import Order, OrderPosition

    return OrderPosition.objects.filter(
        ticket_type=ticket_type,
        cancelled_at__isnull=True,
        order__state__in=[Order.State.PAID, Order.State.PENDING],
    ).count()


def orders_by_state(conferences) -> Counter:
    from ticketing.models import Order

    orders = Order.objects.filter(conference__in=conferences)
    return Counter(f"{o.payment_method} {o.state}" for o in orders)


def mark_transfers_paid(conferences) -> list[float]:
    """What staff do when the transfers arrive ("Mark paid"); seconds per order."""
    from accounts.models import User
    from ticketing.models import Order
    from ticketing.services import order_mark_paid

    staff = User.objects.filter(is_superuser=True).first()
    timings = []
    pending = Order.objects.filter(
        conference__in=conferences,
        payment_method=Order.PaymentMethod.BANK_TRANSFER,
        state=Order.State.PENDING,
    )
    for order in pending:
        started = time.perf_counter()
        order_mark_paid(order=order, actor=staff)
        timings.append(time.perf_counter() - started)
    return timings


def wait_for_outbox(timeout: float, worker, since) -> tuple[bool, float]:
    """Until the worker has applied every Stripe event and sent every mail written
    since ``since`` (or ``timeout``). Older rows (the demo's) lost their task with
    the purge."""
    from core.models import OutboxMessage
    from ticketing.models import StripeEvent

    started = time.monotonic()
    last = -1
    while time.monotonic() - started < timeout:
        if worker.poll() is not None:
            raise RuntimeError(f"the Celery worker exited ({worker.returncode})")
        waiting = StripeEvent.objects.filter(processed_at__isnull=True).count()
        waiting += OutboxMessage.objects.filter(
            state=OutboxMessage.State.PENDING, created_at__gte=since
        ).count()
        if waiting == 0:
            return True, time.monotonic() - started
        if waiting != last and (last < 0 or last - waiting >= 25):
            print(f"  {waiting} events and mails waiting for the worker…", flush=True)
            last = waiting
        time.sleep(2)
    return False, time.monotonic() - started


def mail_check(conferences, received: list) -> dict:
    """One confirmation per paid order, and one only: in the outbox and as received
    by the SMTP server (counted by Message-ID and recipient). None for others."""
    from core.models import OutboxMessage
    from ticketing.models import Order

    orders = list(
        Order.objects.filter(conference__in=conferences).select_related("buyer")
    )
    keys = {f"ticketing.order.{o.pk}.confirmation": o for o in orders}
    keys |= {f"ticketing.order.{o.pk}.bank_transfer": o for o in orders}
    rows = OutboxMessage.objects.filter(idempotency_key__in=list(keys))
    by_message_id = {row.message_id: row for row in rows}
    sent = Counter()  # (order pk, kind) -> messages the server accepted
    for message in received:
        row = by_message_id.get(message.message_id)
        if row is None:
            continue
        order = keys[row.idempotency_key]
        if order.buyer.email.lower() in message.recipients:
            sent[(order.pk, row.idempotency_key.rsplit(".", 1)[1])] += 1
    paid = [o for o in orders if o.state == Order.State.PAID]
    not_one = [o.code for o in paid if sent[(o.pk, "confirmation")] != 1]
    unpaid_mailed = [
        o.code
        for o in orders
        if o.state != Order.State.PAID and sent[(o.pk, "confirmation")]
    ]
    transfers = [o for o in orders if o.payment_method == "bank_transfer"]
    return {
        "confirmed_orders": len(paid),
        "confirmations_received": sum(
            n for (_pk, kind), n in sent.items() if kind == "confirmation"
        ),
        "confirmed_without_exactly_one": not_one,
        "unpaid_with_confirmation": unpaid_mailed,
        "transfer_orders": len(transfers),
        "transfer_instructions_received": sum(
            n for (_pk, kind), n in sent.items() if kind == "bank_transfer"
        ),
        "outbox_not_sent": rows.exclude(state=OutboxMessage.State.SENT).count(),
    }


def one_at_a_time(conference, ticket_type, people, stripe_url, secret) -> dict:
    """Place-order and webhook alone, in this process (Django's test client): what
    each costs in time and queries without other requests waiting for the CPU."""
    import json
    import re
    import statistics
    import urllib.request
    from unittest import mock

    from django.db import connection
    from django.test import Client, override_settings
    from django.test.utils import CaptureQueriesContext

    from tests.ticketing.stripe_fakes import event, sign
    from ticketing.models import StripeEvent
    from ticketing.services import stripe_event_apply

    measured: dict[str, list] = {"place order": [], "webhook": [], "apply event": []}
    # One connection for every request, as production keeps them (CONN_MAX_AGE, or
    # the pool): this process's own setting would open one per request.
    connection.close()
    kept_for = connection.settings_dict["CONN_MAX_AGE"]
    connection.settings_dict["CONN_MAX_AGE"] = 60
    stripe = {
        "STRIPE_API_BASE": stripe_url,
        "STRIPE_SECRET_KEY": "sk_test_bench",
        "STRIPE_WEBHOOK_SECRET": secret,
        "TRUSTED_PROXY_COUNT": 1,
    }
    tickets = f"/en/tickets/{conference.slug}/"
    with override_settings(**stripe):
        for person in people:
            client = Client(
                HTTP_HOST="127.0.0.1", HTTP_X_FORWARDED_FOR=person["address"]
            )
            client.cookies["sessionid"] = person["session"]
            client.get(tickets)
            choice = {f"quantity_{ticket_type.pk}": "1", "voucher": "", "choose": "1"}
            client.post(tickets, choice)
            details = {
                "attendee-TOTAL_FORMS": "1",
                "attendee-INITIAL_FORMS": "1",
                "attendee-0-attendee_name": "Delegate",
                "attendee-0-attendee_email": person["email"],
                "invoice-invoice_name": "Delegate",
                "invoice-invoice_address": "Terre-plein de la Barre",
                "invoice-invoice_country": "France",
                "invoice-payment_method": person["method"],
            }
            client.post(f"{tickets}details/", details)
            page = client.get(f"{tickets}review/").content.decode()
            price = re.search(r'name="unit_price" value="([^"]*)"', page).group(1)
            form = {"ticket_type": ticket_type.pk, "quantity": 1, "unit_price": price}
            with CaptureQueriesContext(connection) as queries:
                started = time.perf_counter()
                response = client.post(
                    f"{tickets}review/", form | {"accept_terms": "on"}
                )
                elapsed = time.perf_counter() - started
            assert response.status_code == 302, response.status_code
            measured["place order"].append((elapsed * 1000, len(queries)))
            if person["method"] != "card":
                continue
            checkout = response["Location"]
            session_id = checkout.rsplit("/", 1)[1]
            _pay(checkout)
            read = urllib.request.Request(
                f"{stripe_url}/v1/checkout/sessions/{session_id}",
                headers={"Authorization": "Bearer sk_test_bench"},
            )
            session = json.loads(urllib.request.urlopen(read, timeout=10).read())
            completed = event("checkout.session.completed", session)
            body = json.dumps(completed).encode()
            # The event is applied here, after the webhook, not by the worker.
            with (
                mock.patch("ticketing.tasks.apply_stripe_event.delay"),
                CaptureQueriesContext(connection) as queries,
            ):
                started = time.perf_counter()
                response = Client(HTTP_HOST="127.0.0.1").post(
                    "/stripe/webhook/",
                    data=body,
                    content_type="application/json",
                    HTTP_STRIPE_SIGNATURE=sign(body, secret),
                )
                elapsed = time.perf_counter() - started
            assert response.status_code == 200, response.status_code
            measured["webhook"].append((elapsed * 1000, len(queries)))
            stored = StripeEvent.objects.get(event_id=completed["id"])
            with CaptureQueriesContext(connection) as queries:
                started = time.perf_counter()
                outcome = stripe_event_apply(event_pk=stored.pk)
                elapsed = time.perf_counter() - started
            assert outcome == "applied", outcome
            measured["apply event"].append((elapsed * 1000, len(queries)))
    connection.settings_dict["CONN_MAX_AGE"] = kept_for
    # The first of each warms the process (templates, URLs): not counted.
    return {
        name: {
            "p50": statistics.median(ms for ms, _ in values[1:]),
            "queries": statistics.median(n for _, n in values[1:]),
            "n": len(values) - 1,
        }
        for name, values in measured.items()
        if len(values) > 1
    }


def _pay(checkout_url: str) -> None:
    """The buyer's "Pay" on the hosted page (its 303 to the site is not followed)."""
    import urllib.error
    import urllib.request

    class Stay(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(Stay)
    try:
        opener.open(urllib.request.Request(checkout_url, data=b""), timeout=10)
    except urllib.error.HTTPError as answer:
        if answer.code != 303:
            raise
