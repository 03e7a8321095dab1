"""The join page's public side: the application form and the invitation link."""

from allauth.account.models import EmailAddress
from django.contrib import messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Page

from core.ratelimit import rate_limit_check

from .joining_forms import HONEYPOT_FIELD, ApplicationForm
from .joining_services import application_submit, invitation_accept, invitation_read

UTM_FIELDS = ("utm_source", "utm_medium", "utm_campaign")
UTM_SESSION_KEY = "network.utm"
THANKS_SESSION_KEY = "network.applied"
PRIVACY_SLUGS = ("confidentialite", "privacy", "privacidad", "donnees-personnelles")


def remember_utm(request) -> None:
    """The first visit's UTM values, kept in the session for reporting only."""
    if UTM_SESSION_KEY in request.session:
        return
    found = {
        name: request.GET.get(name, "")[:100].strip()
        for name in UTM_FIELDS
        if request.GET.get(name)
    }
    if found:
        request.session[UTM_SESSION_KEY] = found


def privacy_page(page):
    return (
        Page.objects.live()
        .filter(locale_id=page.locale_id, slug__in=PRIVACY_SLUGS)
        .only("id", "url_path", "path", "depth", "locale_id")
        .first()
    )


def application_view(page, request):
    campaign = page.campaign_for(request)
    if request.method == "POST":
        rate_limit_check(request, "network.application")
        form = ApplicationForm(request.POST)
        if form.is_valid():
            if not form.cleaned_data.get(HONEYPOT_FIELD):
                application_submit(
                    form=form,
                    language=get_language(),
                    campaign=campaign,
                    utm=request.session.get(UTM_SESSION_KEY, {}),
                )
            # A robot sees the same thank-you state as everyone else.
            request.session[THANKS_SESSION_KEY] = True
            target = page.get_url(request)
            if request.GET.get("campaign"):
                target += "?" + urlencode({"campaign": request.GET["campaign"][:50]})
            return redirect(target)
    else:
        remember_utm(request)
        form = ApplicationForm()
    context = page.get_context(request)
    context.update(
        form=form,
        campaign=campaign,
        thanks=request.session.pop(THANKS_SESSION_KEY, False)
        if request.method == "GET"
        else False,
        privacy_page=privacy_page(page),
        join_page=page if page.specific_class.__name__ == "JoinPage" else None,
    )
    template = page.get_template(request)
    return TemplateResponse(request, template, context)


def invitation_view(page, request, token):
    application = invitation_read(token)
    context = page.get_context(request)
    context.update(application=application, token_valid=application is not None)
    if application is None:
        context["problem"] = _(
            "This invitation link is not valid or has expired. Please write to us "
            "and we will send you a new one."
        )
        return TemplateResponse(
            request, "network/joining/invitation.html", context, status=400
        )
    if not request.user.is_authenticated:
        query = urlencode({"next": request.get_full_path()})
        context.update(
            signup_url=reverse("account_signup") + "?" + query,
            login_url=reverse("account_login") + "?" + query,
        )
        return TemplateResponse(request, "network/joining/invitation.html", context)
    verified = EmailAddress.objects.filter(
        user=request.user, email__iexact=application.email, verified=True
    ).exists()
    if not verified:
        context["problem"] = _(
            "This invitation was sent to another e-mail address. Please sign in "
            "with the invited address, or add and verify it in your account."
        )
        return TemplateResponse(
            request, "network/joining/invitation.html", context, status=403
        )
    invitation_accept(application=application, user=request.user)
    messages.success(
        request,
        _("Welcome! Your account is now linked to %(organisation)s.")
        % {"organisation": application.organisation.name},
    )
    return redirect("accounts:home")
