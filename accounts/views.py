import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.exceptions import AppError
from core.ratelimit import rate_limit

from . import services
from .exceptions import AccountsError
from .forms import (
    NEWSLETTER_CONSENT_WORDING,
    AccountDeleteForm,
    DecisionForm,
    JoinForm,
    NewsletterForm,
    ProfileForm,
)
from .models import Affiliation, NewsletterConsent
from .panels import panels_for
from .selectors import join_requests_for


@login_required
def account_home(request):
    return render(
        request, "accounts/account_home.html", {"panels": panels_for(request)}
    )


@login_required
def profile_edit(request):
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        services.user_profile_update(
            user=request.user,
            first_name=form.cleaned_data["first_name"],
            last_name=form.cleaned_data["last_name"],
            language=form.cleaned_data["language"],
        )
        messages.success(request, _("Your profile was saved."))
        return redirect("accounts:home")
    return render(request, "accounts/profile_form.html", {"form": form})


@login_required
@rate_limit("accounts.join")
def organisation_join(request):
    form = JoinForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.affiliation_request(
                user=request.user,
                organisation=form.cleaned_data["organisation"],
                message=form.cleaned_data["message"],
            )
        except AccountsError as error:
            form.add_error(None, error.message)
        else:
            messages.success(
                request,
                _("Your request was sent. You will get an e-mail once it is decided."),
            )
            return redirect("accounts:home")
    return render(request, "accounts/join_form.html", {"form": form})


@login_required
@require_POST
def affiliation_leave(request, pk: int):
    affiliation = get_object_or_404(
        Affiliation,
        pk=pk,
        user=request.user,
        status__in=[Affiliation.Status.PENDING, Affiliation.Status.APPROVED],
    )
    services.affiliation_end(affiliation=affiliation, actor=request.user)
    messages.success(
        request,
        _("You no longer belong to %(organisation)s.")
        % {"organisation": affiliation.organisation.name},
    )
    return redirect("accounts:home")


@login_required
def join_requests(request):
    return render(
        request,
        "accounts/join_requests.html",
        {"join_requests": join_requests_for(user=request.user)},
    )


@login_required
@require_POST
def join_request_decide(request, pk: int):
    affiliation = get_object_or_404(join_requests_for(user=request.user), pk=pk)
    form = DecisionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose to approve or to reject the request."))
        return redirect("accounts:join_requests")
    decide = (
        services.affiliation_approve
        if form.cleaned_data["decision"] == Affiliation.Status.APPROVED
        else services.affiliation_reject
    )
    try:
        decide(affiliation=affiliation, actor=request.user)
    except AccountsError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("The decision was recorded and the person told."))
    return redirect("accounts:join_requests")


@login_required
def privacy(request):
    return render(request, "accounts/privacy.html")


@login_required
def data_export(request):
    data = services.user_export_data(user=request.user)
    response = HttpResponse(
        json.dumps(data, indent=2, ensure_ascii=False),
        content_type="application/json; charset=utf-8",
    )
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = (
        f'attachment; filename="aivp-personal-data-{stamp}.json"'
    )
    return response


@login_required
def account_delete(request):
    form = AccountDeleteForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        user = request.user
        try:
            kept = services.user_erase(user=user, actor=user)
        except AppError as error:
            # Another module refused for now (e.g. its rows are busy): nothing
            # was erased, the person may try again.
            form.add_error(None, error.message)
        else:
            logout(request)
            return render(request, "accounts/account_deleted.html", {"kept": kept})
    return render(request, "accounts/account_delete.html", {"form": form})


@rate_limit("accounts.newsletter")
def newsletter_subscribe(request):
    initial = {"email": request.user.email} if request.user.is_authenticated else {}
    form = NewsletterForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        # A robot filled in the hidden field: answer as usual, record nothing.
        if not form.is_robot():
            services.newsletter_consent_give(
                email=form.cleaned_data["email"],
                wording=str(NEWSLETTER_CONSENT_WORDING),
                language=translation.get_language(),
                user=request.user,
            )
        return render(request, "accounts/newsletter_thanks.html")
    return render(request, "accounts/newsletter_form.html", {"form": form})


def newsletter_withdraw(request, token):
    consent = get_object_or_404(NewsletterConsent, token=token)
    if request.method == "POST":
        services.newsletter_consent_withdraw(consent=consent)
        messages.success(request, _("You are unsubscribed from the newsletter."))
        return redirect("newsletter:withdraw", token=token)
    return render(request, "accounts/newsletter_withdraw.html", {"consent": consent})
