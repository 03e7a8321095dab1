"""Reads of event registration: an event's registration, who may register, who
sees the join link."""

from accounts.models import Affiliation
from accounts.selectors import user_is_member
from core import pagecache

from .models import Registrant, Registration


def registration_for(event) -> Registration | None:
    """The registration of an event page, whatever its language (remembered until
    what every page repeats changes: saving a registration changes it)."""
    found = pagecache.remembered(
        "event-registration",
        event.translation_key,
        compute=lambda: list(
            Registration.objects.select_related("event", "group").filter(
                event_key=event.translation_key
            )[:1]
        ),
        tag=pagecache.SITE,
    )
    return found[0] if found else None


def may_register(*, registration: Registration, user) -> bool:
    """Whether the person is in the registration's audience."""
    if not user.is_authenticated:
        return False
    if registration.audience == Registration.Audience.MEMBERS:
        return user_is_member(user=user)
    if registration.audience == Registration.Audience.GROUP:
        return Affiliation.objects.filter(
            user=user,
            status=Affiliation.Status.APPROVED,
            organisation__in=registration.group.members.all(),
        ).exists()
    return True


def registrant_of(*, registration: Registration, user) -> Registrant | None:
    if not user.is_authenticated:
        return None
    return registration.registrants.filter(user=user).first()


def sees_join_link(*, registration: Registration, user) -> bool:
    """Only a registered person (not waitlisted, not cancelled) gets the link."""
    registrant = registrant_of(registration=registration, user=user)
    return registrant is not None and registrant.state == Registrant.State.REGISTERED


HOLDING = (Registrant.State.REGISTERED, Registrant.State.PENDING)


def places_taken(registration: Registration) -> int:
    """Places given, paid or held for their payment."""
    return registration.registrants.filter(state__in=HOLDING).count()


def user_registrations(user):
    """The person's registrations that are not cancelled, soonest event first."""
    return (
        Registrant.objects.filter(user=user)
        .exclude(state=Registrant.State.CANCELLED)
        .select_related("registration__event")
        .order_by("registration__event__start")
    )


def may_have_materials(*, registration: Registration, user) -> bool:
    """The recording and slides: for who had a place (or, if organisers say so,
    the people of member organisations too) and staff who organise."""
    if not user.is_authenticated:
        return False
    if user.has_perm("events.view_registration"):
        return True
    held = registration.registrants.filter(
        user=user, state=Registrant.State.REGISTERED
    ).exists()
    if held:
        return True
    return registration.materials_for == Registration.Materials.MEMBERS and (
        user_is_member(user=user)
    )


def registration_of_slides(document) -> Registration | None:
    return Registration.objects.filter(slides=document).first()
