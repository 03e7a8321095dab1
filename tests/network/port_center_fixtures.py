"""Port Centers for the tests: a factory and the Port Centers page in each language."""

from decimal import Decimal

import factory
import pytest

from network.models import PortCenter, PortCentersPage
from tests.factories import translate_page


class PortCenterFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PortCenter

    name = factory.Sequence(lambda n: f"Port Center {n:03}")
    city = "Le Havre"
    country = "FR"
    latitude = Decimal("49.490000")
    longitude = Decimal("0.110000")
    description = "Un lieu pour découvrir le port."
    is_published = True


@pytest.fixture
def port_centers_page(homes):
    """The Port Centers page at /fr/port-centers/, /en/port-centers/ and
    /es/port-centers/."""
    french = PortCentersPage(
        title="Les Port Centers",
        slug="port-centers",
        introduction="<p>Les Port Centers du réseau.</p>",
    )
    homes["fr"].add_child(instance=french)
    french.save_revision().publish()
    return {
        "fr": french,
        "en": translate_page(french, "en", title="Port Centers", slug="port-centers"),
        "es": translate_page(
            french, "es", title="Los Port Centers", slug="port-centers"
        ),
    }


@pytest.fixture
def havre():
    """A labelled Port Center at Le Havre, lat 49.49 lon 0.11."""
    return PortCenterFactory(
        name="Port Center Le Havre",
        slug="le-havre",
        city="Le Havre",
        country="FR",
        latitude=Decimal("49.49"),
        longitude=Decimal("0.11"),
        label_status="labelled",
        label_year=2019,
        audiences=["general_public", "schools"],
        description="Le port expliqué à tous.",
        description_en="The port explained to everyone.",
        opening_hours="Du mardi au dimanche",
    )


@pytest.fixture
def draft():
    """An unpublished Port Center: it must appear nowhere public."""
    return PortCenterFactory(
        name="Secret Draft Center",
        slug="secret-draft",
        city="Dakar",
        country="SN",
        latitude=Decimal("14.67"),
        longitude=Decimal("-17.43"),
        is_published=False,
    )
