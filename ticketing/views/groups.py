"""A buyer asks for a group booking: more unpaid places than the limits allow."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from core.ratelimit import rate_limit

from ..exceptions import TicketingError
from ..forms import GroupRequestForm
from ..models import Conference, GroupRequest
from ..services import group_request_create, hold_limits


@login_required
@rate_limit("ticketing.request")
def group_request(request: HttpRequest, slug: str) -> HttpResponse:
    conference = get_object_or_404(Conference, slug=slug, sold_for="")
    initial = {}
    if request.GET.get("places", "").isdigit():
        initial["places"] = int(request.GET["places"])
    form = GroupRequestForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            group_request_create(
                buyer=request.user, conference=conference, **form.cleaned_data
            )
        except TicketingError as error:
            form.add_error(None, error.message)
        else:
            messages.success(
                request, _("Your request is sent. We will answer by e-mail.")
            )
            return redirect("ticketing:group_request", slug=conference.slug)
    return render(
        request,
        "ticketing/group_request.html",
        {
            "conference": conference,
            "form": form,
            "limits": hold_limits(buyer=request.user, conference=conference),
            "requests": GroupRequest.objects.filter(
                buyer=request.user, conference=conference
            ),
        },
    )
