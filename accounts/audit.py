"""Audit entries: who changed the state of which record, when, from what to what."""

from django.contrib.contenttypes.models import ContentType
from django.db import models

from .models import AuditEntry


def audit_record(
    *,
    subject: models.Model,
    actor,
    action: str,
    from_state: str = "",
    to_state: str = "",
    note: str = "",
) -> AuditEntry:
    return AuditEntry.objects.create(
        actor=actor if actor is not None and actor.is_authenticated else None,
        content_type=ContentType.objects.get_for_model(subject),
        object_id=str(subject.pk),
        action=action,
        from_state=from_state,
        to_state=to_state,
        note=note,
    )


def audit_trail(subject: models.Model):
    return AuditEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(subject),
        object_id=str(subject.pk),
    )
