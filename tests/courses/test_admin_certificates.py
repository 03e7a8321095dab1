"""Staff revoke a certificate in the admin, with a reason; the public page says so."""

import pytest

from core.models import AuditEntry
from courses.models import Enrolment
from courses.services.certificates import certificate_issue
from tests.courses.admin_helpers import refused, staff_user

from .fixtures import enrol

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(promotion):
    return certificate_issue(
        enrolment=enrol(promotion, state=Enrolment.State.COMPLETED)
    )


def revoke_url(certificate) -> str:
    return f"/admin/courses/certificates/{certificate.pk}/revoke/"


def test_staff_revoke_with_a_reason_and_the_verification_page_says_revoked(
    client, certificate
):
    staff = staff_user(
        "courses@aivp.example", "courses.view_certificate", "courses.change_enrolment"
    )
    client.force_login(staff)
    inspect = client.get(f"/admin/courses/certificates/inspect/{certificate.pk}/")
    assert revoke_url(certificate) in inspect.content.decode()

    blank = client.post(revoke_url(certificate), {"reason": " "})
    assert blank.status_code == 400
    response = client.post(revoke_url(certificate), {"reason": "Plagiarised quiz"})

    assert response.status_code == 302
    certificate.refresh_from_db()
    assert certificate.revoked_at is not None
    assert certificate.revocation_reason == "Plagiarised quiz"
    assert AuditEntry.objects.filter(
        action="courses.certificate.revoked", actor=staff
    ).exists()
    page = client.get(f"/en/learning/certificates/{certificate.code}/")
    assert "Revoked" in page.content.decode()
    assert "Plagiarised" not in page.content.decode()
    again = client.get(f"/admin/courses/certificates/inspect/{certificate.pk}/")
    assert revoke_url(certificate) not in again.content.decode()


def test_staff_who_only_read_certificates_cannot_revoke(client, certificate):
    client.force_login(staff_user("reader@aivp.example", "courses.view_certificate"))

    assert refused(client.post(revoke_url(certificate), {"reason": "No"}))
    certificate.refresh_from_db()
    assert certificate.revoked_at is None
