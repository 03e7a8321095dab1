"""Staff manage member organisations in the Wagtail admin: filters, export, import."""

import csv
import io
from datetime import date

import pytest
from allauth.mfa.totp.internal.auth import TOTP
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.users.models import UserProfile

from accounts.importing import organisations_import
from accounts.models import Organisation
from core.audit import audit_trail
from tests.factories import OrganisationFactory, VerifiedUserFactory

pytestmark = pytest.mark.django_db

INDEX = "/admin/members/organisations/"
IMPORT = INDEX + "import/"


def with_mfa(user):
    TOTP.activate(user, "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")
    return user


@pytest.fixture
def admin_client(client):
    user = with_mfa(VerifiedUserFactory(is_staff=True, is_superuser=True))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(user)
    return client


@pytest.fixture
def organisations():
    return [
        OrganisationFactory(
            name="Port of Antwerp-Bruges",
            kind="port_authority",
            country="BE",
            city="Antwerp",
        ),
        OrganisationFactory(
            name="Ville de Dakar",
            kind="port_city",
            country="SN",
            city="Dakar",
            membership_status="ended",
            membership_end=date(2024, 12, 31),
        ),
    ]


def upload(text: str) -> SimpleUploadedFile:
    return SimpleUploadedFile("members.csv", text.encode(), content_type="text/csv")


def test_index_filters_by_membership_status(admin_client, organisations):
    html = admin_client.get(INDEX, {"membership_status": "ended"}).content.decode()

    assert "Ville de Dakar" in html
    assert "Port of Antwerp-Bruges" not in html


def test_csv_export_lists_the_organisations(admin_client, organisations):
    response = admin_client.get(INDEX, {"export": "csv"})
    content = b"".join(response.streaming_content).decode()

    rows = list(csv.DictReader(io.StringIO(content)))
    assert [row["name"] for row in rows] == ["Port of Antwerp-Bruges", "Ville de Dakar"]


def test_dry_run_reports_each_row_and_changes_nothing(admin_client, organisations):
    text = (
        "name,kind,country,city,membership_status,membership_start,membership_end\n"
        "Port of Antwerp-Bruges,port_authority,Belgium,Antwerp,active,2024-01-01,\n"
        "ville de dakar,port_city,Senegal,Dakar,active,2024-01-01,2030-12-31\n"
        "Puerto de Montevideo,port authority,Uruguay,Montevideo,active,2025-03-01,\n"
        "Broken Port,harbour,Chile,,active,someday,\n"
        ",port_city,Peru,,,,\n"
    )

    response = admin_client.post(IMPORT, {"file": upload(text)})
    html = response.content.decode()

    assert response.status_code == 200
    assert "1 to create, 1 to update, 1 unchanged, 2 with errors." in html
    assert "membership_status: ended → active" in html
    assert "“harbour” is not one of" in html
    assert "“someday” is not a date" in html
    assert "The name is empty." in html
    assert "Apply these changes" not in html  # not while a row has an error
    assert Organisation.objects.count() == 2
    assert Organisation.objects.get(name="Ville de Dakar").membership_status == "ended"


def test_apply_after_a_clean_dry_run(admin_client, organisations):
    text = (
        "name;kind;country;membership_status;membership_start;is_listed\n"
        "Ville de Dakar;port_city;Senegal;active;2024-01-01;oui\n"
        "Puerto de Montevideo;Port authority;Uruguay;active;01/03/2025;no\n"
    )
    dry_run = admin_client.post(IMPORT, {"file": upload(text)})
    assert "Apply these changes" in dry_run.content.decode()
    content = dry_run.context["content"]

    response = admin_client.post(IMPORT, {"content": content, "apply": "1"})

    assert response.status_code == 302
    dakar = Organisation.objects.get(name="Ville de Dakar")
    assert dakar.membership_status == "active"
    montevideo = Organisation.objects.get(name="Puerto de Montevideo")
    assert montevideo.kind == "port_authority"
    assert montevideo.membership_start == date(2025, 3, 1)
    assert not montevideo.is_listed
    entry = audit_trail(dakar).first()
    assert (entry.from_state, entry.to_state) == ("ended", "active")


def test_exported_file_imports_back_unchanged(admin_client, organisations):
    response = admin_client.get(INDEX, {"export": "csv"})
    exported = b"".join(response.streaming_content)

    report = organisations_import(data=exported, apply=False, actor=None)

    assert report.counts == {"create": 0, "update": 0, "unchanged": 2, "error": 0}


def test_import_refuses_a_file_without_the_required_columns(admin_client):
    response = admin_client.post(IMPORT, {"file": upload("title,town\nA,B\n")})

    assert "The file lacks the column(s): name, kind, country." in (
        response.content.decode()
    )


def test_import_needs_the_permissions(client):
    editor = with_mfa(VerifiedUserFactory())
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)

    assert client.get(IMPORT).status_code in (302, 403)


def test_editing_membership_status_in_the_admin_is_audited(admin_client, organisations):
    antwerp = organisations[0]
    response = admin_client.post(
        f"{INDEX}edit/{antwerp.pk}/",
        {
            "name": antwerp.name,
            "kind": antwerp.kind,
            "country": antwerp.country,
            "city": antwerp.city,
            "membership_status": "suspended",
            "membership_start": "2024-01-01",
            "is_listed": "on",
        },
    )

    assert response.status_code == 302
    entry = audit_trail(antwerp).first()
    assert (entry.from_state, entry.to_state) == ("active", "suspended")


def test_deciding_a_join_request_in_the_admin_tells_the_person(
    admin_client, organisations, django_capture_on_commit_callbacks
):
    from django.core import mail

    from tests.factories import AffiliationFactory

    request = AffiliationFactory(
        organisation=organisations[0],
        status="pending",
        user__email="newcomer@antwerp.example",
    )

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            f"/admin/members/people/edit/{request.pk}/",
            {
                "user": request.user.pk,
                "organisation": request.organisation.pk,
                "role": "member",
                "status": "approved",
            },
        )

    assert response.status_code == 302
    request.refresh_from_db()
    assert request.status == "approved"
    assert request.decided_at is not None
    assert audit_trail(request).first().to_state == "approved"
    [notice] = mail.outbox
    assert notice.to == ["newcomer@antwerp.example"]


def test_the_audit_trail_is_listed_and_read_only(admin_client, organisations):
    from accounts import services

    services.organisation_set_membership(
        organisation=organisations[0],
        actor=None,
        status="suspended",
        start=date(2024, 1, 1),
    )
    entry = audit_trail(organisations[0]).get()

    html = admin_client.get("/admin/audit/").content.decode()
    assert "accounts.organisation.membership_changed" in html
    inspect = admin_client.get(f"/admin/audit/inspect/{entry.pk}/")
    assert inspect.status_code == 200
    for url in ("/admin/audit/new/", f"/admin/audit/edit/{entry.pk}/"):
        assert admin_client.get(url).status_code in (302, 403)


@pytest.mark.parametrize("size", [3, 30])
def test_organisation_index_query_count_stays_flat(
    admin_client, size, django_assert_max_num_queries
):
    OrganisationFactory.create_batch(size)

    # Ten queries whatever the number of rows (9 measured at both sizes).
    with django_assert_max_num_queries(10):
        response = admin_client.get(INDEX)

    assert response.status_code == 200
    assert f"{size} member organisations" in response.content.decode()


def test_import_refuses_files_that_are_not_utf8_or_too_large(admin_client):
    latin1 = SimpleUploadedFile(
        "members.csv", "name,kind,country\nSète,port_city,France\n".encode("latin-1")
    )
    response = admin_client.post(IMPORT, {"file": latin1})
    assert "The file must be CSV encoded in UTF-8." in response.content.decode()

    huge = SimpleUploadedFile("members.csv", b"name,kind,country\n" + b"x" * 2_100_000)
    response = admin_client.post(IMPORT, {"file": huge})
    assert "The file is larger than 2 MB." in response.content.decode()
    assert not Organisation.objects.exists()
