"""Reactions to Wagtail's page events."""

from django.conf import settings
from django.db import transaction
from wagtail.signals import page_published

from .models import EventPage
from .services import event_publication_record


def _event_published(sender, instance, **kwargs) -> None:
    event_publication_record(event_id=instance.pk)


def _page_published(sender, instance, **kwargs) -> None:
    if settings.PREPARE_PUBLISHED_PAGES:
        from .tasks import prepare_published_page

        transaction.on_commit(lambda: prepare_published_page.delay(instance.pk))


def connect() -> None:
    page_published.connect(_page_published, dispatch_uid="cms_page_published")
    page_published.connect(
        _event_published, sender=EventPage, dispatch_uid="cms_event_published"
    )
