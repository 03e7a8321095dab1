"""Certificates: issued on completion, with what they say fixed at that moment.

Anyone holding a code may check it on the public verification page; a revoked
certificate stays there, marked revoked, so that a verifier is never misled.
"""

import re

from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from core.audit import audit_record
from core.i18n_fields import localized

from ..exceptions import CoursesError
from ..models import Certificate, Enrolment
from .mail import absolute, queue_learner_mail


def normalise_code(code: str) -> str:
    """``k7qm2xhd…`` or ``K7QM 2XHD …`` as stored: upper case, in groups of four."""
    letters = re.sub(r"[^0-9A-Z]", "", (code or "").upper())
    if len(letters) != 16:
        return letters
    return "-".join(letters[start : start + 4] for start in range(0, 16, 4))


def certificate_available_on(certificate: Certificate):
    """The day its learner may download it: the promotion's date, else issue day."""
    promotion = certificate.enrolment.promotion
    issued_on = timezone.localdate(certificate.issued_at)
    if promotion.certificate_available_on is None:
        return issued_on
    return max(promotion.certificate_available_on, issued_on)


def certificate_is_available(certificate: Certificate, today=None) -> bool:
    return certificate_available_on(certificate) <= (today or timezone.localdate())


def certificate_issue(*, enrolment: Enrolment) -> Certificate:
    """The completed enrolment's certificate (issued once), mailed to its learner."""
    existing = Certificate.objects.filter(enrolment=enrolment).first()
    if existing is not None:
        return existing
    promotion = enrolment.promotion
    language = enrolment.learner.language or promotion.language
    course = promotion.course
    locale = Locale.objects.filter(language_code=language).first()
    translated = course.get_translation_or_none(locale) if locale else None
    with transaction.atomic():
        with translation.override(language):
            certificate = Certificate.objects.create(
                enrolment=enrolment,
                learner_name=enrolment.learner.get_full_name()
                or enrolment.learner.email,
                course_title=(translated or course).title,
                promotion_name=localized(promotion, "name", language),
                language=language,
            )
        audit_record(
            subject=certificate,
            actor=None,
            action="courses.certificate.issued",
            to_state="valid",
            data={"enrolment": enrolment.pk},
        )
        queue_learner_mail(
            enrolment=enrolment,
            template="certificate_issued",
            key=f"courses.certificate.{certificate.pk}.issued",
            context={
                "certificate": certificate,
                "base_url": absolute(""),
                "available_on": certificate_available_on(certificate),
                "available_now": certificate_is_available(certificate),
            },
        )
    return certificate


def certificate_revoke(*, certificate: Certificate, actor, reason: str) -> Certificate:
    """Revoke a certificate for good; its verification page then says so."""
    reason = (reason or "").strip()
    if not reason:
        raise CoursesError(
            _("Please give the reason for revoking the certificate."),
            code="reason_missing",
        )
    with transaction.atomic():
        certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if certificate.revoked_at is not None:
            raise CoursesError(
                _("This certificate is already revoked."), code="already_revoked"
            )
        certificate.revoked_at = timezone.now()
        certificate.revocation_reason = reason
        certificate.save(update_fields=["revoked_at", "revocation_reason"])
        audit_record(
            subject=certificate,
            actor=actor,
            action="courses.certificate.revoked",
            from_state="valid",
            to_state="revoked",
            note=reason,
        )
    return certificate
