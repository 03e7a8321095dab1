"""Private files given by permission-checked views.

The view decides who may have the file; this module decides how it travels. From the
local disk it is streamed, as before. From an S3-compatible bucket the answer is a
redirect to a signed URL that expires after ``PRIVATE_MEDIA_URL_SECONDS`` and makes
the bucket send the file as an attachment that nothing may cache, so gunicorn never
carries the bytes. Images are not private: their URLs are unsigned and stable
(config/settings/media.py).
"""

import mimetypes

from django.conf import settings
from django.http import FileResponse, Http404, HttpResponseRedirect
from django.utils.http import content_disposition_header

NO_STORE = "private, no-store"


def in_bucket(storage) -> bool:
    """True for S3-compatible storage (django-storages' S3Storage)."""
    from storages.backends.s3 import S3Storage

    return isinstance(storage, S3Storage)


def signed_url(
    storage,
    name: str,
    filename: str,
    *,
    as_attachment: bool = True,
    content_type: str | None = None,
    seconds: int | None = None,
) -> str:
    """A GET URL of one object, signed by the storage's credentials, valid for
    ``seconds`` (``PRIVATE_MEDIA_URL_SECONDS`` by default).

    Signed with the bucket's own client, whatever the storage's
    ``querystring_auth`` and custom domain: the default storage gives images
    unsigned, but a document from it is signed all the same.
    """
    from storages.utils import clean_name

    params = {
        "Bucket": storage.bucket_name,
        "Key": storage._normalize_name(clean_name(name)),
        "ResponseCacheControl": NO_STORE,
        "ResponseContentType": content_type
        or mimetypes.guess_type(filename)[0]
        or "application/octet-stream",
    }
    disposition = content_disposition_header(as_attachment, filename)
    if disposition:
        params["ResponseContentDisposition"] = disposition
    if seconds is None:
        seconds = settings.PRIVATE_MEDIA_URL_SECONDS
    return storage.connection.meta.client.generate_presigned_url(
        "get_object", Params=params, ExpiresIn=seconds
    )


def private_file_response(
    storage,
    name: str,
    filename: str,
    *,
    as_attachment: bool = True,
    content_type: str | None = None,
):
    """The file for someone the view has let through: a redirect to a short-lived
    signed URL from a bucket, else the file streamed from the disk (404 if it is
    gone)."""
    if in_bucket(storage):
        response = HttpResponseRedirect(
            signed_url(
                storage,
                name,
                filename,
                as_attachment=as_attachment,
                content_type=content_type,
            )
        )
        response["Cache-Control"] = NO_STORE
        return response
    try:
        handle = storage.open(name, "rb")
    except OSError as error:
        raise Http404 from error
    return FileResponse(
        handle,
        as_attachment=as_attachment,
        filename=filename,
        content_type=content_type,
    )


def document_redirect(document, request):
    """After every check of Wagtail's serve view, a document in a bucket is a
    redirect to a short-lived signed URL; None (Wagtail streams it) on the disk."""
    if not in_bucket(document.file.storage):
        return None
    from wagtail.documents.models import document_served

    # What Wagtail's view would send had it served the file itself.
    document_served.send(sender=type(document), instance=document, request=request)
    return private_file_response(
        document.file.storage,
        document.file.name,
        document.filename,
        as_attachment=document.content_disposition != "inline",
        content_type=document.content_type,
    )
