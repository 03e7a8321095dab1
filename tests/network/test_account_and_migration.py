"""The "My account" panel, the data migration and the admin's country column."""

import datetime

import pytest
from django.utils import timezone

from accounts.countries import country_code, region_of_country
from accounts.models import Organisation, RetiredOrganisationSlug
from tests.factories import AffiliationFactory, OrganisationFactory
from tests.migrations import migrate

BEFORE = [("accounts", "0006_organisation_directory_fields")]
AFTER = [("accounts", "0008_organisation_directory_constraints")]


@pytest.mark.django_db
def test_my_account_links_to_the_public_profile_or_says_why_not(client, directory):
    today = timezone.localdate()
    listed = OrganisationFactory(name="Port of Tema")
    unlisted = OrganisationFactory(name="Quiet Port", is_listed=False)
    lapsed = OrganisationFactory(
        name="Old Port", membership_end=today - datetime.timedelta(days=1)
    )
    affiliation = AffiliationFactory(organisation=listed)
    AffiliationFactory(user=affiliation.user, organisation=unlisted)
    AffiliationFactory(user=affiliation.user, organisation=lapsed)
    client.force_login(affiliation.user)

    html = client.get("/en/account/").content.decode()

    assert 'href="/en/members/port-of-tema/"' in html
    assert "it asked not to be listed" in html
    assert "its membership is not current" in html


@pytest.mark.django_db
def test_my_account_has_no_directory_panel_without_an_organisation(client, directory):
    affiliation = AffiliationFactory(status="pending")
    client.force_login(affiliation.user)

    assert "members directory" not in client.get("/en/account/").content.decode()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("France", "FR"),
        ("fr", "FR"),
        ("Allemagne", "DE"),
        ("Equateur", "EC"),
        ("Équateur", "EC"),
        ("Estados Unidos", "US"),
        ("south korea", "KR"),
        ("Atlantis", ""),
        ("", ""),
    ],
)
def test_country_names_in_three_languages_become_codes(text, code):
    assert country_code(text) == code


def test_countries_fall_in_the_networks_regions():
    assert [region_of_country(c) for c in ("FR", "SN", "CL", "JP", "JO", "")] == [
        "europe",
        "africa",
        "americas",
        "asia_pacific",
        "middle_east",
        "",
    ]


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("latest_schema_after")
def test_the_migration_turns_names_into_codes_and_gives_slugs(capsys):
    old = migrate(BEFORE)
    Old = old.get_model("accounts", "Organisation")
    for name, country, region in [
        ("Port of Le Havre", "France", "Normandie"),
        ("Ville de Dakar", "Sénégal", ""),
        ("Port of Le Havre 2", "Nowhere Land", "Moyen-Orient"),
        ("Port of Le-Havre", "Japan", ""),
    ]:
        Old.objects.create(name=name, kind="port_city", country=country, region=region)

    new = migrate(AFTER)

    New = new.get_model("accounts", "Organisation")
    rows = {o.name: (o.country, o.region, o.slug) for o in New.objects.all()}
    assert rows == {
        "Port of Le Havre": ("FR", "europe", "port-of-le-havre"),
        "Ville de Dakar": ("SN", "africa", "ville-de-dakar"),
        "Port of Le Havre 2": ("", "middle_east", "port-of-le-havre-2"),
        "Port of Le-Havre": ("JP", "asia_pacific", "port-of-le-havre-3"),
    }
    assert "Port of Le Havre 2: Nowhere Land" in capsys.readouterr().out


@pytest.mark.django_db
def test_a_slug_is_made_once_and_never_given_to_another():
    first = OrganisationFactory(name="Port of Tema")
    first.name = "Tema Port Authority"
    first.save()
    assert first.slug == "port-of-tema"  # stable when the name changes

    first.slug = "tema"
    first.save()
    assert RetiredOrganisationSlug.objects.filter(slug="port-of-tema").exists()
    first.delete()

    assert OrganisationFactory(name="Port of Tema").slug == "port-of-tema-2"
    assert OrganisationFactory(name="Tema").slug == "tema-2"


@pytest.mark.django_db
def test_the_csv_import_takes_a_code_or_a_name(admin_user):
    from accounts.importing import organisations_import

    report = organisations_import(
        data="name,kind,country\nPort of Tema,port_authority,Ghana\n"
        "City of Busan,port_city,KR\nNowhere,port_city,Atlantis\n",
        apply=False,
        actor=admin_user,
    )

    assert [row.action for row in report.rows] == ["create", "create", "error"]
    organisations_import(
        data="name,kind,country\nPort of Tema,port_authority,Ghana\n",
        apply=True,
        actor=admin_user,
    )
    tema = Organisation.objects.get(name="Port of Tema")
    assert (tema.country.code, tema.region) == ("GH", "africa")


@pytest.mark.django_db
def test_unlisting_or_readdressing_in_the_admin_is_audited(client):
    from allauth.mfa.totp.internal.auth import TOTP

    from core.audit import audit_trail
    from tests.factories import VerifiedUserFactory

    staff = VerifiedUserFactory(is_staff=True, is_superuser=True)
    TOTP.activate(staff, "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")
    client.force_login(staff)
    admin_client = client

    tema = OrganisationFactory(name="Port of Tema", kind="port_authority")
    response = admin_client.post(
        f"/admin/members/organisations/edit/{tema.pk}/",
        {
            "name": tema.name,
            "slug": "tema",
            "kind": tema.kind,
            "country": "GH",
            "region": "africa",
            "membership_status": "active",
            "membership_start": "2024-01-01",
        },
    )

    assert response.status_code == 302
    actions = {entry.action for entry in audit_trail(tema)}
    assert {
        "accounts.organisation.listing_changed",
        "accounts.organisation.slug_changed",
    } <= actions
