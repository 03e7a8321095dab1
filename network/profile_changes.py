"""Proposals to change an organisation's public profile: made by its people, decided
by staff. Approval copies the values to the organisation; both decisions are audited
and the proposer is told by e-mail, in their language, through the outbox."""

from django import forms
from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from accounts.models import Affiliation, Organisation
from accounts.selectors import organisations_with_membership_on
from core.audit import audit_record
from core.outbox import outbox_queue

from .models import ProfileChangeRequest
from .models.profile_changes import PROPOSABLE_FIELDS


class ProfileChangeForm(forms.ModelForm):
    """The organisation's own fields, so their validation (lengths, https) applies."""

    class Meta:
        model = Organisation
        fields = list(PROPOSABLE_FIELDS)
        widgets = {
            name: forms.Textarea(attrs={"rows": 5})
            for name in PROPOSABLE_FIELDS
            if name.startswith("presentation")
        }


def proposable_organisations(user):
    """The organisations this person may propose changes for: an approved link to a
    listed or current member organisation."""
    if not user.is_authenticated:
        return Organisation.objects.none()
    current = organisations_with_membership_on(on=timezone.localdate())
    linked = Affiliation.objects.filter(
        user=user, status=Affiliation.Status.APPROVED
    ).values("organisation_id")
    return (
        Organisation.objects.filter(pk__in=linked)
        .filter(pk__in=current.values("pk"))
        .order_by("name")
    )


def changed_values(organisation: Organisation, cleaned: dict) -> dict:
    return {
        name: cleaned[name]
        for name in PROPOSABLE_FIELDS
        if (cleaned.get(name) or "") != (getattr(organisation, name) or "")
    }


@transaction.atomic
def propose(*, organisation, user, values: dict, language: str) -> ProfileChangeRequest:
    proposal = ProfileChangeRequest.objects.create(
        organisation=organisation, proposed_by=user, values=values, language=language
    )
    audit_record(
        subject=proposal,
        actor=user,
        action="network.profile_change.proposed",
        to_state=proposal.status,
        data={"organisation": organisation.pk, "fields": sorted(values)},
    )
    return proposal


def _tell_proposer(proposal: ProfileChangeRequest) -> None:
    user = proposal.proposed_by
    if user is None or not user.email:
        return
    language = (
        getattr(user, "language", "") or proposal.language or settings.LANGUAGE_CODE
    )
    context = {"proposal": proposal, "approved": proposal.status == "approved"}
    with translation.override(language):
        subject = render_to_string("network/email/profile_change_subject.txt", context)
        body = render_to_string("network/email/profile_change_message.txt", context)
    outbox_queue(
        message=EmailMessage(" ".join(subject.split()), body, to=[user.email]),
        source="network.profile_change.decided",
        key=f"network.profile_change.{proposal.pk}.decided",
        language=language,
    )


@transaction.atomic
def decide(*, proposal: ProfileChangeRequest, actor, approve: bool, comment: str = ""):
    """Approve (apply the values) or reject a pending proposal; anything else is a
    ValueError."""
    proposal = ProfileChangeRequest.objects.select_for_update().get(pk=proposal.pk)
    if proposal.status != ProfileChangeRequest.Status.PENDING:
        raise ValueError(_("This proposal was already decided."))
    status = ProfileChangeRequest.Status
    proposal.status = status.APPROVED if approve else status.REJECTED
    proposal.decided_by = actor
    proposal.decided_at = timezone.now()
    proposal.staff_comment = comment
    proposal.save()
    data = {"organisation": proposal.organisation_id}
    if approve:
        organisation = Organisation.objects.select_for_update().get(
            pk=proposal.organisation_id
        )
        before = {name: getattr(organisation, name) for name in proposal.values}
        for name, value in proposal.values.items():
            if name in PROPOSABLE_FIELDS:
                setattr(organisation, name, value)
        organisation.full_clean()
        fields = [name for name in proposal.values if name in PROPOSABLE_FIELDS]
        organisation.save(update_fields=fields)
        audit_record(
            subject=organisation,
            actor=actor,
            action="accounts.organisation.profile_changed",
            data={"proposal": proposal.pk, "before": before, "after": proposal.values},
        )
    audit_record(
        subject=proposal,
        actor=actor,
        action=f"network.profile_change.{proposal.status}",
        from_state=status.PENDING,
        to_state=proposal.status,
        note=comment,
        data=data,
    )
    _tell_proposer(proposal)
    return proposal


def privacy_export(user) -> list[dict]:
    return [
        {
            "organisation": p.organisation.name,
            "proposed_at": p.proposed_at.isoformat(),
            "values": p.values,
            "status": p.status,
        }
        for p in ProfileChangeRequest.objects.filter(proposed_by=user).select_related(
            "organisation"
        )
    ]


def privacy_erase(user) -> list[str]:
    # The proposals are about the organisation: they stay, without their author.
    ProfileChangeRequest.objects.filter(proposed_by=user).update(proposed_by=None)
    return []
