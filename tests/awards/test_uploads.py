"""The checks on entrants' uploads: type by content, size, name, PDF and images."""

import io
import struct
import zlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import ExifTags, Image, ImageCms

from awards.exceptions import AwardsError
from awards.uploads import MAX_IMAGE_SIDE, CleanFile, clean_upload

pytestmark = pytest.mark.usefixtures("english")  # messages read in English
MAX = 5 * 1024 * 1024
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
SVG = (
    b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg">'
    b"<script>alert(1)</script></svg>\n"
)
NOT_ACCEPTED = {
    "windows executable": b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + b"\x00" * 100,
    "elf executable": b"\x7fELF\x02\x01\x01" + b"\x00" * 100,
    "html": b"<!DOCTYPE html><html><script>alert(1)</script></html>",
    "svg": SVG,
    "gif": b"GIF89a\x01\x00\x01\x00\x00\x00\x00;",
    "zip": b"PK\x03\x04" + b"\x00" * 100,
    "text": b"just some words",
}


def upload(content: bytes, name: str = "file.bin") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type="application/octet-stream")


def image_bytes(fmt: str, size=(64, 48), mode="RGB", colour="teal", **options):
    buffer = io.BytesIO()
    Image.new(mode, size, colour).save(buffer, fmt, **options)
    return buffer.getvalue()


def png_claiming(width: int, height: int) -> bytes:
    """A small PNG whose header announces width x height pixels (a pixel flood)."""
    data = bytearray(image_bytes("PNG", (8, 8), mode="1", colour=0))
    data[16:24] = struct.pack(">II", width, height)
    data[29:33] = struct.pack(">I", zlib.crc32(bytes(data[12:29])))
    return bytes(data)


def refused(file, code: str, *, kind: str, max_bytes: int = MAX) -> str:
    with pytest.raises(AwardsError) as caught:
        clean_upload(file, kind=kind, max_bytes=max_bytes)
    assert caught.value.code == code
    message = str(caught.value.message)
    assert isinstance(message, str) and message.strip()
    return message


def reopened(clean: CleanFile) -> Image.Image:
    image = Image.open(io.BytesIO(clean.content))
    image.load()
    return image


# Accepted files


def test_a_valid_pdf_is_stored_as_sent():
    clean = clean_upload(upload(PDF, "Site plan.PDF"), kind="document", max_bytes=MAX)

    assert clean == CleanFile(
        content=PDF,
        name="site-plan.pdf",
        extension="pdf",
        content_type="application/pdf",
        width=None,
        height=None,
    )


def test_a_jpeg_is_re_encoded_upright_without_exif_or_gps():
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = 6  # shot with the phone turned: rotate
    exif[ExifTags.Base.Make] = "SpyCam"
    exif[ExifTags.IFD.GPSInfo] = {
        ExifTags.GPS.GPSLatitudeRef: "N",
        ExifTags.GPS.GPSLatitude: (48.0, 51.0, 24.0),
    }
    sent = image_bytes("JPEG", (64, 48), exif=exif)
    assert Image.open(io.BytesIO(sent)).getexif().get_ifd(ExifTags.IFD.GPSInfo)

    clean = clean_upload(upload(sent, "IMG_0001.jpeg"), kind="image", max_bytes=MAX)

    assert (clean.name, clean.extension, clean.content_type) == (
        "img_0001.jpg",
        "jpg",
        "image/jpeg",
    )
    assert (clean.width, clean.height) == (48, 64)
    image = reopened(clean)
    assert (image.format, image.size, image.mode) == ("JPEG", (48, 64), "RGB")
    assert not image.getexif()
    assert "exif" not in image.info
    assert b"Exif" not in clean.content
    assert b"SpyCam" not in clean.content


def test_a_png_with_alpha_stays_a_png_with_alpha():
    sent = image_bytes("PNG", (30, 20), mode="RGBA", colour=(255, 0, 0, 128))

    clean = clean_upload(upload(sent, "logo.png"), kind="image", max_bytes=MAX)

    assert (clean.extension, clean.content_type) == ("png", "image/png")
    image = reopened(clean)
    assert (image.format, image.mode, image.size) == ("PNG", "RGBA", (30, 20))
    assert image.getpixel((0, 0)) == (255, 0, 0, 128)


def test_a_palette_png_with_transparency_becomes_rgba():
    sent = image_bytes("PNG", (10, 10), mode="P", colour=0, transparency=0)

    image = reopened(clean_upload(upload(sent, "a.png"), kind="image", max_bytes=MAX))

    assert image.mode == "RGBA"
    assert image.getpixel((0, 0))[3] == 0


def test_a_webp_is_accepted():
    sent = image_bytes("WEBP", (40, 30))

    clean = clean_upload(upload(sent, "view.webp"), kind="image", max_bytes=MAX)

    assert (clean.name, clean.content_type) == ("view.webp", "image/webp")
    assert (clean.width, clean.height) == (40, 30)
    assert reopened(clean).format == "WEBP"


def test_a_cmyk_jpeg_is_converted_to_rgb():
    sent = image_bytes("JPEG", (16, 16), mode="CMYK", colour=(0, 255, 255, 0))

    image = reopened(clean_upload(upload(sent, "a.jpg"), kind="image", max_bytes=MAX))

    assert image.mode == "RGB"


def test_a_matching_colour_profile_is_kept():
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    sent = image_bytes("JPEG", (16, 16), icc_profile=profile)

    image = reopened(clean_upload(upload(sent, "a.jpg"), kind="image", max_bytes=MAX))

    assert image.info.get("icc_profile") == profile


def test_a_large_image_is_scaled_down_to_the_longest_side():
    sent = image_bytes("PNG", (MAX_IMAGE_SIDE + 500, 90))

    clean = clean_upload(upload(sent, "wide.png"), kind="image", max_bytes=MAX)

    assert clean.width == MAX_IMAGE_SIDE
    assert clean.height == 80
    assert reopened(clean).size == (MAX_IMAGE_SIDE, 80)


@pytest.mark.parametrize("name", ["photo.jpg", "photo.pdf", "photo"])
def test_the_extension_follows_the_content(name):
    sent = image_bytes("PNG")

    clean = clean_upload(upload(sent, name), kind="image", max_bytes=MAX)

    assert (clean.name, clean.extension) == ("photo.png", "png")
    assert clean.content_type == "image/png"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Étude du port (v2).pdf", "etude-du-port-v2.pdf"),
        ("港口.pdf", "file.pdf"),
        (".pdf", "file.pdf"),
        ("a" * 200 + ".pdf", "a" * 116 + ".pdf"),
    ],
)
def test_the_stored_name_is_a_short_slug(name, expected):
    clean = clean_upload(upload(PDF, name), kind="document", max_bytes=MAX)

    assert clean.name == expected
    assert len(clean.name) <= 120


# Refused: type


@pytest.mark.parametrize("content", NOT_ACCEPTED.values(), ids=NOT_ACCEPTED.keys())
@pytest.mark.parametrize("kind", ["image", "document"])
def test_other_types_are_refused_whatever_their_name(content, kind):
    for name in ("report.pdf", "image.png", "photo.jpg"):
        refused(upload(content, name), "file_type", kind=kind)


def test_a_renamed_windows_executable_is_refused():
    file = upload(b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 200, "report.pdf")

    message = refused(file, "file_type", kind="document")

    assert "report.pdf" in message
    assert "PDF" in message


def test_an_svg_named_png_is_refused_as_an_image():
    message = refused(upload(SVG, "image.png"), "file_type", kind="image")

    assert "JPEG, PNG or WebP" in message


def test_an_svg_is_refused_as_a_document():
    refused(upload(SVG, "plan.pdf"), "file_type", kind="document")


def test_an_image_is_refused_where_a_document_is_expected():
    refused(upload(image_bytes("PNG"), "plan.pdf"), "file_type", kind="document")


def test_a_pdf_is_refused_where_an_image_is_expected():
    refused(upload(PDF, "photo.jpg"), "file_type", kind="image")


@pytest.mark.parametrize(
    "content",
    [
        PDF.replace(b"%%EOF", b""),  # truncated
        b"%PDF-1.4\n%%EOF\n" + b"x" * 3000,  # %%EOF not at the end
        b" " + PDF,  # not at byte 0
    ],
)
def test_a_pdf_without_its_markers_in_place_is_refused(content):
    refused(upload(content, "a.pdf"), "file_type", kind="document")


# Refused: PDF content


def test_an_html_pdf_polyglot_is_refused():
    content = b"%PDF-1.4\n<html><script>alert(1)</script></html>\n" + PDF[9:]

    message = refused(upload(content, "a.pdf"), "pdf_unsafe", kind="document")

    assert "a.pdf" in message


@pytest.mark.parametrize(
    "active",
    [
        b"/OpenAction<</S/JavaScript/JS(app.alert(1))>>",
        b"/AA<</O<</S/JavaScript /JS 5 0 R>>>>",
        b"/JS<6170702e616c657274283129>",
        b"/OpenAction<</S/Launch/F(cmd.exe)>>",
        b"/Names<</EmbeddedFiles 3 0 R>>",
        b"/Type/EmbeddedFile",
        b"/RichMedia 4 0 R",
        b"/AcroForm<</XFA 6 0 R>>",
        b"/OpenAction<</S/J#61vaScript/J#53(app.alert(1))>>",
    ],
)
def test_a_pdf_with_active_content_is_refused(active):
    content = b"%PDF-1.4\n1 0 obj<<" + active + b">>endobj\ntrailer<<>>\n%%EOF\n"

    refused(upload(content, "a.pdf"), "pdf_unsafe", kind="document")


@pytest.mark.parametrize(
    "marker", [b"<HTML>", b"<!DOCTYPE html>", b"<svg ", b"<iframe"]
)
def test_html_markers_at_the_start_of_a_pdf_are_refused(marker):
    content = b"%PDF-1.4\n%" + marker + b"\n" + PDF[9:]

    refused(upload(content, "a.pdf"), "pdf_unsafe", kind="document")


def test_names_that_only_look_alike_are_accepted():
    content = b"%PDF-1.4\n1 0 obj<</JSON 1/Title(JavaScript book)>>endobj\n%%EOF\n"

    clean = clean_upload(upload(content, "a.pdf"), kind="document", max_bytes=MAX)

    assert clean.content == content


# Refused: size


class _Unreadable:
    """A file that fails the test if the upload is read."""

    def read(self, *args):
        pytest.fail("The file was read although its size was already too large")

    seek = read


def test_an_oversized_file_is_refused_from_its_size_without_reading():
    file = upload(b"%PDF-1.4\n" + b"x" * 1991, "big.pdf")
    file.file = _Unreadable()
    assert file.size == 2000

    message = refused(file, "file_too_large", kind="document", max_bytes=1000)

    assert "MB" in message


def test_an_oversized_file_is_refused_when_its_size_lies():
    file = upload(b"%PDF-1.4\n" + b"x" * 1991 + b"%%EOF", "big.pdf")
    file.size = 10

    refused(file, "file_too_large", kind="document", max_bytes=1000)


def test_the_limit_is_given_in_mb():
    file = upload(b"x" * (3 * 1024 * 1024))

    message = refused(file, "file_too_large", kind="image", max_bytes=2 * 1024 * 1024)

    assert "2 MB" in message


def test_an_empty_file_is_refused():
    refused(upload(b"", "empty.pdf"), "file_empty", kind="document")


# Refused: images


def test_a_pixel_flood_png_is_refused_before_decoding():
    sent = image_bytes("PNG", (8000, 6000), mode="1", colour=0)  # 48 Mpx
    assert len(sent) < 100_000

    refused(upload(sent, "flood.png"), "image_too_large", kind="image")


@pytest.mark.parametrize(
    ("width", "height"),
    [
        (10_000, 10_000),  # past Pillow's own limit: it warns
        (20_000, 20_000),  # past twice that: it raises
        (100_000, 401),  # long and thin
    ],
)
def test_a_png_announcing_too_many_pixels_is_refused(width, height):
    sent = png_claiming(width, height)

    refused(upload(sent, "flood.png"), "image_too_large", kind="image")


@pytest.mark.parametrize(
    "content",
    [
        b"\x89PNG\r\n\x1a\n" + b"garbage" * 10,
        image_bytes("JPEG", (200, 200), colour="red")[:300],  # truncated
        b"RIFF\x10\x00\x00\x00WEBPVP8 " + b"\x00" * 20,
        b"\xff\xd8\xff" + b"\x00" * 50,
    ],
)
def test_an_undecodable_image_is_refused(content):
    refused(upload(content, "broken.jpg"), "image_unreadable", kind="image")


# Refused: names


@pytest.mark.parametrize(
    "name",
    [
        "../report.pdf",
        "../../etc/passwd",
        "dir/report.pdf",
        "C:\\Users\\report.pdf",
        "..",
        "a\x00b.pdf",
        "\u202egpj.pdf",
        "a\nb.pdf",
        "a\rb.pdf",
        "zero\u200bwidth.pdf",
        "",
        None,
        "a" * 252 + ".pdf",
    ],
)
def test_unsafe_names_are_refused(name):
    file = upload(PDF, "placeholder.pdf")
    file._name = name  # the multipart parser and the setter would clean it

    refused(file, "file_name", kind="document")


def test_an_unknown_kind_is_a_programming_error():
    with pytest.raises(ValueError, match="kind"):
        clean_upload(upload(PDF, "a.pdf"), kind="video", max_bytes=MAX)
