"""Business writes of the accounts app. Each owns its transaction."""

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from core.audit import audit_entries_for_person, audit_export, audit_record

from . import mail, privacy
from .exceptions import AccountsError
from .models import Affiliation, NewsletterConsent, Organisation, User
from .selectors import join_requests_for

# Erased accounts keep their row (for the records the law keeps) under this address.
ERASED_EMAIL_DOMAIN = "@erased.invalid"


def affiliation_request(
    *, user: User, organisation: Organisation, message: str = ""
) -> Affiliation:
    """A person asks to join an organisation; its primary contacts are told."""
    if not user.is_active:
        raise AccountsError(_("This account is not active."))
    with transaction.atomic():
        if Affiliation.objects.filter(
            user=user,
            organisation=organisation,
            status__in=[Affiliation.Status.PENDING, Affiliation.Status.APPROVED],
        ).exists():
            raise AccountsError(
                _("You already belong to or asked to join this organisation.")
            )
        affiliation = Affiliation(
            user=user, organisation=organisation, message=message.strip()
        )
        affiliation.full_clean()
        try:
            with transaction.atomic():
                affiliation.save()
        except IntegrityError as error:
            raise AccountsError(
                _("You already belong to or asked to join this organisation.")
            ) from error
        audit_record(
            subject=affiliation,
            actor=user,
            action="accounts.affiliation.requested",
            to_state=affiliation.status,
        )
        mail.join_request_mail(
            affiliation=affiliation, language=translation.get_language()
        )
    return affiliation


def _decide(*, affiliation: Affiliation, actor: User, to_state: str) -> Affiliation:
    with transaction.atomic():
        # Only someone allowed to decide may, and only on a request still pending.
        locked = (
            join_requests_for(user=actor)
            .select_for_update(of=("self",))
            .filter(pk=affiliation.pk)
            .first()
        )
        if locked is None:
            raise AccountsError(_("This request is no longer waiting for a decision."))
        from_state = locked.status
        locked.status = to_state
        locked.decided_at = timezone.now()
        locked.decided_by = actor
        locked.full_clean()
        locked.save()
        audit_record(
            subject=locked,
            actor=actor,
            action="accounts.affiliation.decided",
            from_state=from_state,
            to_state=to_state,
        )
        mail.join_decision_mail(affiliation=locked, language=locked.user.language)
    return locked


def affiliation_approve(*, affiliation: Affiliation, actor: User) -> Affiliation:
    return _decide(
        affiliation=affiliation, actor=actor, to_state=Affiliation.Status.APPROVED
    )


def affiliation_reject(*, affiliation: Affiliation, actor: User) -> Affiliation:
    return _decide(
        affiliation=affiliation, actor=actor, to_state=Affiliation.Status.REJECTED
    )


def affiliation_join_invited(
    *, user: User, organisation: Organisation, role: str, invited_by: User | None
) -> Affiliation:
    """An invited person joins: their link (a pending request, if any) is approved.

    Call inside the transaction that uses the invitation. A role is only ever
    raised: a primary contact invited as a member stays a primary contact.
    """
    affiliation = Affiliation.objects.filter(
        user=user,
        organisation=organisation,
        status__in=[Affiliation.Status.PENDING, Affiliation.Status.APPROVED],
    ).first() or Affiliation(user=user, organisation=organisation)
    before = affiliation.status if affiliation.pk else ""
    if affiliation.status == Affiliation.Status.APPROVED and affiliation.role in (
        role,
        Affiliation.Role.PRIMARY_CONTACT,
    ):
        return affiliation
    affiliation.status = Affiliation.Status.APPROVED
    affiliation.role = role
    affiliation.decided_at = timezone.now()
    affiliation.decided_by = invited_by
    affiliation.save()
    audit_record(
        subject=affiliation,
        actor=user,
        action="accounts.affiliation.invited_joined",
        from_state=before,
        to_state=affiliation.status,
    )
    return affiliation


def affiliation_end(*, affiliation: Affiliation, actor: User | None) -> Affiliation:
    """The link stops: the person leaves, or is removed, or the account is erased."""
    with transaction.atomic():
        locked = Affiliation.objects.select_for_update().get(pk=affiliation.pk)
        if locked.status == Affiliation.Status.ENDED:
            return locked
        from_state = locked.status
        locked.status = Affiliation.Status.ENDED
        locked.save(update_fields=["status"])
        audit_record(
            subject=locked,
            actor=actor,
            action="accounts.affiliation.ended",
            from_state=from_state,
            to_state=locked.status,
        )
    return locked


def organisation_set_membership(
    *,
    organisation: Organisation,
    actor: User | None,
    status: str,
    start=None,
    end=None,
) -> Organisation:
    """Changes the membership of an organisation (status and dates), audited."""
    with transaction.atomic():
        locked = Organisation.objects.select_for_update().get(pk=organisation.pk)
        before = _membership_state(locked)
        locked.membership_status = status
        locked.membership_start = start
        locked.membership_end = end
        locked.full_clean()
        locked.save()
        after = _membership_state(locked)
        if before != after:
            audit_record(
                subject=locked,
                actor=actor,
                action="accounts.organisation.membership_changed",
                from_state=before[0],
                to_state=after[0],
                note=f"{before[1]}–{before[2]} → {after[1]}–{after[2]}",
            )
    return locked


def _membership_state(organisation: Organisation) -> tuple[str, str, str]:
    return (
        organisation.membership_status,
        str(organisation.membership_start or ""),
        str(organisation.membership_end or ""),
    )


def newsletter_consent_give(
    *, email: str, wording: str, language: str, user: User | None = None
) -> NewsletterConsent:
    """Records consent with the exact wording shown; giving it again changes nothing."""
    email = email.strip().lower()
    with transaction.atomic():
        existing = NewsletterConsent.objects.filter(
            email__iexact=email, withdrawn_at__isnull=True
        ).first()
        if existing is not None:
            return existing
        consent = NewsletterConsent(
            email=email,
            wording=wording,
            language=language,
            user=user if user is not None and user.is_authenticated else None,
        )
        consent.full_clean()
        try:
            with transaction.atomic():
                consent.save()
        except IntegrityError:
            return NewsletterConsent.objects.get(
                email__iexact=email, withdrawn_at__isnull=True
            )
        audit_record(
            subject=consent,
            actor=user,
            action="accounts.newsletter_consent.given",
            to_state="given",
        )
        mail.newsletter_receipt_mail(consent=consent)
    return consent


def newsletter_consent_withdraw(*, consent: NewsletterConsent) -> NewsletterConsent:
    with transaction.atomic():
        locked = NewsletterConsent.objects.select_for_update().get(pk=consent.pk)
        if locked.withdrawn_at is None:
            locked.withdrawn_at = timezone.now()
            locked.save(update_fields=["withdrawn_at"])
            audit_record(
                subject=locked,
                actor=None,
                action="accounts.newsletter_consent.withdrawn",
                from_state="given",
                to_state="withdrawn",
            )
    return locked


def signin_failure_record(*, address: str, ip: str) -> None:
    """A sign-in that failed, for the audit log: the address typed and where from.

    Never the password. The entry is about the account with that address when there
    is one (it then appears in that person's data export), else about no account.
    """
    address = address.strip().lower()[:254]
    account = User.objects.filter(email__iexact=address).first() if address else None
    audit_record(
        subject=account or User,
        action="accounts.signin.failed",
        data={"address": address, "ip": ip},
    )


def user_profile_update(
    *, user: User, first_name: str, last_name: str, language: str | None = None
) -> User:
    with transaction.atomic():
        user.first_name = first_name.strip()
        user.last_name = last_name.strip()
        user.language = language or user.language
        user.full_clean()
        user.save(update_fields=["first_name", "last_name", "language"])
    return user


def user_export_data(*, user: User) -> dict:
    """Everything the site holds about a person, as JSON-serialisable data."""
    from allauth.account.models import EmailAddress
    from allauth.mfa.models import Authenticator

    data = {
        "format": "aivp-personal-data/1",
        "exported_at": timezone.now().isoformat(),
        "account": {
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "language": user.language,
            "date_joined": user.date_joined.isoformat(),
            "last_login": user.last_login.isoformat() if user.last_login else None,
            "email_addresses": [
                {"email": a.email, "verified": a.verified, "primary": a.primary}
                for a in EmailAddress.objects.filter(user=user).order_by("email")
            ],
            "groups": sorted(user.groups.values_list("name", flat=True)),
            "two_factor_methods": sorted(
                Authenticator.objects.filter(user=user).values_list("type", flat=True)
            ),
        },
    }
    for contributor in privacy.contributors():
        data[contributor.key] = contributor.export(user)
    return data


def user_erase(*, user: User, actor: User | None) -> list[str]:
    """Deletes an account: personal data is anonymised, what the law keeps is kept.

    The user row stays (anonymised, inactive, unusable password) so that records
    other apps must keep, such as paid orders and invoices, keep their owner. Returns
    what was kept and why, as the apps' contributors describe it.
    """
    from allauth.account.models import EmailAddress
    from allauth.mfa.models import Authenticator

    with transaction.atomic():
        user = User.objects.select_for_update().get(pk=user.pk)
        if not user.is_active and user.email.endswith(ERASED_EMAIL_DOMAIN):
            raise AccountsError(_("This account was already deleted."))
        kept: list[str] = []
        for contributor in privacy.contributors():
            kept.extend(str(reason) for reason in contributor.erase(user))
        EmailAddress.objects.filter(user=user).delete()
        Authenticator.objects.filter(user=user).delete()
        user.email = f"erased-{user.pk}{ERASED_EMAIL_DOMAIN}"
        user.first_name = ""
        user.last_name = ""
        user.is_active = False
        user.is_staff = False
        user.is_superuser = False
        user.set_unusable_password()
        user.save()
        user.groups.clear()
        user.user_permissions.clear()
        audit_record(
            subject=user,
            actor=actor if actor is not None and actor.pk != user.pk else None,
            action="accounts.user.erased",
            from_state="active",
            to_state="erased",
            note="\n".join(kept),
        )
    return kept


def accounts_privacy_export(user: User) -> dict:
    affiliations = Affiliation.objects.filter(user=user).select_related("organisation")
    consents = NewsletterConsent.objects.filter(
        Q(user=user) | Q(email__iexact=user.email)
    )
    return {
        "organisations": [
            {
                "organisation": a.organisation.name,
                "role": a.role,
                "status": a.status,
                "message": a.message,
                "requested_at": a.requested_at.isoformat(),
                "decided_at": a.decided_at.isoformat() if a.decided_at else None,
            }
            for a in affiliations
        ],
        "newsletter_consents": [
            {
                "email": c.email,
                "wording": c.wording,
                "language": c.language,
                "given_at": c.given_at.isoformat(),
                "withdrawn_at": c.withdrawn_at.isoformat() if c.withdrawn_at else None,
            }
            for c in consents
        ],
        # What the person did that the site recorded, and what was done to their
        # account, join requests and consents (the one audit log).
        "actions": audit_export(
            audit_entries_for_person(
                user,
                (Affiliation, [a.pk for a in affiliations]),
                (NewsletterConsent, [c.pk for c in consents]),
            )
        ),
    }


def accounts_privacy_erase(user: User) -> list[str]:
    for affiliation in Affiliation.objects.filter(
        user=user,
        status__in=[Affiliation.Status.PENDING, Affiliation.Status.APPROVED],
    ):
        affiliation_end(affiliation=affiliation, actor=None)
    Affiliation.objects.filter(user=user).update(message="")
    consents = NewsletterConsent.objects.filter(
        Q(user=user) | Q(email__iexact=user.email)
    )
    now = timezone.now()
    for consent in consents:
        consent.email = f"erased-consent-{consent.pk}{ERASED_EMAIL_DOMAIN}"
        consent.user = None
        consent.withdrawn_at = consent.withdrawn_at or now
        consent.save(update_fields=["email", "user", "withdrawn_at"])
    return []
