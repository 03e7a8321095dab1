"""The one outbox: every e-mail the site sends is a row before it is a delivery.

    message = EmailMessage(subject, body, to=[buyer.email])
    outbox_queue(message=message, source="ticketing.order.confirmation",
                 key=f"ticketing.order.{order.pk}.confirmation")

``outbox_queue`` writes the row in the caller's transaction, so the mail exists if
and only if the change that caused it committed, and queues the send task after
commit. ``EMAIL_BACKEND`` (``core.mail.OutboxEmailBackend``) calls it for every
``EmailMessage.send()``, so mails of third-party code (allauth) land here too.
Delivery is ``core.delivery``; the whole design is in docs/mail.md.
"""

import logging
import re
from collections.abc import Callable, Iterable
from datetime import timedelta
from email.mime.base import MIMEBase
from email.utils import getaddresses, make_msgid

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from .audit import audit_record
from .exceptions import AppError
from .locking import locked_atomic
from .models import OutboxAttachment, OutboxMessage

logger = logging.getLogger(__name__)

SOURCE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$")
DEFAULT_SOURCE = "core.mail.other"
# Apps name the functions that render a mail's heavy parts (PDFs) at its first
# send attempt: ``@hooks.register(RENDERER_HOOK)`` returning ``{name: function}``.
RENDERER_HOOK = "register_outbox_renderer"


class OutboxError(AppError):
    """A staff action on an outgoing e-mail was refused."""


def addresses(values: Iterable[str]) -> list[str]:
    """The bare, lower-cased e-mail addresses of ``"Name <address>"`` values."""
    return [address.lower() for _name, address in getaddresses(list(values)) if address]


def attachment_rows(message: EmailMessage) -> list[OutboxAttachment]:
    rows = []
    for position, attachment in enumerate(message.attachments):
        if isinstance(attachment, MIMEBase):
            filename = attachment.get_filename() or f"attachment-{position + 1}"
            content = attachment.get_payload(decode=True) or b""
            mimetype = attachment.get_content_type()
        else:
            filename, content, mimetype = attachment
        if isinstance(content, str):
            content = content.encode()
        rows.append(
            OutboxAttachment(
                position=position,
                filename=filename or f"attachment-{position + 1}",
                content=content,
                mimetype=mimetype or "application/octet-stream",
            )
        )
    return rows


def _html_alternative(message: EmailMessage) -> str:
    for content, mimetype in getattr(message, "alternatives", None) or []:
        if mimetype == "text/html":
            return content
    return ""


def outbox_queue(
    *,
    message: EmailMessage,
    source: str,
    key: str | None = None,
    language: str | None = None,
    renderer: str = "",
    render_args: dict | None = None,
    carries_secret: bool = False,
) -> OutboxMessage:
    """Record one e-mail in the current transaction; it is sent after the commit.

    ``key`` makes the mail once-only: a second call with the same key writes
    nothing and returns the first row (a unique index enforces it). ``renderer``
    names a function (see ``RENDERER_HOOK``) that renders the attachments at the
    first send attempt, outside the caller's transaction and locks.
    """
    if not SOURCE.match(source):
        raise ValueError(f"outbox sources are dotted names: {source!r}")
    if key:
        existing = OutboxMessage.objects.filter(idempotency_key=key).first()
        if existing is not None:
            return existing
    headers = {
        name: str(value)
        for name, value in message.extra_headers.items()
        if name.lower() != "message-id"
    }
    row = OutboxMessage(
        message_id=message.extra_headers.get("Message-ID")
        or make_msgid(domain=settings.OUTBOX_MESSAGE_ID_DOMAIN),
        source=source,
        idempotency_key=key or None,
        language=language or translation.get_language() or "",
        from_email=message.from_email or settings.DEFAULT_FROM_EMAIL,
        to=list(message.to),
        cc=list(message.cc),
        bcc=list(message.bcc),
        reply_to=list(message.reply_to),
        recipients="\n".join(addresses(message.recipients())),
        subject=str(message.subject),
        body=str(message.body),
        html_body=_html_alternative(message),
        headers=headers,
        carries_secret=carries_secret,
        renderer=renderer,
        render_args=render_args or {},
    )
    with transaction.atomic():  # the row and its files, whole or not at all
        try:
            with transaction.atomic():
                row.save()
        except IntegrityError:
            if key:  # a concurrent transaction recorded the same mail first
                return OutboxMessage.objects.get(idempotency_key=key)
            raise
        attachments = attachment_rows(message)
        for attachment in attachments:
            attachment.message = row
        OutboxAttachment.objects.bulk_create(attachments)
        send_after_commit(row.pk)
    return row


def send_after_commit(message_pk: int, takeover: str | None = None) -> None:
    """Queue the send task once the transaction commits.

    ``robust``: a broker that cannot be reached (or, with eager Celery, a failing
    inline send) never fails the request; the row stays pending for the sweep.
    """

    def enqueue():
        from .tasks import send_outbox_message

        send_outbox_message.delay(message_pk, takeover)

    transaction.on_commit(enqueue, robust=True)


def renderer_named(name: str) -> Callable[..., EmailMessage]:
    for found in hooks.get_hooks(RENDERER_HOOK):
        functions = found()
        if name in functions:
            return functions[name]
    raise LookupError(f"no outbox renderer is registered as {name!r}")


def outbox_retry(*, message: OutboxMessage, actor) -> OutboxMessage:
    """Staff send a failed (or stuck) e-mail again: a new round of attempts."""
    now = timezone.now()
    with locked_atomic():
        row = OutboxMessage.objects.select_for_update().get(pk=message.pk)
        if row.state == OutboxMessage.State.SENT:
            raise OutboxError(_("This e-mail was already sent."), code="sent")
        stale = now - timedelta(seconds=settings.OUTBOX_CLAIM_SECONDS)
        if row.claimed_at is not None and row.claimed_at > stale:
            raise OutboxError(_("This e-mail is being sent right now."), code="sending")
        from_state = row.state
        row.state = OutboxMessage.State.PENDING
        row.attempts = 0
        row.next_attempt_at = now
        row.claimed_at = None
        row.claim = None
        row.save(
            update_fields=[
                "state",
                "attempts",
                "next_attempt_at",
                "claimed_at",
                "claim",
            ]
        )
        audit_record(
            subject=row,
            actor=actor,
            action="core.outbox.retried",
            from_state=from_state,
            to_state=row.state,
            data={"source": row.source, "message_id": row.message_id},
        )
        send_after_commit(row.pk)
    return row


# --- Personal data ------------------------------------------------------------------


def outbox_messages_to(emails: Iterable[str]):
    """Rows with any of these addresses among their recipients (to, cc or bcc)."""
    wanted = set(addresses(emails))
    if not wanted:
        return OutboxMessage.objects.none()
    candidates = OutboxMessage.objects.none()
    for email in wanted:
        candidates |= OutboxMessage.objects.filter(recipients__icontains=email)
    pks = [
        pk
        for pk, recipients in candidates.values_list("pk", "recipients")
        if wanted & set(recipients.split("\n"))
    ]
    return OutboxMessage.objects.filter(pk__in=pks)


def outbox_privacy_export(emails: Iterable[str]) -> list[dict]:
    """The e-mails sent (or to be sent) to these addresses, as the export lists them."""
    return [
        {
            "created_at": row.created_at.isoformat(),
            "sent_at": row.sent_at.isoformat() if row.sent_at else None,
            "state": row.state,
            "source": row.source,
            "to": row.to,
            "subject": row.subject,
        }
        for row in outbox_messages_to(emails).order_by("created_at", "pk")
    ]


def outbox_messages_about(emails: Iterable[str], names: Iterable[str] = ()):
    """Rows addressed to the person, or whose subject or body names them.

    A mail to staff about someone (a contact message, a join request) holds their
    address or full name; it goes with them too.
    """
    mentions = [term for term in [*addresses(emails), *names] if term and term.strip()]
    about = Q()
    for term in mentions:
        about |= Q(subject__icontains=term) | Q(body__icontains=term)
    rows = outbox_messages_to(emails)
    if mentions:
        rows = rows | OutboxMessage.objects.filter(about)
    return rows


def outbox_privacy_erase(emails: Iterable[str], names: Iterable[str] = ()) -> int:
    """Delete the e-mails to or about the person (with their attachments)."""
    pks = list(outbox_messages_about(emails, names).values_list("pk", flat=True))
    deleted, _by_model = OutboxMessage.objects.filter(pk__in=pks).delete()
    return deleted
