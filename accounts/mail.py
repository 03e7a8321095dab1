"""E-mails of the accounts app, written to the site's outbox with the change.

Each is recorded in the transaction of the request, decision or consent it reports,
once (a unique key per record and kind), and sent after commit by the outbox.
"""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from core.outbox import outbox_queue

from .models import Affiliation, NewsletterConsent


def _absolute(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _queue(
    *, template: str, context: dict, to: list[str], source: str, key: str, language
) -> None:
    language = language or settings.LANGUAGE_CODE
    with translation.override(language):
        subject = render_to_string(f"accounts/email/{template}_subject.txt", context)
        body = render_to_string(f"accounts/email/{template}_message.txt", context)
    outbox_queue(
        message=EmailMessage(" ".join(subject.split()), body, to=to),
        source=source,
        key=key,
        language=language,
    )


def join_request_mail(*, affiliation: Affiliation, language: str | None) -> None:
    """Tell the organisation's primary contacts (or the staff) about a request."""
    contacts = list(
        Affiliation.objects.filter(
            organisation=affiliation.organisation,
            role=Affiliation.Role.PRIMARY_CONTACT,
            status=Affiliation.Status.APPROVED,
            user__is_active=True,
        ).values_list("user__email", flat=True)
    )
    if not contacts:
        contacts = [address for _name, address in settings.MANAGERS] or [
            settings.SERVER_EMAIL
        ]
    _queue(
        template="join_request",
        context={
            "affiliation": affiliation,
            "url": _absolute(reverse("accounts:join_requests")),
        },
        to=contacts,
        source="accounts.affiliation.requested",
        key=f"accounts.affiliation.{affiliation.pk}.requested",
        language=language,
    )
    Affiliation.objects.filter(pk=affiliation.pk).update(
        request_notified_at=timezone.now()
    )


def join_decision_mail(*, affiliation: Affiliation, language: str | None) -> None:
    """Tell the person whether their request was approved or rejected."""
    _queue(
        template="join_decision",
        context={
            "affiliation": affiliation,
            "approved": affiliation.status == Affiliation.Status.APPROVED,
            "url": _absolute(reverse("accounts:home")),
        },
        to=[affiliation.user.email],
        source="accounts.affiliation.decided",
        key=f"accounts.affiliation.{affiliation.pk}.decided",
        language=language,
    )
    Affiliation.objects.filter(pk=affiliation.pk).update(
        decision_notified_at=timezone.now()
    )


def newsletter_receipt_mail(*, consent: NewsletterConsent) -> None:
    """Confirm a newsletter sign-up, with the link that withdraws the consent."""
    _queue(
        template="newsletter_receipt",
        context={
            "consent": consent,
            "url": _absolute(reverse("newsletter:withdraw", args=[consent.token])),
        },
        to=[consent.email],
        source="accounts.newsletter.receipt",
        key=f"accounts.newsletter.{consent.pk}.receipt",
        language=consent.language,
    )
    NewsletterConsent.objects.filter(pk=consent.pk).update(
        receipt_sent_at=timezone.now()
    )
