"""A person's event registrations in the privacy export; on erasure their places
are given up (the waiting list moves on) and the rows deleted."""

from accounts.privacy import PrivacyContributor

from .models import Registrant
from .services import registrant_cancel


def privacy_export(user) -> list[dict]:
    return [
        {
            "event": registrant.registration.event.title,
            "state": registrant.state,
            "organisation": registrant.organisation,
            "role": registrant.role,
            "answer": registrant.answer,
            "registered_at": registrant.created_at.isoformat(),
            "attended": registrant.attended,
        }
        for registrant in Registrant.objects.filter(user=user).select_related(
            "registration__event"
        )
    ]


def privacy_erase(user) -> list[str]:
    active = Registrant.objects.filter(user=user).exclude(
        state=Registrant.State.CANCELLED
    )
    for registrant in active:
        registrant_cancel(registrant=registrant, actor=None)
    Registrant.objects.filter(user=user).delete()
    return []


def privacy_contributor() -> PrivacyContributor:
    return PrivacyContributor(key="events", export=privacy_export, erase=privacy_erase)
