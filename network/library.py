"""What the library's pages show, and the members-only download of an item's file."""

import os

from django.http import Http404
from django.utils.text import slugify

from cms.selectors import paginate
from core.storage import private_file_response

from .access import may_use_library
from .selectors import join_url

PER_PAGE = 12


def library_items(index=None):
    from .models import LibraryItemPage

    items = (
        LibraryItemPage.objects.live()
        .select_related("cover")
        .prefetch_related("cover__renditions")
    )
    if index is not None:
        items = items.child_of(index)
    return items.order_by("-date", "-pk")


def index_context(page, request) -> dict:
    items = paginate(
        library_items(page), per_page=PER_PAGE, number=request.GET.get("page")
    )
    return {"items": items, "may_download": may_use_library(request.user)}


def item_context(page, request) -> dict:
    allowed = may_use_library(request.user)
    return {
        "may_download": allowed,
        "download_url": page.url + page.reverse_subpage("download")
        if allowed and page.document_id
        else "",
        "recording_url": page.recording_url if allowed else "",
        "join_url": "" if allowed else join_url(),
    }


def safe_filename(name: str) -> str:
    stem, extension = os.path.splitext(os.path.basename(name))
    extension = "".join(c for c in extension.lower() if c.isalnum())[:8]
    stem = slugify(stem)[:80] or "document"
    return f"{stem}.{extension}" if extension else stem


def download_response(page, request):
    """The item's file for members and staff (a short-lived signed URL from a
    bucket); 404 for anyone else, as if absent."""
    if not may_use_library(request.user) or page.document is None:
        raise Http404
    document = page.document
    response = private_file_response(
        document.file.storage, document.file.name, safe_filename(document.file.name)
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response
