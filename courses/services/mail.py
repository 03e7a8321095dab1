"""The learners' e-mails, written to the outbox in the transaction of the change.

Each mail is rendered in the learner's language (the promotion's language of
teaching when the learner has none) from ``courses/email/<template>_subject.txt``
and ``_message.txt``, and recorded once under ``key``.
"""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from core.outbox import outbox_queue


def absolute(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def learner_language(enrolment) -> str:
    return (
        getattr(enrolment.learner, "language", "")
        or enrolment.promotion.language
        or settings.LANGUAGE_CODE
    )


def queue_learner_mail(
    *, enrolment, template: str, key: str, context: dict | None = None, **options
):
    language = learner_language(enrolment)
    context = {
        "enrolment": enrolment,
        "promotion": enrolment.promotion,
        **(context or {}),
    }
    with translation.override(language):
        course = enrolment.promotion.course.localized
        context.setdefault("course", course)
        context.setdefault("course_url", course.get_full_url() or absolute("/"))
        context.setdefault(
            "pay_url",
            absolute(reverse("courses:pay", kwargs={"enrolment_id": enrolment.pk})),
        )
        subject = render_to_string(f"courses/email/{template}_subject.txt", context)
        body = render_to_string(f"courses/email/{template}_message.txt", context)
    message = EmailMessage(
        " ".join(subject.split()), body, to=[enrolment.learner.email]
    )
    return outbox_queue(
        message=message,
        source=f"courses.{template}",
        key=key,
        language=language,
        **options,
    )
