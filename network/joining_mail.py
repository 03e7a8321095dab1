"""E-mails about membership applications, written to the outbox with the change.

Each is recorded in the transaction of the submission or decision it reports, once (a
unique key per application and kind), and sent after commit by the outbox. The
applicant's mails are in the language of the page they applied on.
"""

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from core.outbox import outbox_queue

from .models import MembershipApplication


def _absolute(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _queue(*, template, context, to, source, key, language, secret=False) -> None:
    language = language or settings.LANGUAGE_CODE
    with translation.override(language):
        subject = render_to_string(f"network/email/{template}_subject.txt", context)
        body = render_to_string(f"network/email/{template}_message.txt", context)
    message = EmailMessage(" ".join(subject.split()), body, to=to)
    outbox_queue(
        message=message,
        source=source,
        key=key,
        language=language,
        carries_secret=secret,
    )


def staff_addresses() -> list[str]:
    """``NETWORK_APPLICATIONS_GROUP``'s active people, else the managers' addresses."""
    name = getattr(settings, "NETWORK_APPLICATIONS_GROUP", "Moderators")
    group = Group.objects.filter(name=name).first()
    found = []
    if group is not None:
        found = list(
            group.user_set.filter(is_active=True)
            .order_by("email")
            .values_list("email", flat=True)
        )
    return (
        found
        or [address for _name, address in settings.MANAGERS]
        or [settings.SERVER_EMAIL]
    )


def application_received_mails(*, application: MembershipApplication) -> None:
    """The applicant's receipt and the staff's notice."""
    _queue(
        template="application_receipt",
        context={"application": application},
        to=[application.email],
        source="network.application.receipt",
        key=f"network.application.{application.pk}.receipt",
        language=application.language,
    )
    url = reverse("network_applications:review", kwargs={"pk": application.pk})
    _queue(
        template="application_staff",
        context={"application": application, "url": _absolute(url)},
        to=staff_addresses(),
        source="network.application.staff",
        key=f"network.application.{application.pk}.staff",
        language=settings.LANGUAGE_CODE,
    )


def application_invitation_mail(
    *, application: MembershipApplication, url: str
) -> None:
    _queue(
        template="application_invitation",
        context={"application": application, "url": url},
        to=[application.email],
        source="network.application.invitation",
        key=f"network.application.{application.pk}.invitation",
        language=application.language,
        secret=True,
    )


def application_declined_mail(
    *, application: MembershipApplication, reason: str
) -> None:
    _queue(
        template="application_declined",
        context={"application": application, "reason": reason},
        to=[application.email],
        source="network.application.declined",
        key=f"network.application.{application.pk}.declined",
        language=application.language,
    )
