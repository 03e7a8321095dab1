"""The waiting list of a sold-out ticket type: join it, see it, leave it."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.ratelimit import rate_limit

from ..exceptions import TicketingError
from ..forms import WaitingListJoinForm
from ..models import Conference, WaitingListEntry
from ..selectors import waiting_list_of_user
from ..services import waiting_list_cancel as waiting_list_cancel_service
from ..services import waiting_list_join as waiting_list_join_service


@login_required
@rate_limit("ticketing.request")
@require_POST
def waiting_list_join(request: HttpRequest, slug: str) -> HttpResponse:
    conference = get_object_or_404(Conference, slug=slug, sold_for="")
    form = WaitingListJoinForm(request.POST)
    tickets_url = reverse("ticketing:tickets", kwargs={"slug": conference.slug})
    if not form.is_valid():
        messages.error(request, _("Enter a number of tickets between 1 and 99."))
        return redirect(tickets_url)
    ticket_type = get_object_or_404(
        conference.ticket_types, pk=form.cleaned_data["ticket_type"]
    )
    try:
        waiting_list_join_service(
            user=request.user,
            ticket_type=ticket_type,
            quantity=form.cleaned_data["quantity"],
        )
    except TicketingError as error:
        messages.error(request, error.message)
        return redirect(tickets_url)
    messages.success(
        request,
        _(
            "You are on the waiting list for “%(name)s”. We will e-mail you as soon "
            "as places are free."
        )
        % {"name": ticket_type.local_name},
    )
    return redirect("ticketing:waiting_list")


@login_required
def waiting_list(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "ticketing/waiting_list_entry_list.html",
        {"entries": waiting_list_of_user(user=request.user)},
    )


@login_required
@require_POST
def waiting_list_cancel(request: HttpRequest, pk: int) -> HttpResponse:
    entry = get_object_or_404(WaitingListEntry, pk=pk, user=request.user)
    try:
        waiting_list_cancel_service(entry=entry, actor=request.user)
    except TicketingError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("You have left the waiting list."))
    return redirect("ticketing:waiting_list")
