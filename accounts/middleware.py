"""Staff and jury set up a second factor before reaching the admin or a jury screen."""

from functools import wraps

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from .selectors import user_has_mfa, user_needs_mfa

MFA_SETUP_URL_NAME = "mfa_activate_totp"
# Where a person without a second factor may still go in the admin.
ADMIN_OPEN_PATHS = ("/admin/logout/",)


def _refuse(request):
    messages.warning(
        request,
        _(
            "Your role gives access to protected screens: set up two-factor "
            "authentication to continue."
        ),
    )
    return redirect(MFA_SETUP_URL_NAME)


def _must_set_up_mfa(request) -> bool:
    user = getattr(request, "user", None)
    return (
        user is not None
        and user.is_authenticated
        and user_needs_mfa(user=user)
        and not user_has_mfa(user=user)
    )


class RequireMFAMiddleware:
    """Sends staff without an authenticator from /admin/ to the MFA setup page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path_info
        if (
            path.startswith("/admin/")
            and not path.startswith(ADMIN_OPEN_PATHS)
            and _must_set_up_mfa(request)
        ):
            return _refuse(request)
        return self.get_response(request)


def mfa_required(view):
    """For jury screens and other protected views outside the admin."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if _must_set_up_mfa(request):
            return _refuse(request)
        return view(request, *args, **kwargs)

    return wrapper
