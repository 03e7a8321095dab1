"""A package's files, for those who may read its lesson; and what the package reports.

Every file request checks the reader's access to the lesson again (the same rule as
the lesson page), and answers 404 to anyone else, so that nothing reveals whether
a package or a lesson exists.
"""

import json
import mimetypes
import posixpath
import re

from csp.constants import NONE, SELF, UNSAFE_EVAL, UNSAFE_INLINE
from csp.decorators import csp
from django.core.files.storage import default_storage
from django.http import (
    FileResponse,
    Http404,
    HttpRequest,
    HttpResponse,
    JsonResponse,
    StreamingHttpResponse,
)
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.clickjacking import xframe_options_sameorigin
from django.views.decorators.http import require_POST, require_safe

from ..access import (
    course_of,
    facilitated_promotion,
    is_course_staff,
    learning_enrolment,
    module_release_date,
    release_dates,
)
from ..exceptions import CoursesError
from ..models import LessonPage, Promotion
from ..services.scorm import scorm_record
from .storage import member_path
from .validation import safe_member_name

MAX_BODY = 64 * 1024
CHUNK = 64 * 1024
RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")
# Content types by extension, whatever the server's own mimetypes table says.
CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".svg": "image/svg+xml",
    ".json": "application/json",
    ".xml": "application/xml",
    ".woff": "font/woff",
    ".woff2": "font/woff2",
    ".ttf": "font/ttf",
    ".mp4": "video/mp4",
    ".webm": "video/webm",
    ".mp3": "audio/mpeg",
    ".vtt": "text/vtt",
}
# Server-side scripts and programs are never shown: they are sent as downloads.
DOWNLOADED = {
    ".py", ".php", ".phtml", ".cgi", ".pl", ".sh", ".bat", ".cmd", ".exe", ".dll",
    ".jsp", ".asp", ".aspx", ".rb", ".jar", ".msi", ".ps1", ".so",
}  # fmt: skip
# A package runs its own scripts (inline ones included) in a sandboxed frame of
# this site, and reaches nothing outside the site.
PACKAGE_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, UNSAFE_INLINE, UNSAFE_EVAL],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:"],
        "font-src": [SELF, "data:"],
        "media-src": [SELF, "data:", "blob:"],
        "connect-src": [SELF],
        "frame-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
        "sandbox": [
            "allow-scripts",
            "allow-same-origin",
            "allow-forms",
            "allow-popups",
        ],
    }
}


def may_read(user, lesson: LessonPage) -> bool:
    """The lesson page's rule: learners (enrolled or completed) of a running or
    ended promotion once the lesson's module is released for them, facilitators
    likewise, and staff who may edit the lesson when they are not its learners."""
    course = course_of(lesson)
    enrolment = learning_enrolment(user=user, course=course)
    if enrolment is None and is_course_staff(user=user, page=lesson):
        return True
    if not lesson.live:
        return False
    if enrolment is not None:
        promotion = enrolment.promotion
    else:
        promotion = facilitated_promotion(user=user, course=course)
    if promotion is None:
        return False
    module = lesson.get_parent().specific
    release_on = module_release_date(promotion, release_dates(promotion), module)
    return release_on <= timezone.localdate()


def content_type_for(path: str) -> tuple[str, bool]:
    """The type to send a file as, and whether it is sent as a download."""
    extension = posixpath.splitext(path)[1].lower()
    if extension in DOWNLOADED:
        return "application/octet-stream", True
    if extension in CONTENT_TYPES:
        return CONTENT_TYPES[extension], False
    guessed, _encoding = mimetypes.guess_type(path)
    return guessed or "application/octet-stream", False


@require_safe
@xframe_options_sameorigin
@csp(PACKAGE_POLICY["DIRECTIVES"])
def scorm_file(request: HttpRequest, package_id: int, lesson_id: int, path: str):
    if not safe_member_name(path) or path.endswith("/"):
        raise Http404
    lesson = LessonPage.objects.filter(pk=lesson_id).select_related("package").first()
    if lesson is None or lesson.package_id != package_id or lesson.package is None:
        raise Http404
    if not may_read(request.user, lesson):
        raise Http404
    name = member_path(lesson.package.folder, path)
    try:
        handle = default_storage.open(name, "rb")
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError) as error:
        raise Http404 from error
    content_type, download = content_type_for(path)
    response = _file_response(request, handle, name, content_type, download)
    if response.status_code != 416 and not download:
        # Shown in the frame: a Content-Disposition would mark it as a bare file.
        del response["Content-Disposition"]
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private"
    return response


def _requested_range(header: str, size: int):
    """``(start, end)`` of a single ``Range: bytes=…`` request, None for the whole
    file, or False when the range cannot be served."""
    match = RANGE.match(header.strip())
    if not header or match is None:
        return None
    first, last = match.groups()
    if not first and not last:
        return None
    if not first:  # the last N bytes
        length = int(last)
        if length == 0:
            return False
        return max(size - length, 0), size - 1
    start = int(first)
    end = min(int(last), size - 1) if last else size - 1
    if start >= size or end < start:
        return False
    return start, end


def _chunks(handle, remaining: int):
    with handle:
        while remaining > 0:
            data = handle.read(min(CHUNK, remaining))
            if not data:
                return
            remaining -= len(data)
            yield data


def _file_response(request, handle, name, content_type, download):
    """The file, or the part of it a video player asked for (status 206)."""
    size = default_storage.size(name)
    requested = _requested_range(request.headers.get("Range", ""), size)
    filename = posixpath.basename(name)
    if requested is False:
        handle.close()
        response = HttpResponse(status=416)
        response["Content-Range"] = f"bytes */{size}"
    elif requested is None or download:
        response = FileResponse(
            handle, content_type=content_type, as_attachment=download, filename=filename
        )
    else:
        start, end = requested
        handle.seek(start)
        response = StreamingHttpResponse(
            _chunks(handle, end - start + 1), status=206, content_type=content_type
        )
        response["Content-Range"] = f"bytes {start}-{end}/{size}"
        response["Content-Length"] = str(end - start + 1)
    response["Accept-Ranges"] = "bytes"
    return response


def _too_large(request) -> bool:
    declared = request.META.get("CONTENT_LENGTH") or "0"
    if declared.isdigit() and int(declared) > MAX_BODY:
        return True
    return len(request.body) > MAX_BODY


def _json_error(message, status: int) -> JsonResponse:
    return JsonResponse(
        {"ok": False, "result": False, "error": str(message)}, status=status
    )


@require_POST
def scorm_runtime(request: HttpRequest, lesson_id: int):
    """What the package reports (flattened ``cmi`` data), for the learner's own
    enrolment in a running promotion."""
    if not request.user.is_authenticated:
        return _json_error(_("Sign in to record your progress."), 403)
    lesson = get_object_or_404(
        LessonPage.objects.live().select_related("package"), pk=lesson_id
    )
    if lesson.package is None:
        raise Http404
    enrolment = learning_enrolment(user=request.user, course=course_of(lesson))
    if enrolment is None or not may_read(request.user, lesson):
        raise Http404
    if enrolment.promotion.state != Promotion.State.RUNNING:
        return _json_error(
            _("This promotion is not running: progress is no longer recorded."), 403
        )
    if _too_large(request):
        return _json_error(_("The activity sent too much data."), 413)
    try:
        data = json.loads(request.body or b"{}")
    except (ValueError, UnicodeDecodeError):
        return _json_error(_("The activity sent data the site cannot read."), 400)
    try:
        scorm_record(enrolment=enrolment, lesson=lesson, data=data)
    except CoursesError as error:
        status = 400 if error.code == "shape" else 403
        return _json_error(error.message, status)
    return JsonResponse({"ok": True, "result": True, "errorCode": 0})
