"""Reads other modules rely on, above all "is this person a member on that day?"."""

from datetime import date

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.conf import settings
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils import timezone

from .models import Affiliation, Organisation, User


def organisations_with_membership_on(*, on: date) -> QuerySet[Organisation]:
    """Organisations whose membership is active and covers the day `on` (inclusive)."""
    return Organisation.objects.filter(
        Q(membership_end__isnull=True) | Q(membership_end__gte=on),
        membership_status=Organisation.Status.ACTIVE,
        membership_start__lte=on,
    )


def public_member_organisations(*, on: date | None = None) -> QuerySet[Organisation]:
    """Organisations shown in the public list of members: listed and current."""
    return (
        organisations_with_membership_on(on=on or timezone.localdate())
        .filter(is_listed=True)
        .select_related("logo")
        .order_by("name")
    )


def user_is_member(*, user, on: date | None = None) -> bool:
    """True if `user` has member rights on the day `on` (today by default).

    Member rights need all of: an active account, a verified primary e-mail address,
    and an approved link to an organisation whose membership covers that day (the
    start and end days included). One query.
    """
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    on = on or timezone.localdate()
    verified = EmailAddress.objects.filter(
        user=OuterRef("pk"), email__iexact=OuterRef("email"), verified=True
    )
    affiliated = Affiliation.objects.filter(
        user=OuterRef("pk"),
        status=Affiliation.Status.APPROVED,
        organisation__in=organisations_with_membership_on(on=on),
    )
    return User.objects.filter(
        Exists(verified), Exists(affiliated), pk=user.pk, is_active=True
    ).exists()


def user_email_verified(*, user) -> bool:
    """True if the person has followed the verification link for their address.

    Buying, submitting and enrolling all require it (allauth already refuses to sign
    in an unverified person; services check again).
    """
    if user is None or not user.is_authenticated:
        return False
    return EmailAddress.objects.filter(
        user=user, email__iexact=user.email, verified=True
    ).exists()


def user_organisations(*, user) -> QuerySet[Affiliation]:
    """The person's own links to organisations, newest first, with the organisation."""
    return (
        Affiliation.objects.filter(user=user)
        .select_related("organisation")
        .order_by("-requested_at")
    )


def join_requests_for(*, user) -> QuerySet[Affiliation]:
    """Pending join requests this person may decide on.

    Staff who may change people's links to organisations (Moderators) decide on every
    request; anyone else only on those of an organisation they are the approved
    primary contact of. Being staff alone grants nothing here.
    """
    pending = Affiliation.objects.filter(status=Affiliation.Status.PENDING)
    if not user.has_perm("accounts.change_affiliation"):
        pending = pending.filter(
            organisation__affiliations__user=user,
            organisation__affiliations__role=Affiliation.Role.PRIMARY_CONTACT,
            organisation__affiliations__status=Affiliation.Status.APPROVED,
        )
    return pending.select_related("user", "organisation").order_by("requested_at")


def user_needs_mfa(*, user) -> bool:
    """Staff and jury must use a second factor before the admin or a jury screen."""
    if not user.is_authenticated:
        return False
    if user.is_staff or user.is_superuser or user.has_perm("wagtailadmin.access_admin"):
        return True
    return user.groups.filter(name__in=settings.ACCOUNTS_MFA_REQUIRED_GROUPS).exists()


def user_has_mfa(*, user) -> bool:
    return Authenticator.objects.filter(
        user=user, type=Authenticator.Type.TOTP
    ).exists()
