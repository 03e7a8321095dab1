"""A Celery worker killed (SIGKILL) in the middle of sending: nothing lost, nothing
sent twice, counted in what a real SMTP server accepted. PostgreSQL and Redis only."""

import signal
import time

import pytest
from django.conf import settings
from django.core.mail import send_mail
from django.db import connection

from core.models import OutboxMessage
from core.tasks import sweep_outbox
from tests.smtp import SmtpServer
from tests.workers import celery_worker_queue, wait_for

pytestmark = [
    pytest.mark.skipif(not settings.REDIS_URL, reason="needs REDIS_URL (a broker)"),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="the worker process needs a database server shared with the test",
    ),
    pytest.mark.django_db(transaction=True),
]

PEOPLE = ["ana@port.example", "bruno@port.example", "chen@port.example"]


@pytest.fixture
def smtp():
    server = SmtpServer()
    yield server
    server.mailbox.release.set()
    server.stop()


def smtp_env(server: SmtpServer, **extra) -> dict:
    return {
        "OUTBOX_DELIVERY_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_URL": f"smtp://127.0.0.1:{server.port}",
        **{name: str(value) for name, value in extra.items()},
    }


def test_a_worker_killed_while_sending_loses_nothing_and_sends_nothing_twice(smtp):
    # The server keeps the first recipient's transaction open (before DATA).
    smtp.mailbox.hold_for = PEOPLE[0]
    with celery_worker_queue() as start:
        first = start(smtp_env(smtp))
        for email in PEOPLE:  # each commits at once and queues its send
            send_mail(f"Ticket for {email}", "Your ticket", None, [email])

        assert smtp.mailbox.entered.wait(timeout=60), "the worker never sent"
        held = OutboxMessage.objects.get(to=[PEOPLE[0]])
        assert held.claim is not None and held.attempts == 1
        first.send_signal(signal.SIGKILL)  # in the middle of the SMTP transaction
        first.wait(timeout=10)
        smtp.mailbox.release.set()

        # A new worker; the claim of the dead one is stale after a second here.
        start(smtp_env(smtp, OUTBOX_CLAIM_SECONDS=1, OUTBOX_SWEEP_GRACE_SECONDS=0))
        time.sleep(1.5)
        sweep_outbox.delay()  # what beat does every minute
        assert wait_for(
            lambda: (
                set(OutboxMessage.objects.values_list("state", flat=True)) == {"sent"}
            )
        )
        sweep_outbox.delay()
        time.sleep(2)

    assert smtp.mailbox.counts() == dict.fromkeys(PEOPLE, 1)
    held.refresh_from_db()
    assert held.attempts == 2 and held.state == OutboxMessage.State.SENT
    assert [
        r.message_id for r in smtp.mailbox.received if PEOPLE[0] in r.recipients
    ] == [held.message_id]


def test_a_kill_after_the_server_kept_the_mail_resends_the_same_message(
    smtp,
):
    """The one duplicate the design allows (docs/mail.md): the server has kept the
    message when the worker dies before stamping it sent. It goes out again, with the
    same Message-ID, so the two copies are recognisably one message."""
    smtp.mailbox.hold_after_data_for = PEOPLE[0]
    with celery_worker_queue() as start:
        first = start(smtp_env(smtp))
        send_mail("Your ticket", "Ticket", None, [PEOPLE[0]])
        assert smtp.mailbox.entered.wait(timeout=60), "the worker never sent"
        first.send_signal(signal.SIGKILL)  # after DATA, before the final reply
        first.wait(timeout=10)
        smtp.mailbox.release.set()

        start(smtp_env(smtp, OUTBOX_CLAIM_SECONDS=1, OUTBOX_SWEEP_GRACE_SECONDS=0))
        time.sleep(1.5)
        sweep_outbox.delay()
        row = OutboxMessage.objects.get()
        assert wait_for(lambda: OutboxMessage.objects.get().state == "sent")

    assert [r.message_id for r in smtp.mailbox.received] == [row.message_id] * 2
