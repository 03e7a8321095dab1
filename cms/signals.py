"""Reactions to Wagtail's page events."""

from wagtail.signals import page_published

from .models import EventPage
from .services import event_publication_record


def _event_published(sender, instance, **kwargs) -> None:
    event_publication_record(event_id=instance.pk)


def connect() -> None:
    page_published.connect(
        _event_published, sender=EventPage, dispatch_uid="cms_event_published"
    )
