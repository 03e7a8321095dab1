"""How image renditions are encoded.

Wagtail makes a rendition the first time a page asks for it, while that page is
being rendered. AVIF is the slowest of the formats the pictures offer: at libavif's
default speed (6), a 1600 px hero takes over a second. Speed 8 encodes it about four
times faster for files some 6 % larger (docs/performance.md), so the default here is
8; IMAGE_AVIF_SPEED (0 slowest and smallest, 10 fastest) sets it.
"""

from django.conf import settings
from PIL import AvifImagePlugin, Image


def encode_avif_at_configured_speed() -> None:
    """Give Pillow's AVIF encoder the configured speed unless a caller set one."""
    save = AvifImagePlugin._save

    def save_at_speed(image, fp, filename):
        image.encoderinfo.setdefault("speed", settings.IMAGE_AVIF_SPEED)
        return save(image, fp, filename)

    Image.register_save(AvifImagePlugin.AvifImageFile.format, save_at_speed)
