"""The door staff's check-in desk: scan or type a ticket's code, see who it is."""

from django.contrib.auth.decorators import login_required, permission_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy

from accounts.middleware import mfa_required

from ..exceptions import TicketingBusy
from ..permissions import CHECK_IN
from ..services import CheckInResult, position_check_in

CHECK_IN_MESSAGES = {
    "ok": gettext_lazy("Welcome: checked in."),
    "already": gettext_lazy("ALREADY CHECKED IN. Do not admit again without checking."),
    "unpaid": gettext_lazy("NOT PAID. This ticket's order is not paid."),
    "cancelled": gettext_lazy("CANCELLED. This ticket was cancelled."),
    "unknown": gettext_lazy("UNKNOWN TICKET. This code matches no ticket."),
    "busy": gettext_lazy("BUSY. Nothing was recorded: scan the ticket again."),
}


@login_required
@mfa_required
@permission_required(CHECK_IN, raise_exception=True)
def check_in(request: HttpRequest) -> HttpResponse:
    """The door staff's page: type or scan a ticket's code, see who it is."""
    result = None
    if request.method == "POST":
        try:
            result = position_check_in(
                secret=request.POST.get("secret", ""), actor=request.user
            )
        except TicketingBusy:
            # The ticket's row stayed locked (another desk, a refund): nothing
            # changed, so the desk shows "scan again" instead of an error page.
            result = CheckInResult(status="busy")
    return render(
        request,
        "ticketing/check_in.html",
        {
            "result": result,
            "message": CHECK_IN_MESSAGES[result.status] if result else "",
        },
        status=503 if result and result.status == "busy" else 200,
    )
