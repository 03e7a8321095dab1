"""The organisers' screens beyond the lists: the check-in list for the door (a
phone's width), a message to everyone with a place, and attendance over a year."""

from django import forms
from django.contrib import messages
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from core.admin_home import Row, work_panel
from core.permissions import require_permission

from .exceptions import EventsError
from .models import Registrant, Registration
from .reports import attendance
from .services import registrant_mark_attended, registration_message

CHANGE_REGISTRANT = "events.change_registrant"
VIEW_REGISTRATION = "events.view_registration"


def checkin_view(request, pk: int):
    require_permission(request, CHANGE_REGISTRANT)
    registration = get_object_or_404(
        Registration.objects.select_related("event"), pk=pk
    )
    if request.method == "POST":
        number = str(request.POST.get("registrant", ""))[:12]
        registrant = get_object_or_404(
            Registrant,
            pk=int(number) if number.isdigit() else 0,
            registration=registration,
        )
        try:
            registrant_mark_attended(
                registrant=registrant,
                attended=request.POST.get("attended") == "1",
                actor=request.user,
            )
        except EventsError as error:
            messages.error(request, error.message)
        query = str(request.POST.get("q", ""))[:100]
        return redirect(f"{request.path}?q={query}#registrant-{registrant.pk}")
    query = " ".join(str(request.GET.get("q", "")).split())[:100]
    people = registration.registrants.filter(
        state=Registrant.State.REGISTERED
    ).select_related("user")
    if query:
        people = people.filter(
            Q(user__first_name__icontains=query)
            | Q(user__last_name__icontains=query)
            | Q(user__email__icontains=query)
            | Q(organisation__icontains=query)
        )
    people = list(people.order_by("user__last_name", "user__first_name", "pk"))
    present = registration.registrants.filter(
        state=Registrant.State.REGISTERED, attended=True
    ).count()
    return TemplateResponse(
        request,
        "events/admin/checkin.html",
        {
            "registration": registration,
            "people": people,
            "query": query,
            "present": present,
        },
    )


class MessageForm(forms.Form):
    subject = forms.CharField(label=gettext_lazy("Subject"), max_length=200)
    body = forms.CharField(
        label=gettext_lazy("Message"), max_length=10000, widget=forms.Textarea
    )


def message_view(request, pk: int):
    require_permission(request, CHANGE_REGISTRANT)
    registration = get_object_or_404(
        Registration.objects.select_related("event"), pk=pk
    )
    form = MessageForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            sent = registration_message(
                registration=registration,
                subject=form.cleaned_data["subject"],
                body=form.cleaned_data["body"],
                actor=request.user,
            )
        except EventsError as error:
            messages.error(request, error.message)
        else:
            messages.success(
                request, _("Message sent to %(count)s people.") % {"count": sent}
            )
            return redirect("event_registrations:inspect", registration.pk)
    recipients = registration.registrants.filter(
        state=Registrant.State.REGISTERED
    ).count()
    return TemplateResponse(
        request,
        "events/admin/message.html",
        {"registration": registration, "form": form, "recipients": recipients},
    )


def attendance_view(request):
    require_permission(request, VIEW_REGISTRATION)
    this_year = timezone.localdate().year
    try:
        year = int(str(request.GET.get("year", this_year))[:4])
    except ValueError:
        year = this_year
    year = min(max(year, 2000), this_year + 5)
    return TemplateResponse(
        request,
        "events/admin/attendance.html",
        {
            "year": year,
            "years": range(this_year - 4, this_year + 2),
            **attendance(year),
        },
    )


@work_panel(
    "events_coming",
    heading=gettext_lazy("Coming events with registration"),
    permission=CHANGE_REGISTRANT,
    order=90,
)
def coming_events_panel(request) -> list[Row] | None:
    """For organisers: the next events taking registrations (one query)."""
    registrations = list(
        Registration.objects.filter(event__start__gte=timezone.now())
        .select_related("event")
        .annotate(
            registered=Count(
                "registrants",
                filter=Q(registrants__state=Registrant.State.REGISTERED),
            ),
            waitlisted=Count(
                "registrants",
                filter=Q(registrants__state=Registrant.State.WAITLISTED),
            ),
        )
        .order_by("event__start", "pk")[:8]
    )
    if not registrations:
        return None
    return [
        Row(
            f"registration-{registration.pk}",
            registration.event.title,
            count=registration.registered,
            url=reverse("event_registrations:inspect", args=[registration.pk]),
            note=_places_note(registration),
        )
        for registration in registrations
    ]


def _places_note(registration) -> str:
    """The start and places, as in: 12/06/2027 — 40 of 60 places, 3 waiting."""
    registered = registration.registered
    if registration.capacity:
        places = _("%(registered)s of %(places)s places") % {
            "registered": registered,
            "places": registration.capacity,
        }
    else:
        places = ngettext(
            "%(counter)s registered", "%(counter)s registered", registered
        ) % {"counter": registered}
    if registration.waitlisted:
        places += ", " + ngettext(
            "%(counter)s waiting", "%(counter)s waiting", registration.waitlisted
        ) % {"counter": registration.waitlisted}
    start = date_format(registration.event.local_start, "SHORT_DATE_FORMAT")
    return f"{start} — {places}"
