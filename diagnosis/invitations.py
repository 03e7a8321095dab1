"""Inviting a colleague by e-mail to fill in the organisation's assessments.

The primary contact writes a colleague's address; the colleague receives a link in
the contact's language. The link carries a signed token (the invitation and its
address; valid ``DIAGNOSIS_INVITATION_DAYS``, 30 by default). Whoever opens it signed
in with that address verified may accept: they join the organisation (an approved
affiliation, role member) and become a contributor, in one transaction. Anyone else
who opens it gets a 404, as for every other object of another organisation.
"""

from allauth.account.models import EmailAddress
from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from accounts.models import Affiliation, Organisation
from accounts.services import affiliation_join_invited
from core.outbox import outbox_queue

from .exceptions import DiagnosisError
from .models import Contributor, Invitation
from .selectors import access_to
from .services import audit

SALT = "diagnosis.invitation"


def _max_age() -> int:
    return getattr(settings, "DIAGNOSIS_INVITATION_DAYS", 30) * 24 * 3600


def invitation_token(invitation: Invitation) -> str:
    return signing.TimestampSigner(salt=SALT).sign_object(
        {"i": invitation.pk, "e": invitation.email.lower()}
    )


def invitation_url(invitation: Invitation) -> str:
    with translation.override(invitation.language or settings.LANGUAGE_CODE):
        path = reverse("diagnosis:invitation", args=[invitation_token(invitation)])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def invitation_read(token: str) -> Invitation | None:
    """The waiting invitation a token names; None if tampered, expired or used."""
    try:
        data = signing.TimestampSigner(salt=SALT).unsign_object(
            token, max_age=_max_age()
        )
    except (signing.BadSignature, ValueError):
        return None
    return (
        Invitation.objects.filter(
            pk=data.get("i"),
            email__iexact=data.get("e", ""),
            state=Invitation.State.PENDING,
        )
        .select_related("organisation", "invited_by")
        .first()
    )


def invited_person(invitation: Invitation, user) -> bool:
    """True if the person is signed in with the invited address, verified."""
    return (
        user.is_authenticated
        and EmailAddress.objects.filter(
            user=user, email__iexact=invitation.email, verified=True
        ).exists()
    )


def pending_invitations(organisation: Organisation):
    return Invitation.objects.filter(
        organisation=organisation, state=Invitation.State.PENDING
    ).order_by("email")


def _check_manager(organisation: Organisation, actor) -> None:
    if not access_to(actor, organisation).manage:
        raise DiagnosisError(
            _("Only the organisation's primary contact names contributors."),
            code="not_primary_contact",
        )


def _queue_mail(invitation: Invitation) -> None:
    language = invitation.language or settings.LANGUAGE_CODE
    context = {
        "invitation": invitation,
        "organisation": invitation.organisation,
        "inviter": invitation.invited_by,
        "url": invitation_url(invitation),
        "days": _max_age() // (24 * 3600),
    }
    with translation.override(language):
        subject = render_to_string("diagnosis/email/invitation_subject.txt", context)
        body = render_to_string("diagnosis/email/invitation_message.txt", context)
    outbox_queue(
        message=EmailMessage(" ".join(subject.split()), body, to=[invitation.email]),
        source="diagnosis.invitation",
        key=f"diagnosis.invitation.{invitation.pk}",
        language=language,
        carries_secret=True,
    )


def invitation_send(
    *, organisation: Organisation, email: str, actor, language: str
) -> Invitation:
    """The primary contact invites a colleague; the mail leaves after the commit."""
    _check_manager(organisation, actor)
    email = email.strip().lower()
    if Affiliation.objects.filter(
        organisation=organisation,
        status=Affiliation.Status.APPROVED,
        user__emailaddress__email__iexact=email,
    ).exists():
        raise DiagnosisError(
            _(
                "This person already belongs to the organisation: make them a "
                "contributor in the list above."
            ),
            code="already_member",
        )
    invitation = Invitation(
        organisation=organisation, email=email, invited_by=actor, language=language
    )
    invitation.full_clean(validate_constraints=False)
    try:
        with transaction.atomic():
            invitation.save()
            audit(invitation, actor=actor, verb="sent", data={"email": email})
            _queue_mail(invitation)
    except IntegrityError as error:
        raise DiagnosisError(
            _("This address is already invited and has not answered yet."),
            code="already_invited",
        ) from error
    return invitation


def invitation_withdraw(*, invitation: Invitation, actor) -> None:
    _check_manager(invitation.organisation, actor)
    with transaction.atomic():
        updated = Invitation.objects.filter(
            pk=invitation.pk, state=Invitation.State.PENDING
        ).update(state=Invitation.State.WITHDRAWN, decided_at=timezone.now())
        if updated:
            audit(invitation, actor=actor, verb="withdrawn")


def invitation_accept(*, invitation: Invitation, user) -> Contributor:
    """The invited colleague joins the organisation and becomes a contributor."""
    if not invited_person(invitation, user):
        raise DiagnosisError(
            _("This invitation was sent to another e-mail address."),
            code="other_address",
        )
    organisation = invitation.organisation
    with transaction.atomic():
        taken = Invitation.objects.filter(
            pk=invitation.pk, state=Invitation.State.PENDING
        ).update(
            state=Invitation.State.ACCEPTED,
            accepted_by=user,
            decided_at=timezone.now(),
        )
        if not taken:
            raise DiagnosisError(
                _("This invitation has already been used or withdrawn."),
                code="used",
            )
        affiliation_join_invited(
            user=user,
            organisation=organisation,
            role=Affiliation.Role.MEMBER,
            invited_by=invitation.invited_by,
        )
        contributor, created = Contributor.objects.get_or_create(
            organisation=organisation,
            user=user,
            defaults={"granted_by": invitation.invited_by},
        )
        if created:
            audit(contributor, actor=user, verb="granted", data={"user": user.pk})
        audit(invitation, actor=user, verb="accepted")
    return contributor
