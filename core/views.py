"""Staff actions of the admin screens that ``core`` owns."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from .admin_outbox import MANAGE_OUTBOX
from .models import OutboxMessage
from .outbox import OutboxError, outbox_retry


def outbox_retry_view(request, pk: int):
    """GET asks for confirmation; POST sends the e-mail again (audited)."""
    if not request.user.has_perm(MANAGE_OUTBOX):
        raise PermissionDenied
    message = get_object_or_404(OutboxMessage, pk=pk)
    if request.method == "POST":
        try:
            outbox_retry(message=message, actor=request.user)
        except OutboxError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("The e-mail will be sent again shortly."))
        return redirect("core_outbox:inspect", message.pk)
    return render(
        request,
        "core/admin/outbox_retry.html",
        {"message": message, "title": _("Send again")},
    )
