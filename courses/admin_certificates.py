"""Certificates in the admin: read as they were issued, revoked with a reason."""

from django import forms
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.views.generic import InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button

from core.permissions import ReadOnlyPermissionPolicy, require_permission

from .admin_views import CHANGE_ENROLMENT
from .exceptions import CoursesError
from .models import Certificate
from .services.certificates import certificate_revoke


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reason"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy(
            "Kept with the certificate and in the audit log; the public "
            "verification page says only that it is revoked."
        ),
    )


class CertificateInspectView(InspectView):
    @property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if self.object.revoked_at is None and self.request.user.has_perm(
            CHANGE_ENROLMENT
        ):
            buttons.append(
                Button(
                    _("Revoke"),
                    url=reverse("courses_certificates:revoke", args=[self.object.pk]),
                    icon_name="cross",
                    priority=30,
                )
            )
        return buttons


def revoke_view(request, pk: int):
    """Revoke a certificate for good, with the reason, after a confirmation."""
    require_permission(request, CHANGE_ENROLMENT)
    certificate = get_object_or_404(Certificate, pk=pk)
    inspect_url = reverse("courses_certificates:inspect", args=[certificate.pk])
    form = RevokeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            certificate_revoke(
                certificate=certificate,
                actor=request.user,
                reason=form.cleaned_data["reason"],
            )
        except CoursesError as error:
            form.add_error(None, error.message)
        else:
            messages.success(
                request,
                _("Certificate %(code)s is revoked.") % {"code": certificate.code},
            )
            return redirect(inspect_url)
    return TemplateResponse(
        request,
        "courses/admin/certificate_revoke.html",
        {
            "certificate": certificate,
            "form": form,
            "cancel_url": inspect_url,
            "title": _("Revoke the certificate"),
        },
        status=400 if form.errors else 200,
    )


class CertificateViewSet(ModelViewSet):
    name = "courses_certificates"
    model = Certificate
    url_prefix = "courses/certificates"
    icon = "doc-full"
    menu_label = gettext_lazy("Certificates")
    inspect_view_enabled = True
    inspect_view_class = CertificateInspectView
    copy_view_enabled = False
    form_fields = ["revocation_reason"]
    list_display = [
        "code",
        "learner_name",
        "course_title",
        "promotion_name",
        "issued_at",
        "revoked_at",
    ]
    list_filter = ["language", "issued_at"]
    search_fields = ["code", "learner_name", "promotion_name"]
    list_export = [
        "code",
        "learner_name",
        "course_title",
        "promotion_name",
        "language",
        "issued_at",
        "revoked_at",
    ]
    export_filename = "certificates"

    @property
    def permission_policy(self):
        # Certificates are issued by the code and kept as they were issued; a
        # revocation is its own action (revoke_view).
        return ReadOnlyPermissionPolicy(self.model)

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("<int:pk>/revoke/", revoke_view, name="revoke"),
        ]
