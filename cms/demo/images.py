"""Demo images: harbour drawings made on the spot, so the demo needs no download."""

import io

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.models import Collection

from ..models import CustomImage
from .common import LANGUAGES

# (key, colours, alt text per language, credit)
IMAGES = [
    (
        "cranes",
        ("#0b3c5d", "#f5b700"),
        {
            "fr": "Portiques à conteneurs au crépuscule sur le port",
            "en": "Container cranes at dusk over the port",
            "es": "Grúas portacontenedores al atardecer sobre el puerto",
        },
        "AIVP / J. Martin",
    ),
    (
        "waterfront",
        ("#0f7c80", "#f4f1ea"),
        {
            "fr": "Promenade sur les quais réaménagés",
            "en": "A walk along the redeveloped quays",
            "es": "Paseo por los muelles renovados",
        },
        "AIVP",
    ),
    (
        "estuary",
        ("#276749", "#5ec2c6"),
        {
            "fr": "Zone humide restaurée dans l'estuaire",
            "en": "A restored wetland in the estuary",
            "es": "Humedal restaurado en el estuario",
        },
        "AIVP / M. Silva",
    ),
]


def _image_file(name: str, colours: tuple[str, str]) -> ImageFile:
    """A simple harbour skyline drawing, so the demo needs no downloaded photos."""
    width, height = 1600, 900
    image = PILImage.new("RGB", (width, height), colours[0])
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, int(height * 0.7), width, height], fill="#072a42")
    for index in range(6):
        x = 120 + index * 250
        draw.rectangle([x, 250, x + 30, int(height * 0.7)], fill=colours[1])
        draw.polygon(
            [(x - 80, 250), (x + 200, 250), (x + 200, 280), (x - 80, 280)],
            fill=colours[1],
        )
    draw.ellipse([1250, 80, 1400, 230], fill="#f4f1ea")
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85)
    return ImageFile(buffer, name=f"demo-{name}.jpg")


def load_images() -> dict[str, dict[str, CustomImage]]:
    if not Collection.get_root_nodes().exists():  # an emptied database
        Collection.add_root(name="Root")
    images: dict[str, dict[str, CustomImage]] = {}
    for key, colours, alt, credit in IMAGES:
        images[key] = {}
        for language in LANGUAGES:
            title = f"demo-{key}-{language}"
            image = CustomImage.objects.filter(title=title).first()
            if image is None:
                image = CustomImage.objects.create(
                    title=title,
                    description=alt[language],
                    credit=credit,
                    file=_image_file(f"{key}-{language}", colours),
                )
            images[key][language] = image
    return images
