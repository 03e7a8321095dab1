"""Checks on the files prize entrants upload, before they reach private storage.

``clean_upload(upload, kind=..., max_bytes=...)`` returns a ``CleanFile`` or raises
``AwardsError`` with a translated message for the entrant and one of these codes:

- ``file_name``: the name is empty, longer than 255 characters, holds a path (``/``,
  ``\\``, ``..``) or a control/format character (``\\x00``, a newline, the U+202E
  right-to-left override that disguises ``gpj.pdf`` as ``fdp.jpg``...). The stored
  display name is rebuilt anyway: the slugified stem plus the extension of the type
  found in the content, at most 120 characters.
- ``file_empty`` / ``file_too_large``: ``upload.size`` is checked first, so an
  oversized file is refused without being read; reading stops at ``max_bytes + 1``
  whatever ``size`` claims.
- ``file_type``: the type is decided by the first bytes only, never by the name or
  the content type the browser sent. Images are JPEG, PNG or WebP; documents are
  PDF (``%PDF-`` at byte 0 and ``%%EOF`` in the last 2048 bytes). Anything else,
  or an image where a document is expected (and the reverse), is refused.
- ``pdf_unsafe``: an HTML/PDF polyglot (HTML markers in the first 1024 bytes) or a
  PDF naming active or embedded content (``/JavaScript``, ``/JS``, ``/Launch``,
  ``/EmbeddedFile``, ``/RichMedia``, ``/XFA``, also when spelt with ``#xx``
  escapes). Accepted PDFs are stored exactly as sent. This is a screen, not a
  proof: names inside compressed object streams (PDF 1.5+) are invisible to it.
  What makes PDFs safe to serve is elsewhere: they are always sent as attachments
  with ``X-Content-Type-Options: nosniff`` and the stored content type, never
  inline, so a browser never runs them as a page.
- ``image_too_large``: more than ``MAX_IMAGE_PIXELS`` pixels, read from the header
  before any pixel is decoded (a "pixel flood" of a few KB can decode to GBs).
- ``image_unreadable``: Pillow cannot decode the image, or finds another format
  than the first bytes announced.

Images are always re-encoded, so what is stored is pixels Pillow wrote, never the
entrant's bytes: turned upright from the EXIF orientation, stripped of all metadata
(EXIF with GPS position, camera serial, XMP, comments, text chunks), shrunk so the
longest side is at most ``MAX_IMAGE_SIDE`` and saved in the format they came in.
The colour (ICC) profile is kept when it still matches the pixels (RGB profile on
RGB pixels, grey on grey): dropping it would shift the colours of wide-gamut
photos, and it says nothing about the entrant. Only the first frame of an animated
PNG or WebP is kept.
"""

from __future__ import annotations

import io
import re
import unicodedata
import warnings
from dataclasses import dataclass

from django.utils.formats import number_format
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps

from .exceptions import AwardsError

MAX_IMAGE_PIXELS = 40_000_000
MAX_IMAGE_SIDE = 4000
MAX_NAME_LENGTH = 255
MAX_CLEAN_NAME_LENGTH = 120
MB = 1024 * 1024

PDF_TAIL = 2048
PDF_HEAD = 1024
PDF_HTML_MARKERS = (b"<html", b"<script", b"<!doctype", b"<body", b"<iframe", b"<svg")

# Unicode categories refused in names: controls, format characters (bidi
# overrides, zero-width joiners...), lone surrogates, line/paragraph separators.
_REFUSED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})

# A PDF name runs from "/" to the next white-space or delimiter character.
_PDF_DELIMITERS = rb"\x00\t\n\x0c\r ()<>\[\]{}/%"
_PDF_ACTIVE_NAME = re.compile(
    rb"/(?:JavaScript|JS(?:[" + _PDF_DELIMITERS + rb"]|\Z)"
    rb"|Launch|EmbeddedFile|RichMedia|XFA)"
)
_PDF_ESCAPED_NAME = re.compile(
    rb"/[^" + _PDF_DELIMITERS + rb"]*#[0-9A-Fa-f]{2}[^" + _PDF_DELIMITERS + rb"]*"
)
_PDF_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")


@dataclass(frozen=True)
class CleanFile:
    content: bytes  # the bytes to store: re-encoded for images, as sent for PDFs
    name: str  # slugified stem + extension of the real type, at most 120 chars
    extension: str  # "pdf" | "jpg" | "png" | "webp"
    content_type: str  # "application/pdf" | "image/jpeg" | "image/png" | ...
    width: int | None
    height: int | None


@dataclass(frozen=True)
class _FileType:
    kind: str  # "image" | "document"
    extension: str
    content_type: str
    pillow_format: str = ""  # the format Pillow opens and saves it as


PDF = _FileType("document", "pdf", "application/pdf")
JPEG = _FileType("image", "jpg", "image/jpeg", "JPEG")
PNG = _FileType("image", "png", "image/png", "PNG")
WEBP = _FileType("image", "webp", "image/webp", "WEBP")

KINDS = ("image", "document")

# Pillow reports a JPEG holding several pictures (many cameras) as MPO.
_PILLOW_FORMATS = {"JPEG": {"JPEG", "MPO"}, "PNG": {"PNG"}, "WEBP": {"WEBP"}}

_SAVE_OPTIONS = {
    "JPEG": {"quality": 88, "optimize": True, "progressive": True},
    "PNG": {"optimize": True},
    "WEBP": {"quality": 85},
}

# The colour space an ICC profile declares (header bytes 16-20), by pixel mode.
_ICC_SPACES = {"RGB": b"RGB ", "RGBA": b"RGB ", "L": b"GRAY"}


def clean_upload(upload, *, kind: str, max_bytes: int) -> CleanFile:
    """kind is "image" (JPEG, PNG, WebP) or "document" (PDF). Raises AwardsError."""
    if kind not in KINDS:
        raise ValueError(f"Unknown upload kind: {kind!r}")
    if max_bytes <= 0:
        raise ValueError("max_bytes must be positive")
    name = _checked_name(getattr(upload, "name", None))
    data = _read_limited(upload, name, max_bytes)
    file_type = detect_type(data)
    if file_type is None or file_type.kind != kind:
        raise _type_error(kind, name)
    if file_type is PDF:
        _check_pdf(data, name)
        content, width, height = data, None, None
    else:
        content, width, height = _reencode_image(data, file_type, name)
    return CleanFile(
        content=content,
        name=clean_name(name, file_type.extension),
        extension=file_type.extension,
        content_type=file_type.content_type,
        width=width,
        height=height,
    )


# Name


def _checked_name(name: object) -> str:
    if not isinstance(name, str) or not name or len(name) > MAX_NAME_LENGTH:
        raise _name_error()
    if "/" in name or "\\" in name or name in (".", ".."):
        raise _name_error()
    if any(unicodedata.category(char) in _REFUSED_CATEGORIES for char in name):
        raise _name_error()
    return name


def clean_name(original: str, extension: str) -> str:
    """The slugified stem of ``original`` with ``extension``, e.g. "site-plan.pdf"."""
    stem = original.rsplit(".", 1)[0] if "." in original else original
    room = MAX_CLEAN_NAME_LENGTH - len(extension) - 1
    slug = slugify(stem)[:room].strip("-_") or "file"
    return f"{slug}.{extension}"


def _name_error() -> AwardsError:
    return AwardsError(
        _(
            "This file name cannot be accepted. Please rename the file using "
            "only letters, numbers and dashes, then upload it again."
        ),
        code="file_name",
    )


# Size


def _read_limited(upload, name: str, max_bytes: int) -> bytes:
    size = getattr(upload, "size", None)
    if size is not None and size > max_bytes:
        raise _too_large_error(name, max_bytes)
    if hasattr(upload, "seek"):
        upload.seek(0)
    data = upload.read(max_bytes + 1)
    if not data:
        raise AwardsError(
            _("“%(name)s” is empty. Please check the file and upload it again.")
            % {"name": name},
            code="file_empty",
        )
    if len(data) > max_bytes:
        raise _too_large_error(name, max_bytes)
    return bytes(data)


def _too_large_error(name: str, max_bytes: int) -> AwardsError:
    return AwardsError(
        _("“%(name)s” is too large. Files can be at most %(limit)s MB.")
        % {"name": name, "limit": _megabytes(max_bytes)},
        code="file_too_large",
    )


def _megabytes(size: int) -> str:
    value = size / MB
    value = round(value, 1) if value >= 1 else max(round(value, 2), 0.01)
    return number_format(int(value) if value == int(value) else value)


# Type


def detect_type(data: bytes) -> _FileType | None:
    """The accepted type the content's first bytes announce, None for any other."""
    if data.startswith(b"%PDF-"):
        return PDF if b"%%EOF" in data[-PDF_TAIL:] else None
    if data.startswith(b"\xff\xd8\xff"):
        return JPEG
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return WEBP
    return None


def _type_error(kind: str, name: str) -> AwardsError:
    if kind == "image":
        message = _(
            "“%(name)s” is not a JPEG, PNG or WebP image. Please upload an image "
            "in one of these formats."
        )
    else:
        message = _(
            "“%(name)s” is not a PDF document. Please upload your document as a PDF."
        )
    return AwardsError(message % {"name": name}, code="file_type")


# PDF


def _check_pdf(data: bytes, name: str) -> None:
    head = data[:PDF_HEAD].lower()
    if any(marker in head for marker in PDF_HTML_MARKERS) or has_active_content(data):
        raise AwardsError(
            _(
                "“%(name)s” contains scripts, attachments or other interactive "
                "content that cannot be accepted. Please save it again as a plain "
                "PDF (for example with “Print to PDF”) and upload the new file."
            )
            % {"name": name},
            code="pdf_unsafe",
        )


def has_active_content(data: bytes) -> bool:
    """Whether the PDF names JavaScript, launch actions, attachments, Flash or XFA."""
    if _PDF_ACTIVE_NAME.search(data):
        return True
    # "/J#61vaScript" is "/JavaScript" to a PDF reader.
    return any(
        _PDF_ACTIVE_NAME.search(_unescape_name(match.group()))
        for match in _PDF_ESCAPED_NAME.finditer(data)
    )


def _unescape_name(name: bytes) -> bytes:
    return _PDF_ESCAPE.sub(lambda match: bytes([int(match.group(1), 16)]), name)


# Images


def _reencode_image(
    data: bytes, file_type: _FileType, name: str
) -> tuple[bytes, int, int]:
    """The image decoded and saved again, upright, without metadata, downscaled."""
    with warnings.catch_warnings():
        # Pillow only warns between its own limit and twice it. The filter is
        # process-wide and not thread-safe, hence the explicit check below too.
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(data), formats=[file_type.pillow_format])
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise _too_many_pixels_error(name) from None
        except Exception as error:
            raise _unreadable_error(name) from error
        with image:
            width, height = image.size
            if width * height > MAX_IMAGE_PIXELS:
                raise _too_many_pixels_error(name)
            if image.format not in _PILLOW_FORMATS[file_type.pillow_format]:
                raise _unreadable_error(name)
            try:
                return _redraw(image, file_type.pillow_format)
            except (Image.DecompressionBombError, Image.DecompressionBombWarning):
                raise _too_many_pixels_error(name) from None
            except Exception as error:  # any decoder failure on untrusted bytes
                raise _unreadable_error(name) from error


def _redraw(image: Image.Image, pillow_format: str) -> tuple[bytes, int, int]:
    image.load()
    icc_profile = image.info.get("icc_profile")
    upright = ImageOps.exif_transpose(image)
    pixels = _normalised_mode(upright, pillow_format)
    if max(pixels.size) > MAX_IMAGE_SIDE:
        pixels.thumbnail((MAX_IMAGE_SIDE, MAX_IMAGE_SIDE), Image.Resampling.LANCZOS)
    pixels.info = {}  # EXIF, XMP, comments, text chunks, transparency...
    options = dict(_SAVE_OPTIONS[pillow_format])
    if _profile_fits(icc_profile, pixels.mode):
        options["icc_profile"] = icc_profile
    output = io.BytesIO()
    pixels.save(output, format=pillow_format, **options)
    return output.getvalue(), pixels.width, pixels.height


def _normalised_mode(image: Image.Image, pillow_format: str) -> Image.Image:
    """RGB or grey, with alpha where the format keeps it (JPEG has none)."""
    if image.mode in ("I", "I;16", "I;16B", "I;16L"):  # 16-bit grey PNG
        image = image.convert("I").point(lambda value: value / 257).convert("L")
    if pillow_format != "JPEG" and image.has_transparency_data:
        target = "RGBA"  # LA, PA, P or L/RGB with a transparent colour
    elif image.mode in ("1", "L") and pillow_format != "WEBP":
        target = "L"
    else:
        target = "RGB"  # CMYK, P, YCbCr...
    return image if image.mode == target else image.convert(target)


def _profile_fits(icc_profile: object, mode: str) -> bool:
    return (
        isinstance(icc_profile, bytes)
        and len(icc_profile) >= 20
        and icc_profile[16:20] == _ICC_SPACES.get(mode)
    )


def _too_many_pixels_error(name: str) -> AwardsError:
    return AwardsError(
        _(
            "“%(name)s” has too many pixels. Please resize it to at most "
            "%(megapixels)s megapixels and upload it again."
        )
        % {"name": name, "megapixels": MAX_IMAGE_PIXELS // 1_000_000},
        code="image_too_large",
    )


def _unreadable_error(name: str) -> AwardsError:
    return AwardsError(
        _(
            "“%(name)s” could not be read as an image; it may be damaged. Please "
            "export it again from your photo software and upload the new file."
        )
        % {"name": name},
        code="image_unreadable",
    )
