"""A real SMTP server (aiosmtpd) on a free local port, and the faults it can play.

    server = SmtpServer()           # started, accepts everything
    server.mailbox.refuse_data = "451 4.3.0 Try again later"
    server.stop()                   # the port refuses connections ...
    server.start()                  # ... until the server is back, on the same port
    server.mailbox.count_for("ana@example.org")

Only what the server accepted (its final "250" after DATA) is in ``received``.
"""

import asyncio
import email
import socket
import threading
import time
from collections import Counter
from dataclasses import dataclass, field

from aiosmtpd.controller import Controller


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class Received:
    recipients: list[str]
    message_id: str
    subject: str


@dataclass
class Mailbox:
    """The server's behaviour, changed by the test while it runs."""

    received: list[Received] = field(default_factory=list)
    refuse_mail: str | None = None  # e.g. "421 4.3.2 Service not available"
    refuse_rcpt: str | None = None  # e.g. "550 5.1.1 No such mailbox"
    refuse_data: str | None = None  # e.g. "451 4.3.0 Try again later"
    # A recipient whose RCPT waits until ``release`` is set (after ``entered``).
    hold_for: str | None = None
    # Or: the server keeps the message, then waits before its final "250".
    hold_after_data_for: str | None = None
    entered: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        if self.refuse_mail:
            return self.refuse_mail
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.hold_for and address.lower() == self.hold_for:
            self.entered.set()
            while not self.release.is_set():
                await asyncio.sleep(0.05)
        if self.refuse_rcpt:
            return self.refuse_rcpt
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.refuse_data:
            return self.refuse_data
        message = email.message_from_bytes(envelope.original_content)
        received = Received(
            recipients=[address.lower() for address in envelope.rcpt_tos],
            message_id=message["Message-ID"],
            subject=str(message["Subject"]),
        )
        self.received.append(received)
        if self.hold_after_data_for in received.recipients:
            self.hold_after_data_for = None
            self.entered.set()
            while not self.release.is_set():
                await asyncio.sleep(0.05)
        return "250 2.0.0 Accepted"

    def count_for(self, address: str) -> int:
        return sum(address.lower() in r.recipients for r in self.received)

    def counts(self) -> Counter:
        return Counter(a for r in self.received for a in r.recipients)


class SmtpServer:
    def __init__(self, port: int | None = None):
        self.port = port or free_port()
        self.mailbox = Mailbox()
        self._controller = None
        self.start()

    def start(self) -> None:
        self._controller = Controller(
            self.mailbox, hostname="127.0.0.1", port=self.port, ready_timeout=10
        )
        self._controller.start()

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None
        # The port refuses connections from now on.
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", self.port)) != 0:
                    return
            time.sleep(0.05)
