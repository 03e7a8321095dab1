"""Attendance over a year: per event (places held, present, rate) and per member
organisation (its people's registrations and presence: a member's engagement).
Three queries whatever the number of events and registrants."""

from collections import defaultdict

from django.db.models import Count, Q

from accounts.models import Affiliation

from .models import Registrant, Registration


def _rate(attended: int, registered: int) -> int | None:
    return round(100 * attended / registered) if registered else None


def attendance(year: int) -> dict:
    held = Q(registrants__state=Registrant.State.REGISTERED)
    events = list(
        Registration.objects.filter(event__start__year=year)
        .select_related("event")
        .annotate(
            registered=Count("registrants", filter=held),
            attended=Count("registrants", filter=held & Q(registrants__attended=True)),
        )
        .order_by("event__start")
    )
    for registration in events:
        registration.rate = _rate(registration.attended, registration.registered)
    places = list(
        Registrant.objects.filter(
            state=Registrant.State.REGISTERED,
            registration__event__start__year=year,
        ).values_list("user_id", "attended")
    )
    organisations_of = defaultdict(set)
    for user_id, name in Affiliation.objects.filter(
        status=Affiliation.Status.APPROVED,
        user_id__in={user_id for user_id, _ in places},
    ).values_list("user_id", "organisation__name"):
        organisations_of[user_id].add(name)
    totals = defaultdict(lambda: {"registered": 0, "attended": 0})
    for user_id, attended in places:
        for name in organisations_of.get(user_id, ()):
            totals[name]["registered"] += 1
            totals[name]["attended"] += int(attended)
    organisations = [
        {
            "name": name,
            **counts,
            "rate": _rate(counts["attended"], counts["registered"]),
        }
        for name, counts in sorted(totals.items())
    ]
    return {"events": events, "organisations": organisations}
