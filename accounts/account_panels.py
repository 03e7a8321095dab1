"""The panels the accounts app puts on the "My account" page."""

from django.utils.translation import gettext_lazy as _

from .panels import AccountPanel
from .selectors import (
    join_requests_for,
    user_has_mfa,
    user_is_member,
    user_needs_mfa,
    user_organisations,
)


def _organisation_context(request) -> dict:
    user = request.user
    return {
        "affiliations": list(user_organisations(user=user)),
        "is_member": user_is_member(user=user),
        "pending_decisions": join_requests_for(user=user).count(),
    }


def _security_context(request) -> dict:
    return {
        "has_mfa": user_has_mfa(user=request.user),
        "needs_mfa": user_needs_mfa(user=request.user),
    }


def profile_panel() -> AccountPanel:
    return AccountPanel(
        key="profile",
        title=_("Profile"),
        template_name="accounts/panels/profile.html",
        order=10,
    )


def organisation_panel() -> AccountPanel:
    return AccountPanel(
        key="organisation",
        title=_("Organisation"),
        template_name="accounts/panels/organisation.html",
        get_context=_organisation_context,
        order=20,
    )


def security_panel() -> AccountPanel:
    return AccountPanel(
        key="security",
        title=_("Security"),
        template_name="accounts/panels/security.html",
        get_context=_security_context,
        order=30,
    )


def privacy_panel() -> AccountPanel:
    return AccountPanel(
        key="privacy",
        title=_("Your data"),
        template_name="accounts/panels/privacy.html",
        order=900,
    )
