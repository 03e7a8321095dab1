import io

import pytest
from django.core.exceptions import ValidationError
from PIL import Image
from wagtail.blocks import StructBlockValidationError

from cms.blocks import BaseStreamBlock
from tests.cms.factories import ImageFactory, NewsArticlePageFactory

pytestmark = pytest.mark.django_db


def test_content_image_needs_alt_text_unless_decorative():
    block = BaseStreamBlock().child_blocks["image"].child_blocks["image"]
    image = ImageFactory()

    with pytest.raises((ValidationError, StructBlockValidationError)):
        block.clean(
            block.to_python({"image": image.pk, "alt_text": "", "decorative": False})
        )
    value = block.clean(
        block.to_python({"image": image.pk, "alt_text": "", "decorative": True})
    )
    assert value.contextual_alt_text == ""


def test_listing_serves_avif_webp_and_jpeg_cropped_around_the_focal_point(
    client, news_index
):
    image = ImageFactory(
        focal_point_x=600,
        focal_point_y=200,
        focal_point_width=20,
        focal_point_height=20,
    )
    NewsArticlePageFactory(parent=news_index, hero_image=image)

    html = client.get("/fr/actualites/").content.decode()

    assert 'type="image/avif"' in html
    assert 'type="image/webp"' in html
    assert ".jpg" in html
    renditions = [r for r in image.renditions.all() if "fill-400x225" in r.filter_spec]
    assert {r.filter_spec.split("format-")[1][:4] for r in renditions} == {
        "avif",
        "webp",
        "jpeg",
    }
    # Fill crops are computed around the editor's focal point (it is part of
    # the rendition's key), not around the centre of the photo.
    assert all(r.focal_point_key for r in renditions)


def test_avif_renditions_are_encoded_at_the_configured_speed(settings):
    picture = Image.effect_noise((160, 90), 64).convert("RGB")

    def avif(**options) -> bytes:
        output = io.BytesIO()
        picture.save(output, "AVIF", **options)
        return output.getvalue()

    settings.IMAGE_AVIF_SPEED = 0
    slowest = avif()
    settings.IMAGE_AVIF_SPEED = 10

    assert avif() == avif(speed=10) != slowest == avif(speed=0)
