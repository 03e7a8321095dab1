"""The network's own addresses under "My account": proposing profile changes."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from accounts.models import Organisation
from core.i18n_fields import localized

from .profile_changes import (
    ProfileChangeForm,
    changed_values,
    proposable_organisations,
    propose,
)


@login_required
def propose_changes(request, pk: int):
    organisation = proposable_organisations(request.user).filter(pk=pk).first()
    if organisation is None:
        raise Http404
    published = Organisation.objects.get(pk=organisation.pk)
    # The form changes its instance in memory only: it is never saved here.
    form = ProfileChangeForm(request.POST or None, instance=organisation)
    if request.method == "POST" and form.is_valid():
        values = changed_values(published, form.cleaned_data)
        if not values:
            form.add_error(None, _("Nothing was changed."))
        else:
            propose(
                organisation=published,
                user=request.user,
                values=values,
                language=translation.get_language() or "",
            )
            messages.success(
                request, _("Thank you: the team will review your proposal.")
            )
            return redirect(reverse("accounts:home"))
    return render(
        request,
        "network/propose_changes.html",
        {
            "form": form,
            "organisation": published,
            "presentation": localized(published, "presentation"),
        },
    )
