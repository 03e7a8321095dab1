"""What renews the page cache's tags (core/pagecache.py): Wagtail's publish,
unpublish, move and delete signals, and the saving of the records public pages
show (``PAGE_CACHE_CONTENT_MODELS``, snippets, settings).

Bumped whether the page cache is on or off: the parts pages keep
(``remembered``, ``{% keep %}``) depend on the same versions.
"""

import functools

from django.conf import settings

from core import frontcache
from core.pagecache import CONTENT, SITE, bump, page_tags


def _is_content(sender, created: bool) -> bool:
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
    from wagtail.models import Page
    from wagtail.snippets.models import get_snippet_models

    if not isinstance(sender, type):
        return False
    if issubclass(sender, (BaseSiteSetting, BaseGenericSetting)):
        # A site's settings are created, empty, the first time a page reads them.
        return not created
    if sender._meta.label in settings.PAGE_CACHE_CONTENT_MODELS:
        return True
    return sender in get_snippet_models() and not issubclass(sender, Page)


@functools.cache
def _is_page_part(sender) -> bool:
    """An article's author, a practice's gallery image: saved when its page is
    published, which renews what shows the page (``_page_changed``)."""
    from modelcluster.fields import ParentalKey
    from wagtail.models import Page

    return any(
        isinstance(field, ParentalKey) and issubclass(field.related_model, Page)
        for field in sender._meta.get_fields()
    )


def _content_saved(sender, created=False, **kwargs) -> None:
    if _is_content(sender, created):
        if _is_page_part(sender):
            bump(CONTENT)
        else:
            bump(CONTENT, SITE)


def _page_changed(instance=None, **kwargs) -> None:
    # The site's parts too when the page is one of theirs (cms.sitewide).
    bump(CONTENT, *(page_tags(instance) if instance is not None else ()))


def _page_moved(**kwargs) -> None:
    bump(CONTENT, SITE)


def _page_deleted(sender, **kwargs) -> None:
    from wagtail.models import Page

    if isinstance(sender, type) and issubclass(sender, Page):
        bump(CONTENT, SITE)


def connect() -> None:
    """Published pages and the records public pages show change ``content``."""
    from django.apps import apps
    from django.db.models.signals import post_delete, post_save

    for label in settings.PAGE_CACHE_CONTENT_MODELS:
        apps.get_model(label)  # a misspelt model fails here, not silently
    from wagtail.signals import page_published, page_unpublished, post_page_move

    for signal in (page_published, page_unpublished):
        signal.connect(_page_changed, dispatch_uid=f"pagecache-page-{id(signal)}")
    post_page_move.connect(_page_moved, dispatch_uid="pagecache-page-moved")
    post_delete.connect(_page_deleted, dispatch_uid="pagecache-page-deleted")
    for signal in (post_save, post_delete):
        signal.connect(_content_saved, dispatch_uid=f"pagecache-content-{id(signal)}")
    frontcache.connect_signals()
