"""The demo directory: forty members over five regions, loaded twice unchanged."""

import io

import pytest

from accounts.models import Organisation
from cms.models import FooterLink, MenuItem
from network import demo
from network.models import MembersDirectoryPage
from network.selectors import listed_members, region_counts

pytestmark = pytest.mark.django_db


def test_the_demo_directory_is_idempotent_and_hides_who_it_must(client, homes):
    demo.load(io.StringIO())
    slugs = set(Organisation.objects.values_list("slug", flat=True))
    demo.load(io.StringIO())

    assert set(Organisation.objects.values_list("slug", flat=True)) == slugs
    assert Organisation.objects.count() == len(demo.MEMBERS) == 40
    assert MembersDirectoryPage.objects.live().count() == 3
    assert MenuItem.objects.count() == 1
    assert FooterLink.objects.count() == 1
    assert listed_members().count() == 36  # three unlisted, one lapsed
    assert all(region_counts(listed_members()).values())
    response = client.get("/es/miembros/port-of-dakar/")
    assert "El puerto de Dakar" in response.content.decode()
    assert client.get("/fr/membres/mombasa-port-community/").status_code == 404
