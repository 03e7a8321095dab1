"""Pages that show a page just published, built then, not by their first visitor.

Wagtail makes an image's rendition while the first page that shows it is built; an
AVIF takes a noticeable time (docs/performance.md, "Image renditions"). Once a page
is published, a task asks for it in-process as an anonymous visitor would, with its
parent (the listing that shows its card) and its language's home page: every
``{% picture %}`` and ``{% image %}`` on them makes its renditions then, their
parts the publish renewed (``{% keep %}``, decision 0015) are built again, and the
page cache keeps the pages so built. The next visitor, signed in or not, finds
them ready. A rendition already made costs nothing. A page that fails to build is
logged and skipped: its first visitor builds it, as before.
"""

import logging
from urllib.parse import urlsplit

from django.test import Client  # an in-process WSGI request; nothing leaves
from wagtail.models import Page

logger = logging.getLogger(__name__)


def pages_to_prepare(page: Page) -> list[Page]:
    """The page, the listing above it and its language's home page."""
    pages = [page]
    for other in page.get_ancestors().live().filter(depth__gte=2).reverse()[:2]:
        pages.append(other)
    return pages


def prepare(page_id: int) -> list[str]:
    """Build the published page and the pages that show it; their addresses."""
    page = Page.objects.live().filter(pk=page_id).first()
    if page is None:
        return []
    client = Client(raise_request_exception=False)
    built = []
    for target in pages_to_prepare(page):
        url = target.get_full_url()
        if not url:
            continue
        parts = urlsplit(url)
        response = client.get(
            parts.path, HTTP_HOST=parts.netloc, secure=parts.scheme == "https"
        )
        if response.status_code == 200:
            built.append(url)
        else:
            logger.warning(
                "Preparing %s after a publish answered %s", url, response.status_code
            )
    return built
