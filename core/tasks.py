"""Background work of the outbox: send one e-mail, and the sweep that re-queues."""

from celery import shared_task
from django.conf import settings

from .delivery import outbox_deliver, outbox_due
from .exceptions import BusyError


@shared_task(
    bind=True,
    acks_late=True,
    autoretry_for=(BusyError,),
    retry_backoff=True,
    retry_backoff_max=600,
    max_retries=20,
)
def send_outbox_message(self, message_pk: int, takeover: str | None = None) -> str:
    """Send one outbox row once; a second run finds it sent (or claimed) and skips.

    A failed attempt is retried after the row's backoff. With eager Celery (no
    broker) the retry is left to the sweep: an inline retry would hold the request
    and ignore the countdown.
    """
    attempt = outbox_deliver(message_pk=message_pk, takeover=takeover)
    if attempt.retry_in is not None and not self.request.is_eager:
        raise self.retry(
            args=(message_pk, None),
            countdown=attempt.retry_in,
            max_retries=settings.OUTBOX_MAX_ATTEMPTS,
        )
    return attempt.outcome


@shared_task
def sweep_outbox() -> int:
    """Queue again the e-mails whose task was lost or whose worker died."""
    due = outbox_due()
    for message_pk, stale_claim in due:
        send_outbox_message.delay(message_pk, stale_claim)
    return len(due)
