"""Certificates: issued on completion, with what they say fixed at that moment."""

from django.utils import translation
from wagtail.models import Locale

from core.audit import audit_record
from core.i18n_fields import localized

from ..models import Certificate, Enrolment


def certificate_issue(*, enrolment: Enrolment) -> Certificate:
    """The completed enrolment's certificate (issued once)."""
    existing = Certificate.objects.filter(enrolment=enrolment).first()
    if existing is not None:
        return existing
    promotion = enrolment.promotion
    language = enrolment.learner.language or promotion.language
    course = promotion.course
    locale = Locale.objects.filter(language_code=language).first()
    translated = course.get_translation_or_none(locale) if locale else None
    with translation.override(language):
        certificate = Certificate.objects.create(
            enrolment=enrolment,
            learner_name=enrolment.learner.get_full_name() or enrolment.learner.email,
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
    return certificate
