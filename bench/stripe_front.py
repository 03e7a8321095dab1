"""Stripe for the benchmarks: a Checkout API in front of localstripe.

    .venv/bin/python bench/stripe_front.py --port 8430 --upstream http://127.0.0.1:8420

localstripe (a local Stripe emulator) has no Checkout Sessions, so this server
answers them itself, as the test suite's fake does (tests/ticketing/stripe_fakes.py),
and passes every other call on to localstripe. When a buyer pays on the hosted page
the card is really charged in localstripe: a PaymentIntent is created and confirmed
there, and the session records its id, as Stripe's own session would. The site
reaches this server through STRIPE_API_BASE; it listens on 127.0.0.1 only.
"""

import argparse
import json
import sys
import urllib.parse
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.ticketing.stripe_fakes import FakeStripe  # noqa: E402

KEY = "sk_test_bench"  # localstripe accepts any sk_test_ key


class CheckoutFront(FakeStripe):
    """The fake Checkout API on a chosen port, charging cards in localstripe."""

    def __init__(self, upstream: str, port: int):
        super().__init__(upstream=upstream)
        # FakeStripe picks a free port; the benchmark names the one it expects.
        self.stop()
        handler = self.server.RequestHandlerClass
        self.server = type(self.server)(("127.0.0.1", port), handler)
        self.url = f"http://127.0.0.1:{port}"

    def handle(self, request, method: str) -> None:
        super().handle(request, method)
        with self.lock:
            self.requests.clear()  # a long run would keep every request otherwise

    def _call(self, path: str, params: dict) -> dict:
        body = urllib.parse.urlencode(params).encode()
        request = urllib.request.Request(
            self.upstream + path,
            data=body,
            headers={"Authorization": f"Bearer {KEY}"},
            method="POST",
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            return json.loads(response.read())

    def pay(self, session_id: str, payment_intent: str = "") -> dict:
        session = self.sessions[session_id]
        if not payment_intent:
            method = self._call(
                "/v1/payment_methods",
                {
                    "type": "card",
                    "card[number]": "4242424242424242",
                    "card[exp_month]": "12",
                    "card[exp_year]": "2034",
                    "card[cvc]": "123",
                },
            )
            intent = self._call(
                "/v1/payment_intents",
                {
                    "amount": session["amount_total"],
                    "currency": session["currency"],
                    "payment_method": method["id"],
                    "confirm": "true",
                    "metadata[order]": session["metadata"]["order"] or "",
                },
            )
            if intent.get("status") != "succeeded":
                raise RuntimeError(f"localstripe did not charge: {intent}")
            payment_intent = intent["id"]
        return super().pay(session_id, payment_intent)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--upstream", required=True)
    args = parser.parse_args()
    front = CheckoutFront(args.upstream, args.port)
    front.server.serve_forever()


if __name__ == "__main__":
    main()
