"""The PDFs and calendar files a buyer receives."""

from .models import Outbox


def attachments_for(outbox: Outbox) -> list[tuple[str, bytes, str]]:
    """Files attached to an outbox mail: none until the documents are rendered."""
    return []
