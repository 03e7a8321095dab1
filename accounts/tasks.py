"""E-mails of the accounts app. Each task takes primary keys and sends at most once."""

from celery import shared_task
from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from .models import Affiliation, NewsletterConsent


def _absolute(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _send(*, template: str, context: dict, to: list[str]) -> None:
    subject = render_to_string(f"accounts/email/{template}_subject.txt", context)
    body = render_to_string(f"accounts/email/{template}_message.txt", context)
    send_mail(" ".join(subject.split()), body, settings.DEFAULT_FROM_EMAIL, to)


@shared_task
def notify_join_request(affiliation_id: int, language: str | None = None) -> None:
    """Tells the organisation's primary contacts (or the staff) about a request."""
    with transaction.atomic():
        affiliation = (
            Affiliation.objects.select_for_update(of=("self",))
            .select_related("user", "organisation")
            .filter(pk=affiliation_id, request_notified_at__isnull=True)
            .first()
        )
        if affiliation is None:
            return
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
        with translation.override(language or settings.LANGUAGE_CODE):
            _send(
                template="join_request",
                context={
                    "affiliation": affiliation,
                    "url": _absolute(reverse("accounts:join_requests")),
                },
                to=contacts,
            )
        affiliation.request_notified_at = timezone.now()
        affiliation.save(update_fields=["request_notified_at"])


@shared_task
def notify_join_decision(affiliation_id: int, language: str | None = None) -> None:
    """Tells the person whether their request was approved or rejected."""
    with transaction.atomic():
        affiliation = (
            Affiliation.objects.select_for_update(of=("self",))
            .select_related("user", "organisation")
            .filter(
                pk=affiliation_id,
                decision_notified_at__isnull=True,
                status__in=[Affiliation.Status.APPROVED, Affiliation.Status.REJECTED],
            )
            .first()
        )
        if affiliation is None:
            return
        with translation.override(language or settings.LANGUAGE_CODE):
            _send(
                template="join_decision",
                context={
                    "affiliation": affiliation,
                    "approved": affiliation.status == Affiliation.Status.APPROVED,
                    "url": _absolute(reverse("accounts:home")),
                },
                to=[affiliation.user.email],
            )
        affiliation.decision_notified_at = timezone.now()
        affiliation.save(update_fields=["decision_notified_at"])


@shared_task
def send_newsletter_receipt(consent_id: int) -> None:
    """Confirms a newsletter sign-up, with the link that withdraws the consent."""
    with transaction.atomic():
        consent = (
            NewsletterConsent.objects.select_for_update()
            .filter(pk=consent_id, receipt_sent_at__isnull=True)
            .first()
        )
        if consent is None:
            return
        with translation.override(consent.language):
            _send(
                template="newsletter_receipt",
                context={
                    "consent": consent,
                    "url": _absolute(
                        reverse("newsletter:withdraw", args=[consent.token])
                    ),
                },
                to=[consent.email],
            )
        consent.receipt_sent_at = timezone.now()
        consent.save(update_fields=["receipt_sent_at"])
