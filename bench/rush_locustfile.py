"""Locust users for bench/rush_bench.py: delegates who read the conference's pages
and buy a ticket, by card (Stripe Checkout) or by bank transfer.

Started by rush_bench.py (``locust -f bench/rush_locustfile.py --headless``), which
writes the plan this file reads from $RUSH_PLAN: the site's address, the Stripe
server's, the webhook secret, the conference and its ticket type, the public pages to
read, and the delegates (each signed in beforehand: a session row, an address).

A delegate reads pages as an anonymous visitor (no cookie: the page cache's path),
then, signed in, follows the checkout: the ticket page, the choice, the attendee and
invoice details, the review and "Confirm and pay" (the measured "place order"). A card
buyer then pays on the Checkout page (the card is charged in localstripe) and the
user delivers the signed ``checkout.session.completed`` event to the site's webhook
as Stripe would, then opens the success page. A bank-transfer buyer opens the order
page; staff mark it paid later (rush_bench.py). A sold-out answer is counted, not
failed. When the run stops, the timings and counts are written to $RUSH_RESULTS.
"""

import json
import os
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import gevent
from locust import HttpUser, between, events, task
from locust.clients import HttpSession

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.ticketing.stripe_fakes import event, sign  # noqa: E402

PLAN = json.loads(Path(os.environ["RUSH_PLAN"]).read_text())
DELEGATES = iter(PLAN["delegates"])
TIMINGS: dict[str, list[float]] = defaultdict(list)
OUTCOMES: Counter = Counter()
FAILURES: list[str] = []
SOLD_OUT = ('class="sold-out"', "is sold out", "place(s) left", "places left")


@events.request.add_listener
def _timed(request_type, name, response_time, exception, **_kwargs):
    TIMINGS[name].append(response_time)
    if exception is not None and len(FAILURES) < 30:
        FAILURES.append(f"{request_type} {name}: {exception}")


@events.test_stop.add_listener
def _write(**_kwargs):
    Path(os.environ["RUSH_RESULTS"]).write_text(
        json.dumps(
            {"timings": TIMINGS, "outcomes": OUTCOMES, "failures": FAILURES},
            indent=1,
        )
    )


def _hidden(html: str, name: str) -> str:
    found = re.search(rf'name="{name}" value="([^"]*)"', html)
    return found.group(1) if found else ""


class Delegate(HttpUser):
    host = PLAN["host"]
    wait_time = between(*PLAN["think"])

    def on_start(self):
        self.anonymous = HttpSession(
            base_url=self.host, request_event=self.environment.events.request, user=self
        )
        self.bought = False

    # --- Reading the public pages, as a visitor without a session -------------------

    def read(self, count: int) -> None:
        for path in random.sample(PLAN["browse"], min(count, len(PLAN["browse"]))):
            self.anonymous.cookies.clear()
            with self.anonymous.get(
                path, name=f"page {path}", catch_response=True
            ) as r:
                if r.status_code != 200:
                    r.failure(f"{r.status_code}")
                elif r.headers.get("X-Page-Cache") == "hit":
                    OUTCOMES["page served from the cache"] += 1
                else:
                    OUTCOMES["page built"] += 1
            self.pause()

    def pause(self) -> None:
        """A person reading the page; unlike ``wait()``, not a point where a
        stopping run ends the user, so a checkout under way is finished."""
        gevent.sleep(random.uniform(*PLAN["think"]))  # noqa: S311 - not a secret

    @task
    def visit(self):
        if PLAN["buy_once"] and self.bought:
            self.read(2)
            return
        delegate = next(DELEGATES, None)
        if delegate is None:  # every delegate of the plan has had their turn
            self.bought = True
            self.read(2)
            return
        self.bought = True
        self.read(PLAN["read_before_buying"])
        self.buy(delegate)

    # --- Buying -------------------------------------------------------------------

    def buy(self, delegate: dict) -> None:
        site = self.client
        site.cookies.clear()
        site.cookies.set("sessionid", delegate["session"])
        site.headers["X-Forwarded-For"] = delegate["address"]
        tickets = f"/en/tickets/{PLAN['conference']}/"
        with site.get(tickets, name="ticket page", catch_response=True) as r:
            if r.status_code != 200:
                return r.failure(f"{r.status_code}")
            if 'class="sold-out"' in r.text:
                OUTCOMES["sold out (ticket page)"] += 1
                return None
        self.pause()
        form = {
            "csrfmiddlewaretoken": site.cookies.get("csrftoken", ""),
            f"quantity_{PLAN['ticket_type']}": "1",
            "voucher": "",
            "choose": "1",
        }
        if not self._post(tickets, form, "choose tickets", "/details/"):
            return None
        self.pause()
        details = f"{tickets}details/"
        with site.get(details, name="details page", catch_response=True) as r:
            if r.status_code != 200:
                return r.failure(f"{r.status_code}")
        self.pause()
        number = delegate["email"].split("@")[0]
        form = {
            "csrfmiddlewaretoken": site.cookies.get("csrftoken", ""),
            "attendee-TOTAL_FORMS": "1",
            "attendee-INITIAL_FORMS": "1",
            "attendee-0-attendee_name": f"Delegate {number}",
            "attendee-0-attendee_email": delegate["email"],
            "attendee-0-organisation": "Port of Le Havre",
            "attendee-0-badge_name": number,
            "attendee-0-dietary_needs": "",
            "attendee-0-access_needs": "",
            "invoice-invoice_name": f"Delegate {number}",
            "invoice-invoice_company": "Port of Le Havre",
            "invoice-invoice_address": "Terre-plein de la Barre\n76600 Le Havre",
            "invoice-invoice_country": "France",
            "invoice-invoice_vat_number": "",
            "invoice-payment_method": delegate["method"],
        }
        if not self._post(details, form, "attendee details", "/review/"):
            return None
        self.pause()
        review = f"{tickets}review/"
        with site.get(review, name="review page", catch_response=True) as r:
            if r.status_code != 200:
                return r.failure(f"{r.status_code}")
            unit_price = _hidden(r.text, "unit_price")
        self.pause()
        form = {
            "csrfmiddlewaretoken": site.cookies.get("csrftoken", ""),
            "ticket_type": str(PLAN["ticket_type"]),
            "quantity": "1",
            "unit_price": unit_price,
            "voucher": "",
            "accept_terms": "on",
        }
        placing = site.post(
            review,
            data=form,
            name="place order",
            allow_redirects=False,
            catch_response=True,
        )
        with placing as r:
            target = r.headers.get("Location", "")
            if r.status_code == 200 and any(s in r.text for s in SOLD_OUT):
                OUTCOMES["sold out (at order)"] += 1
                return None
            if r.status_code != 302 or not target:
                return r.failure(f"{r.status_code} {target}")
        OUTCOMES[f"placed ({delegate['method']})"] += 1
        self.pause()
        if delegate["method"] == "card":
            self.pay(target)
        else:
            with site.get(target, name="order page", catch_response=True) as r:
                if r.status_code != 200:
                    r.failure(f"{r.status_code}")
        return None

    def _post(self, path: str, form: dict, name: str, expected: str) -> bool:
        with self.client.post(
            path, data=form, name=name, allow_redirects=False, catch_response=True
        ) as r:
            if r.status_code == 302 and expected in r.headers.get("Location", ""):
                return True
            r.failure(f"{r.status_code} {r.headers.get('Location', '')}")
            return False

    def pay(self, checkout_url: str) -> None:
        """Stripe's side: the hosted page, the card charged, then the webhook."""
        stripe = self.anonymous
        stripe.cookies.clear()
        session_id = checkout_url.rstrip("/").rsplit("/", 1)[1]
        page = stripe.get(
            checkout_url, name="stripe: checkout page", catch_response=True
        )
        with page as r:
            if r.status_code != 200:
                return r.failure(f"{r.status_code}")
        self.pause()
        paying = stripe.post(
            checkout_url, name="stripe: pay", allow_redirects=False, catch_response=True
        )
        with paying as r:
            success_url = r.headers.get("Location", "")
            if r.status_code != 303 or not success_url:
                return r.failure(f"{r.status_code}")
        with stripe.get(
            f"{PLAN['stripe']}/v1/checkout/sessions/{session_id}",
            name="stripe: read session",
            headers={"Authorization": "Bearer sk_test_bench"},
            catch_response=True,
        ) as r:
            if r.status_code != 200:
                return r.failure(f"{r.status_code}")
            session = r.json()
        body = json.dumps(event("checkout.session.completed", session)).encode()
        with stripe.post(
            "/stripe/webhook/",
            data=body,
            name="webhook",
            headers={
                "Content-Type": "application/json",
                "Stripe-Signature": sign(body, PLAN["webhook_secret"]),
            },
            catch_response=True,
        ) as r:
            if r.status_code != 200:
                return r.failure(f"{r.status_code}")
        OUTCOMES["paid (webhook)"] += 1
        with self.client.get(success_url, name="paid page", catch_response=True) as r:
            if r.status_code != 200:
                r.failure(f"{r.status_code}")
        return None
