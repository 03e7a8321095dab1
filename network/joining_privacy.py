"""Membership applications in a person's data export and erasure.

An application is matched to an account by its e-mail address (any verified or
unverified address of the account). Retention: see ``anonymise_old_applications``.
"""

import datetime

from allauth.account.models import EmailAddress
from django.db.models import Q
from django.utils import timezone

from .models import ApplicationNote, MembershipApplication

ERASED = "—"
FIELDS = ("contact_name", "contact_role", "email", "phone", "message")


def _addresses(user) -> list[str]:
    return [
        user.email,
        *EmailAddress.objects.filter(user=user).values_list("email", flat=True),
    ]


def _of(user):
    query = Q()
    for address in filter(None, _addresses(user)):
        query |= Q(email__iexact=address)
    if not query:
        return MembershipApplication.objects.none()
    return MembershipApplication.objects.filter(query)


def export(user) -> list[dict]:
    return [
        {
            "organisation_name": a.organisation_name,
            "kind": a.kind,
            "country": str(a.country),
            "city": a.city,
            "website": a.website,
            "contact_name": a.contact_name,
            "contact_role": a.contact_role,
            "email": a.email,
            "phone": a.phone,
            "message": a.message,
            "language": a.language,
            "status": a.status,
            "submitted_at": a.submitted_at.isoformat(),
        }
        for a in _of(user).order_by("submitted_at")
    ]


def anonymise(applications) -> int:
    """Blank the personal fields; the organisation's details stay for the report."""
    ids = list(applications.values_list("pk", flat=True))
    ApplicationNote.objects.filter(application_id__in=ids).delete()
    return MembershipApplication.objects.filter(pk__in=ids).update(
        contact_name=ERASED,
        contact_role="",
        email="erased@erased.invalid",
        phone="",
        message="",
        utm_source="",
        utm_medium="",
        utm_campaign="",
        anonymised_at=timezone.now(),
    )


def erase(user) -> list[str]:
    anonymise(_of(user))
    return []


def anonymise_old_applications(*, months: int = 12) -> int:
    """Declined, withdrawn and duplicate applications older than ``months``."""
    cutoff = timezone.now() - datetime.timedelta(days=30 * months)
    return anonymise(
        MembershipApplication.objects.filter(
            status__in=["declined", "withdrawn", "duplicate"],
            anonymised_at__isnull=True,
            submitted_at__lt=cutoff,
        )
    )
