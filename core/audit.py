"""The project's one audit log: every state change of a record that matters.

    audit_record(subject=order, actor=request.user, action="ticketing.order.paid",
                 from_state="pending", to_state="paid", data={"method": "card"})
    audit_trail(order)   # newest first

Action names are dotted, ``<app>.<record>.<verb>``, so one app's entries can be found
with ``action__startswith="ticketing."``. Entries are append-only.
"""

import re
from collections.abc import Iterable

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q

from .models import AuditEntry

ACTION = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*){2,}$")


def audit_record(
    *,
    subject: models.Model | type[models.Model],
    actor=None,
    action: str,
    from_state: str = "",
    to_state: str = "",
    note: str = "",
    data: dict | None = None,
) -> AuditEntry:
    """Write one entry about ``subject``; an anonymous actor is recorded as nobody.

    ``subject`` may be a model rather than a record, for an event about no record in
    particular (a sign-in attempt with an address no account has).
    """
    if not ACTION.match(action):
        raise ValueError(f"audit actions are dotted <app>.<record>.<verb>: {action!r}")
    return AuditEntry.objects.create(
        actor=actor if actor is not None and actor.is_authenticated else None,
        content_type=ContentType.objects.get_for_model(subject),
        object_id="" if isinstance(subject, type) else str(subject.pk),
        action=action,
        from_state=from_state,
        to_state=to_state,
        note=note,
        data=data or {},
    )


def audit_trail(subject: models.Model):
    """Entries about one record, newest first."""
    return AuditEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(subject),
        object_id=str(subject.pk),
    )


def audit_entries_about(model: type[models.Model], pks: Iterable) -> models.QuerySet:
    """Entries about any of these records of one model (for exports and reports)."""
    return AuditEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(model),
        object_id__in=[str(pk) for pk in pks],
    )


def audit_entries_for_person(user, *subjects_by_model) -> models.QuerySet:
    """What the site recorded that this person did, or about their own records.

    ``subjects_by_model`` are (model, pks) pairs naming the person's records, e.g.
    ``(Affiliation, [3, 4])``; the person's user record is always included.
    """
    about = Q(actor=user) | Q(
        content_type=ContentType.objects.get_for_model(get_user_model()),
        object_id=str(user.pk),
    )
    for model, pks in subjects_by_model:
        about |= Q(
            content_type=ContentType.objects.get_for_model(model),
            object_id__in=[str(pk) for pk in pks],
        )
    return AuditEntry.objects.filter(about).order_by("at", "pk")


def audit_export(entries: Iterable[AuditEntry]) -> list[dict]:
    """Entries as the personal-data export shows them."""
    return [
        {
            "at": entry.at.isoformat(),
            "action": entry.action,
            "from": entry.from_state,
            "to": entry.to_state,
            "details": entry.data,
        }
        for entry in entries
    ]
