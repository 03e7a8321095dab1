"""The member-list import screen of the Wagtail admin: dry run first, then apply."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .exceptions import AccountsError
from .importing import COLUMNS, organisations_import

MAX_UPLOAD_BYTES = 2 * 1024 * 1024


class ImportForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Member list (CSV, UTF-8)"),
        required=False,
    )
    # The checked file's content, sent back with "Apply" so it is not uploaded twice.
    content = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = _("Columns: %(columns)s.") % {
            "columns": ", ".join(COLUMNS)
        }

    def clean(self):
        cleaned = super().clean()
        upload = cleaned.get("file")
        if upload:
            if upload.size > MAX_UPLOAD_BYTES:
                raise forms.ValidationError(_("The file is larger than 2 MB."))
            cleaned["data"] = upload.read()
        elif cleaned.get("content"):
            cleaned["data"] = cleaned["content"]
        else:
            raise forms.ValidationError(_("Choose a CSV file."))
        return cleaned


def organisation_import(request):
    if not request.user.has_perms(
        ["accounts.add_organisation", "accounts.change_organisation"]
    ):
        raise PermissionDenied
    form = ImportForm(request.POST or None, request.FILES or None)
    report = None
    content = ""
    if request.method == "POST" and form.is_valid():
        apply = "apply" in request.POST
        data = form.cleaned_data["data"]
        try:
            report = organisations_import(data=data, apply=apply, actor=request.user)
        except AccountsError as error:
            form.add_error(None, error.message)
        else:
            if report.applied:
                counts = report.counts
                messages.success(
                    request,
                    _(
                        "Import done: %(create)d created, %(update)d updated, "
                        "%(unchanged)d unchanged."
                    )
                    % counts,
                )
                return redirect("accounts_organisation:index")
            content = data.decode("utf-8-sig") if isinstance(data, bytes) else data
    return TemplateResponse(
        request,
        "accounts/admin/organisation_import.html",
        {
            "form": form,
            "report": report,
            "content": content,
            "index_url": reverse("accounts_organisation:index"),
        },
    )
