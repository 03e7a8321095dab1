"""Delivering one outbox row: claim it, render what is left, send it, stamp it sent.

Three short transactions; none is open while the mail server talks:

1. claim: lock the row; if it is pending and unclaimed (or still holds the stale
   claim the sweep names), stamp a fresh claim token and time and count the attempt;
2. render the heavy parts if the row names a renderer and has not been rendered
   (stored, so every later attempt sends the same bytes), then hand the message,
   with the row's own Message-ID, to ``OUTBOX_DELIVERY_BACKEND``;
3. stamp it sent, or record the error and the next attempt time (exponential
   backoff with a cap), or "failed" after ``OUTBOX_MAX_ATTEMPTS``.

A row already sent, or claimed by a live attempt, is left alone, so a duplicate
task sends nothing. A worker killed after the server's final "250 OK" and before
step 3 commits leaves its claim: after ``OUTBOX_CLAIM_SECONDS`` the sweep queues the
row again and the message goes out a second time, with the same Message-ID. That
window is the one way to a duplicate; docs/mail.md says why it is the safest choice.
"""

import logging
import smtplib
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from .locking import locked_atomic
from .models import OutboxAttachment, OutboxMessage
from .outbox import addresses, attachment_rows, renderer_named

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Attempt:
    """What one call of ``outbox_deliver`` did: sent, skipped, retry or failed."""

    outcome: str
    retry_in: int | None = None


class ClaimLost(Exception):
    """The sweep gave this row to another attempt while this one was rendering."""


def retry_delay(attempts: int) -> int:
    """Seconds before the next attempt: doubling from the base, up to the cap."""
    delay = settings.OUTBOX_RETRY_BASE_SECONDS * 2 ** max(attempts - 1, 0)
    return min(delay, settings.OUTBOX_RETRY_MAX_SECONDS)


def _claim(message_pk: int, takeover: str | None) -> OutboxMessage | None:
    with locked_atomic():
        row = (
            OutboxMessage.objects.select_for_update(skip_locked=True)
            .filter(pk=message_pk, state=OutboxMessage.State.PENDING)
            .first()
        )
        if row is None:
            return None  # sent, failed, erased, or being claimed right now
        if row.claim is not None and str(row.claim) != (takeover or ""):
            return None  # another attempt holds it
        row.claim = uuid.uuid4()
        row.claimed_at = timezone.now()
        row.attempts += 1
        row.save(update_fields=["claim", "claimed_at", "attempts"])
    return row


def _render(row: OutboxMessage) -> None:
    """Render the heavy parts once and store them with the row."""
    message = renderer_named(row.renderer)(**row.render_args)
    attachments = attachment_rows(message)
    with transaction.atomic():
        locked = (
            OutboxMessage.objects.select_for_update()
            .filter(pk=row.pk, claim=row.claim)
            .first()
        )
        if locked is None:
            raise ClaimLost
        if not locked.subject and not locked.body:
            # A row carried over from before the outbox held whole messages.
            locked.subject = str(message.subject)
            locked.body = str(message.body)
            locked.to = locked.to or list(message.to)
            locked.recipients = "\n".join(addresses(locked.to))
        locked.rendered_at = timezone.now()
        locked.save()
        locked.attachments.all().delete()
        for attachment in attachments:
            attachment.message = locked
        OutboxAttachment.objects.bulk_create(attachments)


def outbox_message_build(row: OutboxMessage) -> EmailMultiAlternatives:
    """The e-mail as it leaves: the stored parts and the row's own Message-ID."""
    message = EmailMultiAlternatives(
        subject=row.subject,
        body=row.body,
        from_email=row.from_email,
        to=row.to,
        cc=row.cc,
        bcc=row.bcc,
        reply_to=row.reply_to,
        headers={**row.headers, "Message-ID": row.message_id},
    )
    if row.html_body:
        message.attach_alternative(row.html_body, "text/html")
    for attachment in row.attachments.all():
        message.attach(
            attachment.filename, bytes(attachment.content), attachment.mimetype
        )
    return message


def _permanent(error: Exception) -> bool:
    """Every recipient was refused for good (5xx): trying again will not help."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return all(code >= 500 for code, _text in error.recipients.values())
    return False


def _failed(row: OutboxMessage, error: Exception) -> Attempt:
    final = _permanent(error) or row.attempts >= settings.OUTBOX_MAX_ATTEMPTS
    delay = retry_delay(row.attempts)
    updated = OutboxMessage.objects.filter(pk=row.pk, claim=row.claim).update(
        state=OutboxMessage.State.FAILED if final else OutboxMessage.State.PENDING,
        claim=None,
        claimed_at=None,
        last_error=f"{type(error).__name__}: {error}"[:2000],
        next_attempt_at=timezone.now() + timedelta(seconds=delay),
    )
    if not updated:
        return Attempt("skipped")
    log = logger.error if final else logger.warning
    log(
        "E-mail %s (%s), attempt %s: %s",
        row.pk,
        row.source,
        row.attempts,
        error,
        exc_info=not isinstance(error, OSError | smtplib.SMTPException),
    )
    return Attempt("failed") if final else Attempt("retry", delay)


def outbox_deliver(*, message_pk: int, takeover: str | None = None) -> Attempt:
    """Send one outbox row if it is still owed; safe to call any number of times."""
    row = _claim(message_pk, takeover)
    if row is None:
        return Attempt("skipped")
    try:
        if row.renderer and row.rendered_at is None:
            _render(row)
            row.refresh_from_db()
        message = outbox_message_build(row)
        connection = get_connection(settings.OUTBOX_DELIVERY_BACKEND)
        if connection.send_messages([message]) != 1:
            raise RuntimeError("The delivery backend sent nothing.")
    except ClaimLost:
        return Attempt("skipped")
    except Exception as error:  # noqa: BLE001 - recorded on the row, retried
        return _failed(row, error)
    unsent = OutboxMessage.objects.filter(pk=row.pk).exclude(
        state=OutboxMessage.State.SENT
    )
    unsent.update(
        state=OutboxMessage.State.SENT,
        sent_at=timezone.now(),
        claim=None,
        claimed_at=None,
        last_error="",
    )
    # A sign-in link is not kept once it has left: a sent row is never sent again.
    OutboxMessage.objects.filter(pk=row.pk, carries_secret=True).update(
        body="", html_body=""
    )
    return Attempt("sent")


def outbox_due(*, now: datetime | None = None, limit: int = 500) -> list[tuple]:
    """Rows the sweep queues again: ``(pk, stale claim or None)``.

    Pending rows whose task never ran (the broker was down at commit, or the retry
    was lost) once their time is ``OUTBOX_SWEEP_GRACE_SECONDS`` past, and claims
    older than ``OUTBOX_CLAIM_SECONDS`` (their worker died).
    """
    now = now or timezone.now()
    due = now - timedelta(seconds=settings.OUTBOX_SWEEP_GRACE_SECONDS)
    stale = now - timedelta(seconds=settings.OUTBOX_CLAIM_SECONDS)
    rows = (
        OutboxMessage.objects.filter(state=OutboxMessage.State.PENDING)
        .filter(
            Q(claim__isnull=True, next_attempt_at__lte=due)
            | Q(claim__isnull=False, claimed_at__lte=stale)
        )
        .order_by("next_attempt_at", "pk")
        .values_list("pk", "claim")[:limit]
    )
    return [(pk, str(claim) if claim else None) for pk, claim in rows]
