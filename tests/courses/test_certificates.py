"""Certificates: the PDF for its learner, the mail, public verification, revocation."""

import datetime
import io

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import timezone, translation
from pypdf import PdfReader

from core.models import AuditEntry, OutboxMessage
from courses.exceptions import CoursesError
from courses.models import Enrolment
from courses.services.certificates import (
    certificate_issue,
    certificate_revoke,
    normalise_code,
)
from tests.factories import UserFactory, VerifiedUserFactory

from .fixtures import enrol

pytestmark = pytest.mark.django_db


def pdf_text(content: bytes) -> str:
    """The PDF's text with line breaks folded to spaces (titles wrap)."""
    reader = PdfReader(io.BytesIO(content))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


@pytest.fixture
def certificate(promotion):
    user = VerifiedUserFactory(first_name="Ada", last_name="Lovelace", language="en")
    enrolment = enrol(promotion, user=user, state=Enrolment.State.COMPLETED)
    return certificate_issue(enrolment=enrolment)


def en_url(name: str, code: str) -> str:
    with translation.override("en"):
        return reverse(name, args=[code])


def en_url_plain(name: str) -> str:
    with translation.override("en"):
        return reverse(name)


def test_the_learner_downloads_a_pdf_with_their_name_and_the_code(client, certificate):
    client.force_login(certificate.enrolment.learner)
    response = client.get(en_url("courses:certificate_pdf", certificate.code))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "private" in response["Cache-Control"]
    text = pdf_text(response.content)
    assert "Ada Lovelace" in text
    assert certificate.code in text
    assert "Certificate of completion" in text
    assert "Sustainable port city (en)" in text
    assert "2026 cohort" in text
    assert "AIVP" in text
    assert f"/certificates/{certificate.code}/" in text


def test_the_certificate_is_written_in_its_language(client, promotion):
    user = VerifiedUserFactory(first_name="Lucía", last_name="Pérez", language="es")
    certificate = certificate_issue(
        enrolment=enrol(promotion, user=user, state=Enrolment.State.COMPLETED)
    )
    client.force_login(user)
    text = pdf_text(
        client.get(en_url("courses:certificate_pdf", certificate.code)).content
    )
    assert "Lucía Pérez" in text
    assert "Certificado de finalización" in text or "Certificate of completion" in text
    assert "Sustainable port city (es)" in text


def test_the_code_is_read_in_any_case_and_without_dashes(client, certificate):
    client.force_login(certificate.enrolment.learner)
    typed = certificate.code.replace("-", "").lower()
    assert normalise_code(typed) == certificate.code
    response = client.get(en_url("courses:certificate_pdf", typed))
    assert response.status_code == 200


def test_someone_else_gets_a_404_and_a_visitor_signs_in(client, certificate):
    url = en_url("courses:certificate_pdf", certificate.code)
    assert client.get(url).status_code == 302
    client.force_login(VerifiedUserFactory())
    assert client.get(url).status_code == 404


def test_staff_who_may_view_certificates_download_it(client, certificate):
    staff = UserFactory(is_staff=True)
    url = en_url("courses:certificate_pdf", certificate.code)
    client.force_login(staff)
    assert client.get(url).status_code == 404
    staff.user_permissions.add(Permission.objects.get(codename="view_certificate"))
    staff = type(staff).objects.get(pk=staff.pk)  # permissions are cached
    client.force_login(staff)
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"


def test_before_the_promotion_s_date_the_learner_reads_a_message_not_a_pdf(
    client, certificate
):
    promotion = certificate.enrolment.promotion
    promotion.certificate_available_on = timezone.localdate() + datetime.timedelta(
        days=10
    )
    promotion.save()
    client.force_login(certificate.enrolment.learner)
    response = client.get(en_url("courses:certificate_pdf", certificate.code))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    assert "Your certificate can be downloaded from" in response.content.decode()
    promotion.certificate_available_on = timezone.localdate()
    promotion.save()
    response = client.get(en_url("courses:certificate_pdf", certificate.code))
    assert response["Content-Type"] == "application/pdf"


def test_issuing_mails_the_learner_once_with_the_links(certificate):
    certificate_issue(enrolment=certificate.enrolment)
    [mail] = OutboxMessage.objects.filter(source="courses.certificate_issued")
    assert mail.to == [certificate.enrolment.learner.email]
    assert mail.language == "en"
    assert "Your certificate for" in mail.subject
    assert f"/en/learning/certificates/{certificate.code}/pdf/" in mail.body
    assert f"/en/learning/certificates/{certificate.code}/" in mail.body
    assert AuditEntry.objects.filter(action="courses.certificate.issued").count() == 1


def test_the_public_page_says_valid_then_revoked(client, certificate):
    url = en_url("courses:certificate_verify", certificate.code)
    response = client.get(url)
    page = response.content.decode()
    assert response.status_code == 200
    assert "Valid" in page
    assert "Ada Lovelace" in page
    assert "Sustainable port city (en)" in page
    assert "2026 cohort" in page
    assert '<meta name="robots" content="noindex">' in page
    cache = response["Cache-Control"]
    assert "no-store" in cache or "no-cache" in cache or "max-age=0" in cache

    staff = UserFactory(is_staff=True)
    certificate_revoke(certificate=certificate, actor=staff, reason="Plagiarism found")

    page = client.get(url).content.decode()
    assert "Revoked" in page
    assert "Valid" not in page
    assert "Plagiarism" not in page
    entry = AuditEntry.objects.get(action="courses.certificate.revoked")
    assert entry.actor == staff
    assert (entry.from_state, entry.to_state) == ("valid", "revoked")


def test_revoking_needs_a_reason_and_happens_once(certificate):
    with pytest.raises(CoursesError) as missing:
        certificate_revoke(certificate=certificate, actor=None, reason="  ")
    assert missing.value.code == "reason_missing"
    certificate_revoke(certificate=certificate, actor=None, reason="Fraud")
    with pytest.raises(CoursesError) as again:
        certificate_revoke(certificate=certificate, actor=None, reason="Fraud")
    assert again.value.code == "already_revoked"
    assert AuditEntry.objects.filter(action="courses.certificate.revoked").count() == 1


def test_an_unknown_code_is_a_404_that_says_so(client, certificate):
    response = client.get(en_url("courses:certificate_verify", "AAAA-BBBB-CCCC-DDDD"))
    assert response.status_code == 404
    assert "No certificate has this code." in response.content.decode()


def test_the_printed_address_opens_the_page_in_the_visitor_s_language(
    client, certificate
):
    typed = certificate.code.lower()
    response = client.get(
        reverse("certificate_verify_short", args=[typed]),
        HTTP_ACCEPT_LANGUAGE="es",
    )
    assert response.status_code == 302
    assert response["Location"] == f"/es/learning/certificates/{typed}/"
    page = client.get(response["Location"]).content.decode()
    assert "Lovelace" in page


def test_lookups_are_limited_per_address(client, settings, certificate):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "courses.verify": "3/h/ip"}
    url = en_url("courses:certificate_verify", "AAAA-BBBB-CCCC-DDDD")
    for _ in range(3):
        assert client.get(url, REMOTE_ADDR="203.0.113.9").status_code == 404
    refused = client.get(
        en_url("courses:certificate_verify", certificate.code),
        REMOTE_ADDR="203.0.113.9",
    )
    assert refused.status_code == 429
    other = client.get(
        en_url("courses:certificate_verify", certificate.code),
        REMOTE_ADDR="203.0.113.10",
    )
    assert other.status_code == 200


def test_a_typed_code_opens_its_verification_page(client, certificate):
    url = en_url_plain("courses:certificate_lookup")
    form = client.get(url)
    assert form.status_code == 200
    assert 'name="code"' in form.content.decode()
    typed = certificate.code.replace("-", " ").lower()
    response = client.get(url, {"code": typed})
    assert response.status_code == 302
    assert response["Location"] == en_url(
        "courses:certificate_verify", certificate.code
    )
