"""An entry's file, read from the private storage for those who may read the entry.

Served as an attachment with a generated, safe name, ``nosniff`` and no caching,
so a file is never shown inline in the site's origin; from a bucket, as a redirect
to a short-lived signed URL that makes the bucket send it the same way
(core/storage.py).
"""

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404

from core.storage import private_file_response

from ..access import may_read_entry
from ..models import Edition, EntryFile
from ..selectors import AWARDED


@login_required
def entry_file(request, file_id: int):
    stored = (
        EntryFile.objects.select_related("entry__edition").filter(pk=file_id).first()
    )
    if stored is None or not may_read_entry(request.user, stored.entry):
        raise Http404
    response = private_file_response(
        stored.file.storage,
        stored.file.name,
        stored.name,
        content_type=stored.content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


def laureate_image(request, file_id: int):
    """An image of a winner or special mention, public once the results are
    announced and only if the entrant consented to publication."""
    stored = (
        EntryFile.objects.select_related("entry__edition")
        .filter(
            pk=file_id,
            kind=EntryFile.Kind.IMAGE,
            entry__consent_to_publish=True,
            entry__outcome__in=AWARDED,
            entry__edition__state__in=[
                Edition.State.ANNOUNCED,
                Edition.State.ARCHIVED,
            ],
        )
        .first()
    )
    if stored is None:
        raise Http404
    try:
        handle = stored.file.open("rb")
    except OSError as error:
        raise Http404 from error
    response = FileResponse(handle, content_type=stored.content_type)
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "public, max-age=86400"
    return response
