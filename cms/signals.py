"""Reactions to Wagtail's page events."""

from django.conf import settings
from django.db import transaction
from wagtail.signals import page_published, page_unpublished

from core import pagecache

from .models import EventPage
from .services import event_publication_record
from .sitewide import shown_site_wide


def _event_published(sender, instance, **kwargs) -> None:
    event_publication_record(event_id=instance.pk)


def _page_published(sender, instance, **kwargs) -> None:
    if settings.PREPARE_PUBLISHED_PAGES:
        from .tasks import prepare_published_page

        transaction.on_commit(lambda: prepare_published_page.delay(instance.pk))


def _site_page_changed(sender, instance, **kwargs) -> None:
    # Publishing any page renews ``content``; one the menu shows, the site too.
    if shown_site_wide(instance):
        pagecache.bump(pagecache.SITE)


def connect() -> None:
    for signal in (page_published, page_unpublished):
        signal.connect(_site_page_changed, dispatch_uid=f"cms-site-{id(signal)}")
    page_published.connect(_page_published, dispatch_uid="cms_page_published")
    page_published.connect(
        _event_published, sender=EventPage, dispatch_uid="cms_event_published"
    )
