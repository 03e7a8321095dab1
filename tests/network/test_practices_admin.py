"""The editors' screens: adding a practice or a project, the partners snippets."""

import pytest

from network.models import Partner
from tests.factories import UserFactory
from tests.network.practice_fixtures import make_practice

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(is_superuser=True, is_staff=True, mfa=True))
    return client


def test_the_add_forms_open(admin_client, practice_index, project_index):
    for url in [
        f"/admin/pages/add/network/goodpracticepage/{practice_index['fr'].pk}/",
        f"/admin/pages/add/network/projectpage/{project_index['fr'].pk}/",
    ]:
        assert admin_client.get(url).status_code == 200, url


def test_a_practice_opens_in_the_editor(admin_client, practice_index):
    page = make_practice(practice_index["fr"], "Une pratique", goals=[8])

    assert admin_client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200


def test_partners_are_listed_and_edited_as_snippets(admin_client):
    partner = Partner.objects.create(name="Interreg Europe", kind="programme")

    listing = admin_client.get("/admin/snippets/network/partner/")
    edit = admin_client.get(f"/admin/snippets/network/partner/edit/{partner.pk}/")

    assert listing.status_code == 200
    assert "Interreg Europe" in listing.content.decode()
    assert edit.status_code == 200
    assert "description_es" in edit.content.decode()
