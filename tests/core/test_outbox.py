"""The one outbox: a mail is a row of the change's transaction, sent once after it."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.mail import EmailMessage, EmailMultiAlternatives, send_mail
from django.db import transaction
from django.utils import timezone, translation

from core.delivery import outbox_deliver, outbox_due, retry_delay
from core.models import OutboxMessage
from core.outbox import outbox_queue
from core.tasks import send_outbox_message, sweep_outbox
from tests.smtp import SmtpServer

pytestmark = pytest.mark.django_db


@pytest.fixture
def smtp(settings):
    """Deliver through a real SMTP server on this machine."""
    server = SmtpServer()
    settings.OUTBOX_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = server.port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_HOST_USER = ""
    settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_TIMEOUT = 5
    yield server
    server.stop()


def test_a_mail_rolled_back_with_its_change_is_never_recorded_nor_sent(
    django_capture_on_commit_callbacks,
):
    with (
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        send_mail("Paid", "Your tickets", None, ["ana@port.example"])
        assert OutboxMessage.objects.count() == 1  # in the change's transaction
        raise RuntimeError("the payment failed after all")

    assert OutboxMessage.objects.count() == 0
    assert mail.outbox == []


def test_a_mail_is_recorded_then_sent_after_commit_with_its_message_id(
    django_capture_on_commit_callbacks,
):
    message = EmailMultiAlternatives(
        "Bienvenue", "Texte", to=["Ana Souza <Ana@Port.example>"], cc=["b@x.example"]
    )
    message.attach_alternative("<p>Texte</p>", "text/html")
    message.attach("note.txt", b"hello", "text/plain")
    message.outbox_source = "cms.test.welcome"
    with (
        django_capture_on_commit_callbacks(execute=False) as callbacks,
        translation.override("es"),
    ):
        message.send()
    row = OutboxMessage.objects.get()
    assert row.state == OutboxMessage.State.PENDING and mail.outbox == []
    assert row.recipients.split("\n") == ["ana@port.example", "b@x.example"]

    for callback in callbacks:
        callback()

    row.refresh_from_db()
    [sent] = mail.outbox
    assert row.state == OutboxMessage.State.SENT and row.sent_at and row.attempts == 1
    assert row.source == "cms.test.welcome" and row.language == "es"
    assert sent.extra_headers["Message-ID"] == row.message_id
    assert sent.to == ["Ana Souza <Ana@Port.example>"] and sent.cc == ["b@x.example"]
    assert sent.alternatives[0][0] == "<p>Texte</p>"
    assert [(a[0], a[1]) for a in sent.attachments] == [("note.txt", "hello")]


def test_a_key_records_a_mail_once():
    for _ in range(2):
        outbox_queue(
            message=EmailMessage("Reçu", "Merci", to=["ana@port.example"]),
            source="accounts.newsletter.receipt",
            key="accounts.newsletter.1.receipt",
        )

    assert OutboxMessage.objects.count() == 1


def test_sending_again_sends_nothing(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        send_mail("Paid", "Your tickets", None, ["ana@port.example"])
    row = OutboxMessage.objects.get()

    assert send_outbox_message(row.pk) == "skipped"
    assert len(mail.outbox) == 1


def test_a_refused_attempt_is_retried_later_then_failed_for_staff(smtp, settings):
    settings.OUTBOX_MAX_ATTEMPTS = 3
    smtp.mailbox.refuse_data = "451 4.3.0 Try again later"
    row = outbox_queue(
        message=EmailMessage("Paid", "Tickets", to=["ana@port.example"]),
        source="ticketing.order.confirmation",
    )
    before = timezone.now()

    first = outbox_deliver(message_pk=row.pk)
    row.refresh_from_db()
    assert first.outcome == "retry" and first.retry_in == retry_delay(1) == 30
    assert row.state == OutboxMessage.State.PENDING and row.attempts == 1
    assert "451" in row.last_error and row.claim is None
    assert row.next_attempt_at >= before + timedelta(seconds=30)
    assert outbox_deliver(message_pk=row.pk).retry_in == 60
    assert outbox_deliver(message_pk=row.pk).outcome == "failed"

    row.refresh_from_db()
    assert row.state == OutboxMessage.State.FAILED and row.attempts == 3
    assert outbox_deliver(message_pk=row.pk).outcome == "skipped"
    assert smtp.mailbox.received == []


def test_the_backoff_doubles_up_to_its_cap(settings):
    settings.OUTBOX_RETRY_BASE_SECONDS = 30
    settings.OUTBOX_RETRY_MAX_SECONDS = 3600

    assert [retry_delay(n) for n in (1, 2, 3, 7, 8, 12)] == [
        30,
        60,
        120,
        1920,
        3600,
        3600,
    ]


def test_a_recipient_refused_for_good_fails_at_once(smtp):
    smtp.mailbox.refuse_rcpt = "550 5.1.1 No such mailbox"
    row = outbox_queue(
        message=EmailMessage("Paid", "Tickets", to=["nobody@port.example"]),
        source="ticketing.order.confirmation",
    )

    attempt = outbox_deliver(message_pk=row.pk)

    row.refresh_from_db()
    assert attempt.outcome == "failed"
    assert row.state == OutboxMessage.State.FAILED and row.attempts == 1
    assert "550" in row.last_error


def test_the_sweep_sends_what_the_broker_lost_and_leaves_live_claims(
    django_capture_on_commit_callbacks,
):
    lost = outbox_queue(
        message=EmailMessage("Lost", "Body", to=["lost@port.example"]),
        source="core.test.lost",
    )
    fresh = outbox_queue(
        message=EmailMessage("Fresh", "Body", to=["fresh@port.example"]),
        source="core.test.fresh",
    )
    sending = outbox_queue(
        message=EmailMessage("Sending", "Body", to=["busy@port.example"]),
        source="core.test.sending",
    )
    dead = outbox_queue(
        message=EmailMessage("Dead", "Body", to=["dead@port.example"]),
        source="core.test.dead",
    )
    long_ago = timezone.now() - timedelta(hours=1)
    OutboxMessage.objects.filter(pk__in=[lost.pk, sending.pk, dead.pk]).update(
        next_attempt_at=long_ago
    )
    # A live attempt holds one; a worker that died an hour ago held the other.
    OutboxMessage.objects.filter(pk=sending.pk).update(
        claim="00000000-0000-4000-8000-000000000001", claimed_at=timezone.now()
    )
    OutboxMessage.objects.filter(pk=dead.pk).update(
        claim="00000000-0000-4000-8000-000000000002", claimed_at=long_ago, attempts=1
    )

    assert {pk for pk, _claim in outbox_due()} == {lost.pk, dead.pk}
    assert sweep_outbox() == 2

    assert sorted(m.to[0] for m in mail.outbox) == [
        "dead@port.example",
        "lost@port.example",
    ]
    states = dict(OutboxMessage.objects.values_list("pk", "state"))
    assert states[fresh.pk] == states[sending.pk] == OutboxMessage.State.PENDING
    assert OutboxMessage.objects.get(pk=dead.pk).attempts == 2
    assert sweep_outbox() == 0


def test_a_task_without_the_stale_claim_leaves_a_claimed_row_alone():
    row = outbox_queue(
        message=EmailMessage("Paid", "Tickets", to=["ana@port.example"]),
        source="ticketing.order.confirmation",
    )
    OutboxMessage.objects.filter(pk=row.pk).update(
        claim="00000000-0000-4000-8000-000000000003", claimed_at=timezone.now()
    )

    assert send_outbox_message(row.pk) == "skipped"
    assert send_outbox_message(row.pk, "00000000-0000-4000-8000-000000000009") == (
        "skipped"
    )
    assert send_outbox_message(row.pk, "00000000-0000-4000-8000-000000000003") == (
        "sent"
    )
    assert len(mail.outbox) == 1
