"""The prize's e-mails, written to the outbox in the transaction of the change.

Entrants read theirs in the language they entered in; jurors in their own. Each
mail is rendered from ``awards/email/<template>_subject.txt`` and ``_message.txt``
and recorded once under ``key``. The submission's confirmation carries the entry's
PDF summary, rendered at the first send attempt (``RENDERER``).
"""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from core.outbox import outbox_queue

SUMMARY_RENDERER = "awards.entry.summary"


def absolute(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def entry_url(entry, language: str) -> str:
    with translation.override(language):
        return absolute(reverse("awards:entry", kwargs={"reference": entry.reference}))


def _message(*, template: str, context: dict, to: str, language: str):
    with translation.override(language):
        subject = render_to_string(f"awards/email/{template}_subject.txt", context)
        body = render_to_string(f"awards/email/{template}_message.txt", context)
    return EmailMessage(" ".join(subject.split()), body, to=[to])


def entry_message(entry, template: str, context: dict | None = None):
    language = entry.language or settings.LANGUAGE_CODE
    context = {
        "entry": entry,
        "edition": entry.edition,
        "entry_url": entry_url(entry, language),
        **(context or {}),
    }
    return _message(
        template=template,
        context=context,
        to=entry.entrant.email,
        language=language,
    )


def queue_entry_mail(*, entry, template: str, key: str, context=None, **options):
    """One mail to the entrant; nothing when the entrant's account is gone."""
    if entry.entrant is None:
        return None
    return outbox_queue(
        message=entry_message(entry, template, context),
        source=f"awards.entry.{template}",
        key=key,
        language=entry.language,
        **options,
    )


def queue_submission_mail(*, entry, key: str):
    """The confirmation of a submission, with the entry's PDF summary."""
    return queue_entry_mail(
        entry=entry,
        template="submitted",
        key=key,
        renderer=SUMMARY_RENDERER,
        render_args={"entry": entry.pk, "key": key},
    )


def submission_render(*, entry: int, key: str = "") -> EmailMessage:
    """The confirmation with its PDF, rendered when it is first sent."""
    from ..documents import entry_summary_filename, entry_summary_pdf
    from ..models import Entry

    entry = Entry.objects.select_related("edition", "entrant").get(pk=entry)
    message = entry_message(entry, "submitted")
    message.attach(
        entry_summary_filename(entry), entry_summary_pdf(entry), "application/pdf"
    )
    return message


def queue_juror_mail(*, juror, template: str, key: str, context: dict):
    language = getattr(juror, "language", "") or settings.LANGUAGE_CODE
    with translation.override(language):
        context = {
            "juror": juror,
            "jury_url": absolute(reverse("awards:jury")),
            **context,
        }
    return outbox_queue(
        message=_message(
            template=template, context=context, to=juror.email, language=language
        ),
        source=f"awards.jury.{template}",
        key=key,
        language=language,
    )
