import datetime

import pytest
from django.utils import timezone

from network.models import MembersDirectoryPage
from tests.factories import OrganisationFactory, translate_page
from tests.network.groups_fixtures import group, library, people  # noqa: F401

from .practice_fixtures import partners_page, practice_index, project_index  # noqa: F401


@pytest.fixture
def directory(homes):
    """The members directory at /fr/membres/, /en/members/ and /es/miembros/."""
    french = MembersDirectoryPage(title="Membres", slug="membres")
    homes["fr"].add_child(instance=french)
    french.save_revision().publish()
    return {
        "fr": french,
        "en": translate_page(french, "en", title="Members", slug="members"),
        "es": translate_page(french, "es", title="Miembros", slug="miembros"),
    }


@pytest.fixture
def hidden():
    """Organisations that must appear nowhere public."""
    today = timezone.localdate()
    return [
        OrganisationFactory(name="Unlisted Port", slug="unlisted", is_listed=False),
        OrganisationFactory(
            name="Lapsed Port",
            slug="lapsed",
            membership_end=today - datetime.timedelta(days=1),
        ),
        OrganisationFactory(
            name="Suspended Port", slug="suspended", membership_status="suspended"
        ),
        OrganisationFactory(
            name="Prospective Port",
            slug="prospective",
            membership_status="prospective",
            membership_start=None,
        ),
    ]


# Port Centers (tests/network/test_port_centers_*.py).
from tests.network.joining_fixtures import (  # noqa: E402, F401
    campaign,
    campaign_page,
    join_pages,
    staff_client,
)
from tests.network.port_center_fixtures import (  # noqa: E402, F401
    draft,
    havre,
    port_centers_page,
)
