"""``EMAIL_BACKEND``: every e-mail the site sends becomes an outbox row.

Code that builds an ``EmailMessage`` may label it for the outbox with attributes:

    message.outbox_source = "cms.contact.submission"   # dotted, shown in the admin
    message.outbox_key = f"cms.contact.{submission.pk}"  # once-only, optional
    message.outbox_carries_secret = True   # a sign-in link: the admin hides the body

Third-party code (allauth) sends through ``send()`` like everyone else; its messages
land in the same table. The real transport is ``OUTBOX_DELIVERY_BACKEND``.
"""

from django.core.mail.backends.base import BaseEmailBackend

from .outbox import DEFAULT_SOURCE, outbox_queue


class OutboxEmailBackend(BaseEmailBackend):
    """Records each message in the current transaction; it is sent after commit."""

    def send_messages(self, email_messages) -> int:
        count = 0
        for message in email_messages:
            if not message.recipients():
                continue
            outbox_queue(
                message=message,
                source=getattr(message, "outbox_source", DEFAULT_SOURCE),
                key=getattr(message, "outbox_key", None),
                carries_secret=getattr(message, "outbox_carries_secret", False),
            )
            count += 1
        return count
