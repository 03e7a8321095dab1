"""Port Centers in the admin: the coordinate picker, validation, the demo."""

import io
from decimal import Decimal

import pytest
from django.db import IntegrityError, transaction
from wagtail.users.models import UserProfile

from accounts.models import Organisation
from network.models import PortCenter, PortCentersPage
from network.port_centers import demo
from network.port_centers.selectors import published_port_centers
from network.selectors import listed_members
from tests.factories import OrganisationFactory, UserFactory
from tests.network.port_center_fixtures import PortCenterFactory

pytestmark = pytest.mark.django_db

INDEX = "/admin/port-centers/"


@pytest.fixture
def admin_client(client):
    user = UserFactory(is_staff=True, is_superuser=True, mfa=True)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(user)
    return client


def form_data(**fields) -> dict:
    data = {
        "name": "Port Center Dunkerque",
        "slug": "",
        "city": "Dunkerque",
        "country": "FR",
        "latitude": "51.0343",
        "longitude": "2.3768",
        "label_status": "none",
        "audiences": ["general_public", "schools"],
        "is_published": "on",
        "photos-TOTAL_FORMS": "0",
        "photos-INITIAL_FORMS": "0",
        "photos-MIN_NUM_FORMS": "0",
        "photos-MAX_NUM_FORMS": "1000",
    }
    data.update(fields)
    return {key: value for key, value in data.items() if value is not None}


def test_the_add_form_shows_the_map_picker(admin_client):
    response = admin_client.get(f"{INDEX}add/")

    assert response.status_code == 200
    html = response.content.decode()
    assert 'data-map-picker data-latitude-input="id_latitude"' in html
    assert 'data-longitude-input="id_longitude"' in html
    assert 'data-tile-url="https://tile.openstreetmap.org/{z}/{x}/{y}.png"' in html
    assert "network/js/map-picker.js" in html
    assert "network/vendor/leaflet/leaflet.js" in html
    # The admin's policy lets the picker show the tiles.
    policy = response["Content-Security-Policy"]
    assert "https://tile.openstreetmap.org" in policy


def test_an_editor_adds_a_port_center(admin_client):
    response = admin_client.post(f"{INDEX}add/", form_data())

    assert response.status_code == 302, response.context["form"].errors
    port_center = PortCenter.objects.get()
    assert port_center.slug == "port-center-dunkerque"
    assert port_center.latitude == Decimal("51.034300")
    assert port_center.audiences == ["general_public", "schools"]


@pytest.mark.parametrize(
    ("latitude", "longitude", "field", "code"),
    [
        ("91", "2.5", "latitude", "latitude_range"),
        ("-90.5", "2.5", "latitude", "latitude_range"),
        ("45", "180.01", "longitude", "longitude_range"),
        ("45", "-1000", "longitude", "longitude_range"),
        ("north", "2.5", "latitude", "invalid"),
        ("", "2.5", "latitude", "required"),
    ],
)
def test_coordinates_out_of_range_are_refused_and_kept(
    admin_client, latitude, longitude, field, code
):
    response = admin_client.post(
        f"{INDEX}add/", form_data(latitude=latitude, longitude=longitude)
    )

    assert response.status_code == 200
    form = response.context["form"]
    assert [error.code for error in form.errors.as_data()[field]] == [code]
    html = response.content.decode()
    # What the editor typed is still in the fields, to be corrected.
    assert f'name="latitude" value="{latitude}"' in html or latitude == ""
    assert f'name="longitude" value="{longitude}"' in html
    assert not PortCenter.objects.exists()


def test_pasted_coordinates_are_rounded_to_six_decimals(admin_client):
    admin_client.post(
        f"{INDEX}add/",
        form_data(latitude="51.03434567891234", longitude="2.37680000004"),
    )

    port_center = PortCenter.objects.get()
    assert (port_center.latitude, port_center.longitude) == (
        Decimal("51.034346"),
        Decimal("2.376800"),
    )


def test_label_and_charter_years_are_checked(admin_client):
    response = admin_client.post(
        f"{INDEX}add/", form_data(label_status="labelled", charter_year="2018")
    )

    errors = response.context["form"].errors
    assert "label_year" in errors
    assert "charter_year" in errors


def test_the_organisation_form_has_the_picker_and_needs_both_coordinates(
    admin_client,
):
    organisation = OrganisationFactory(name="Port of Tema", country="GH")
    url = f"/admin/members/organisations/edit/{organisation.pk}/"

    html = admin_client.get(url).content.decode()
    assert "data-map-picker" in html
    response = admin_client.post(
        url,
        {
            "name": organisation.name,
            "slug": organisation.slug,
            "kind": "port_city",
            "country": "GH",
            "membership_status": "active",
            "membership_start": "2024-01-01",
            "latitude": "5.633",
            "longitude": "",
        },
    )
    assert response.status_code == 200
    assert "longitude" in response.context["form"].errors


def test_the_database_refuses_coordinates_out_of_range():
    with pytest.raises(IntegrityError), transaction.atomic():
        PortCenterFactory(latitude=Decimal("95"))
    organisation = OrganisationFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Organisation.objects.filter(pk=organisation.pk).update(latitude=Decimal("1"))


def test_the_admin_list_searches_and_filters(admin_client):
    PortCenterFactory(name="Dakar Port Center", city="Dakar", country="SN")
    PortCenterFactory(name="Hidden One", is_published=False)

    assert "Dakar Port Center" in admin_client.get(f"{INDEX}?q=dakar").content.decode()
    unpublished = admin_client.get(f"{INDEX}?is_published=false").content.decode()
    assert "Hidden One" in unpublished and "Dakar Port Center" not in unpublished


def test_the_demo_loads_twice_unchanged(homes):
    from network import demo as members_demo

    members_demo.load(io.StringIO())
    demo.load(io.StringIO())
    slugs = set(PortCenter.objects.values_list("slug", flat=True))
    demo.load(io.StringIO())

    assert set(PortCenter.objects.values_list("slug", flat=True)) == slugs
    assert published_port_centers().count() == len(demo.PORT_CENTERS) == 25
    assert PortCenter.objects.filter(is_published=False).count() == 1
    assert PortCentersPage.objects.live().count() == 3
    labelled = published_port_centers().filter(label_status="labelled").count()
    assert 5 <= labelled < 25
    assert published_port_centers().filter(charter_signatory=True).exists()
    assert published_port_centers().filter(organisation__isnull=False).exists()
    on_map = listed_members().filter(latitude__isnull=False)
    assert 0 < on_map.count() < listed_members().count()  # some not on the map
