"""The mail server refuses or is down for a while: no request fails, every mail goes
out once it is back, and none twice (counted in what a real SMTP server accepted)."""

from contextlib import contextmanager

import pytest

from config.celery import app as celery_app
from core.models import OutboxMessage
from core.tasks import sweep_outbox
from tests.accounts.fixtures import fresh_cache  # noqa: F401 (fixture)
from tests.smtp import SmtpServer, free_port

# Sign-ups are rate-limited per address in the cache: each test starts afresh.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

PASSWORD = "correct horse battery staple"  # noqa: S105
PEOPLE = ["ana@port.example", "bruno@port.example", "chen@port.example"]


@pytest.fixture
def smtp(settings):
    """Delivery through a real SMTP server; a failed attempt is due again at once
    (as if the backoff had passed) so the beat sweep can be run by the test."""
    server = SmtpServer()
    settings.OUTBOX_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = server.port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_HOST_USER = ""
    settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_TIMEOUT = 5
    settings.OUTBOX_RETRY_BASE_SECONDS = 0
    settings.OUTBOX_SWEEP_GRACE_SECONDS = 0
    yield server
    server.stop()


def sign_up_everyone(client) -> None:
    for email in PEOPLE:
        response = client.post(
            "/en/accounts/signup/",
            {"email": email, "password1": PASSWORD, "password2": PASSWORD},
        )
        assert response.status_code == 302  # the visitor sees nothing wrong
        client.logout()


def states() -> set[str]:
    return set(OutboxMessage.objects.values_list("state", flat=True))


@pytest.mark.parametrize(
    ("fault", "reply"),
    [
        ("refuse_mail", "421 4.3.2 Service not available, closing channel"),
        ("refuse_data", "451 4.3.0 Temporary local problem, try again later"),
    ],
)
def test_a_refusing_server_delays_the_mail_and_loses_none(
    committing_client, smtp, fault, reply
):
    setattr(smtp.mailbox, fault, reply)

    sign_up_everyone(committing_client)
    assert sweep_outbox() == 3  # still refused: tried again, still pending

    rows = OutboxMessage.objects.all()
    assert rows.count() == 3 and states() == {"pending"}
    assert {row.attempts for row in rows} == {2}
    assert all(reply[:3] in row.last_error for row in rows)
    assert smtp.mailbox.received == []

    setattr(smtp.mailbox, fault, None)  # the server is back
    assert sweep_outbox() == 3
    assert sweep_outbox() == 0

    assert states() == {"sent"}
    assert smtp.mailbox.counts() == dict.fromkeys(PEOPLE, 1)
    assert {r.message_id for r in smtp.mailbox.received} == set(
        OutboxMessage.objects.values_list("message_id", flat=True)
    )


def test_a_server_down_for_a_while_gets_every_mail_once_it_is_back(
    committing_client, smtp
):
    smtp.stop()

    sign_up_everyone(committing_client)
    sweep_outbox()

    assert states() == {"pending"}
    assert all(
        "refused" in row.last_error.lower() for row in OutboxMessage.objects.all()
    )

    smtp.start()
    sweep_outbox()
    sweep_outbox()

    assert states() == {"sent"}
    assert smtp.mailbox.counts() == dict.fromkeys(PEOPLE, 1)


@contextmanager
def broker_down():
    """Tasks go to a Redis broker that cannot be reached (nothing on its port)."""
    conf = celery_app.conf
    saved = (conf.broker_url, conf.task_always_eager)
    pools = (celery_app._pool, celery_app.amqp._producer_pool)
    conf.broker_url = f"redis://127.0.0.1:{free_port()}/0"
    conf.task_always_eager = False
    celery_app._pool = celery_app.amqp._producer_pool = None
    try:
        yield
    finally:
        conf.broker_url, conf.task_always_eager = saved
        celery_app._pool, celery_app.amqp._producer_pool = pools


def test_a_broker_down_at_commit_loses_no_mail(committing_client, smtp):
    with broker_down():
        sign_up_everyone(committing_client)  # each commits, its task cannot be queued

    rows = OutboxMessage.objects.all()
    assert rows.count() == 3 and states() == {"pending"}
    assert {row.attempts for row in rows} == {0}
    assert smtp.mailbox.received == []

    assert sweep_outbox() == 3  # the broker is back: beat's sweep
    assert sweep_outbox() == 0
    assert states() == {"sent"}
    assert smtp.mailbox.counts() == dict.fromkeys(PEOPLE, 1)
