"""Business writes about membership applications. Each owns its transaction."""

from django.core import signing
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.exceptions import AccountsError
from accounts.models import Affiliation, Organisation
from accounts.services import affiliation_join_invited, organisation_set_membership
from core.audit import audit_record

from . import joining_mail
from .models import ApplicationNote, Campaign, MembershipApplication

INVITATION_SALT = "network.application.invitation"
INVITATION_MAX_AGE = 30 * 24 * 3600  # thirty days


class ApplicationError(AccountsError):
    """A decision that cannot be taken (the application changed meanwhile)."""


def application_submit(
    *, form, language: str, campaign: Campaign | None, utm: dict
) -> MembershipApplication:
    """Store an application and queue the applicant's receipt and the staff's notice."""
    with transaction.atomic():
        application = form.save(commit=False)
        application.language = language
        application.campaign = campaign
        for name in ("utm_source", "utm_medium", "utm_campaign"):
            setattr(application, name, (utm.get(name) or "")[:100])
        application.full_clean()
        application.save()
        audit_record(
            subject=application,
            action="network.application.submitted",
            to_state=application.status,
        )
        joining_mail.application_received_mails(application=application)
    return application


def _locked(application: MembershipApplication, *, open_only=True):
    locked = MembershipApplication.objects.select_for_update().get(pk=application.pk)
    if open_only and locked.status not in MembershipApplication.OPEN:
        raise ApplicationError(
            _("This application is no longer waiting for a decision.")
        )
    return locked


def application_set_status(*, application, actor, status: str) -> MembershipApplication:
    """Move an application between the states that send no mail."""
    if status in (
        MembershipApplication.Status.APPROVED,
        MembershipApplication.Status.DECLINED,
    ):
        raise ApplicationError(_("Use the approval or decline forms."))
    with transaction.atomic():
        locked = _locked(application, open_only=False)
        if locked.status in (
            MembershipApplication.Status.APPROVED,
            MembershipApplication.Status.DECLINED,
        ):
            raise ApplicationError(_("This application was already decided."))
        before = locked.status
        if before == status:
            return locked
        locked.status = status
        locked.save(update_fields=["status"])
        audit_record(
            subject=locked,
            actor=actor,
            action="network.application.status_changed",
            from_state=before,
            to_state=status,
        )
    return locked


def application_note_add(*, application, actor, text: str) -> ApplicationNote:
    with transaction.atomic():
        note = ApplicationNote.objects.create(
            application=application, author=actor, text=text.strip()
        )
        audit_record(
            subject=application,
            actor=actor,
            action="network.application.note_added",
            note=note.text[:200],
        )
    return note


def invitation_token(application: MembershipApplication) -> str:
    return signing.TimestampSigner(salt=INVITATION_SALT).sign_object(
        {"a": application.pk, "e": application.email.lower()}
    )


def invitation_read(token: str) -> MembershipApplication | None:
    """The approved application a token invites to; None if tampered or expired."""
    try:
        data = signing.TimestampSigner(salt=INVITATION_SALT).unsign_object(
            token, max_age=INVITATION_MAX_AGE
        )
    except signing.BadSignature:
        return None
    return (
        MembershipApplication.objects.filter(
            pk=data.get("a"),
            email__iexact=data.get("e", ""),
            status=MembershipApplication.Status.APPROVED,
            organisation__isnull=False,
        )
        .select_related("organisation")
        .first()
    )


def application_approve(
    *, application, actor, organisation, kind, start, end, invitation_url
) -> MembershipApplication:
    """Create (or link) the organisation, make it a member, invite the contact."""
    with transaction.atomic():
        locked = _locked(application)
        if organisation is None:
            organisation = Organisation(
                name=locked.organisation_name,
                kind=kind,
                country=locked.country,
                city=locked.city,
                website=locked.website if locked.website.startswith("https://") else "",
                membership_status=Organisation.Status.PROSPECTIVE,
            )
            organisation.full_clean()
            organisation.save()
            audit_record(
                subject=organisation,
                actor=actor,
                action="accounts.organisation.created",
                note=_("From membership application %(pk)s") % {"pk": locked.pk},
            )
        elif organisation.kind != kind:
            Organisation.objects.filter(pk=organisation.pk).update(kind=kind)
        organisation_set_membership(
            organisation=organisation,
            actor=actor,
            status=Organisation.Status.ACTIVE,
            start=start,
            end=end,
        )
        before = locked.status
        locked.status = MembershipApplication.Status.APPROVED
        locked.organisation = organisation
        locked.decided_at = locked.invited_at = timezone.now()
        locked.decided_by = actor
        locked.save()
        audit_record(
            subject=locked,
            actor=actor,
            action="network.application.approved",
            from_state=before,
            to_state=locked.status,
            data={"organisation": organisation.pk},
        )
        joining_mail.application_invitation_mail(
            application=locked, url=invitation_url(invitation_token(locked))
        )
    return locked


def application_decline(*, application, actor, reason: str) -> MembershipApplication:
    with transaction.atomic():
        locked = _locked(application)
        before = locked.status
        locked.status = MembershipApplication.Status.DECLINED
        locked.decided_at = timezone.now()
        locked.decided_by = actor
        locked.save()
        audit_record(
            subject=locked,
            actor=actor,
            action="network.application.declined",
            from_state=before,
            to_state=locked.status,
            note=reason[:200],
        )
        joining_mail.application_declined_mail(application=locked, reason=reason)
    return locked


def invitation_accept(*, application, user) -> Affiliation:
    """The invited person, signed in with the invited address verified, joins."""
    with transaction.atomic():
        affiliation = affiliation_join_invited(
            user=user,
            organisation=application.organisation,
            role=Affiliation.Role.PRIMARY_CONTACT,
            invited_by=application.decided_by,
        )
        MembershipApplication.objects.filter(pk=application.pk).update(
            invitation_accepted_at=timezone.now()
        )
    return affiliation
