"""Stripe at the HTTP boundary: a fake Checkout API, localstripe, signed webhooks.

``FakeStripe`` is a small HTTP server on 127.0.0.1 that answers the Checkout Session
calls with Stripe-shaped JSON (localstripe has no Checkout) and passes every other
request on to localstripe, so refunds and payment intents hit a real Stripe emulator.
"""

import hashlib
import hmac
import json
import secrets
import threading
import time
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl


def sign(payload: bytes, secret: str, timestamp: int | None = None) -> str:
    """A Stripe-Signature header, computed as Stripe does (HMAC-SHA256 of t.body)."""
    timestamp = int(time.time()) if timestamp is None else timestamp
    signed = f"{timestamp}.".encode() + payload
    digest = hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()
    return f"t={timestamp},v1={digest}"


def event(event_type: str, obj: dict, event_id: str | None = None) -> dict:
    return {
        "id": event_id or f"evt_{secrets.token_hex(12)}",
        "object": "event",
        "api_version": "2026-10-28.endive",
        "created": int(time.time()),
        "type": event_type,
        "data": {"object": obj},
    }


class FakeStripe:
    def __init__(self, upstream: str | None = None):
        self.upstream = upstream
        self.sessions: dict[str, dict] = {}
        self.by_idempotency_key: dict[str, str] = {}
        self.requests: list[tuple[str, str, dict]] = []
        self.lock = threading.Lock()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # keep the test output quiet
                pass

            def do_GET(self):
                fake.handle(self, "GET")

            def do_POST(self):
                fake.handle(self, "POST")

            def do_DELETE(self):
                fake.handle(self, "DELETE")

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    # -- Requests -------------------------------------------------------------------

    def handle(self, request, method: str) -> None:
        length = int(request.headers.get("Content-Length") or 0)
        body = request.rfile.read(length) if length else b""
        form = dict(parse_qsl(body.decode()))
        with self.lock:
            self.requests.append((method, request.path, form))
        path = request.path.split("?")[0]
        if path == "/v1/checkout/sessions" and method == "POST":
            key = request.headers.get("Idempotency-Key", "")
            return self.reply(request, 200, self.create_session(form, key))
        if path.startswith("/v1/checkout/sessions/") and method == "GET":
            session = self.sessions.get(path.rsplit("/", 1)[1])
            if session is None:
                return self.reply(request, 404, self.error("No such checkout.session"))
            return self.reply(request, 200, session)
        if path.startswith("/c/pay/") and path.rsplit("/", 1)[1] in self.sessions:
            return self.hosted_page(request, method, path.rsplit("/", 1)[1])
        if self.upstream:
            return self.forward(request, method, body)
        return self.reply(request, 404, self.error("Unrecognized request URL"))

    def create_session(self, form: dict, key: str) -> dict:
        with self.lock:
            if key and key in self.by_idempotency_key:
                return self.sessions[self.by_idempotency_key[key]]
            session_id = f"cs_test_{secrets.token_hex(12)}"
            session = {
                "id": session_id,
                "object": "checkout.session",
                "mode": form.get("mode"),
                "status": "open",
                "payment_status": "unpaid",
                "amount_total": int(form["line_items[0][price_data][unit_amount]"]),
                "currency": form["line_items[0][price_data][currency]"],
                "client_reference_id": form.get("client_reference_id"),
                "customer_email": form.get("customer_email"),
                "expires_at": int(form["expires_at"]),
                "success_url": form.get("success_url"),
                "cancel_url": form.get("cancel_url"),
                "metadata": {"order": form.get("metadata[order]")},
                "payment_intent": None,
                "url": f"{self.url}/c/pay/{session_id}",
            }
            self.sessions[session_id] = session
            if key:
                self.by_idempotency_key[key] = session_id
            return session

    def forward(self, request, method: str, body: bytes) -> None:
        upstream = urllib.request.Request(
            self.upstream + request.path,
            data=body or None,
            method=method,
            headers={
                "Authorization": request.headers.get("Authorization", ""),
                "Content-Type": request.headers.get(
                    "Content-Type", "application/x-www-form-urlencoded"
                ),
            },
        )
        try:
            with urllib.request.urlopen(upstream, timeout=10) as response:
                status, content = response.status, response.read()
        except urllib.error.HTTPError as error:
            status, content = error.code, error.read()
        self.reply_raw(request, status, content)

    def hosted_page(self, request, method: str, session_id: str) -> None:
        """Stripe's hosted Checkout page, reduced to one "Pay" button."""
        session = self.sessions[session_id]
        if method == "POST":
            self.pay(session_id)
            target = session["success_url"].replace("{CHECKOUT_SESSION_ID}", session_id)
            request.send_response(303)
            request.send_header("Location", target)
            request.send_header("Content-Length", "0")
            request.end_headers()
            return
        amount = f"{session['amount_total'] / 100:.2f}"
        html = (
            "<!DOCTYPE html><html lang='en'><title>Stripe Checkout (test)</title>"
            f"<h1>Pay {amount} {session['currency'].upper()}</h1>"
            f"<form method='post' action='/c/pay/{session_id}'>"
            "<button type='submit'>Pay</button></form></html>"
        ).encode()
        request.send_response(200)
        request.send_header("Content-Type", "text/html; charset=utf-8")
        request.send_header("Content-Length", str(len(html)))
        request.end_headers()
        request.wfile.write(html)

    @staticmethod
    def error(message: str) -> dict:
        return {"error": {"type": "invalid_request_error", "message": message}}

    def reply(self, request, status: int, data: dict) -> None:
        self.reply_raw(request, status, json.dumps(data).encode())

    @staticmethod
    def reply_raw(request, status: int, content: bytes) -> None:
        request.send_response(status)
        request.send_header("Content-Type", "application/json")
        request.send_header("Content-Length", str(len(content)))
        request.end_headers()
        request.wfile.write(content)

    # -- What a buyer does on the hosted page ---------------------------------------

    def pay(self, session_id: str, payment_intent: str = "") -> dict:
        """The buyer paid on Stripe's page: the session is complete and paid."""
        session = self.sessions[session_id]
        session.update(
            status="complete",
            payment_status="paid",
            payment_intent=payment_intent or f"pi_test_{secrets.token_hex(8)}",
        )
        return session

    def checkout_requests(self) -> list[dict]:
        return [
            form
            for method, path, form in self.requests
            if method == "POST" and path == "/v1/checkout/sessions"
        ]
