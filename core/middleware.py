"""The security headers every response carries, and the 429 page of the rate limits.

See docs/security.md for each header and why each directive is there.
"""

from csp.constants import HEADER as CSP_HEADER
from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config
from django.conf import settings
from django.shortcuts import render
from django.utils.translation import get_language_from_path

from .ratelimit import RateLimited

# A served file (a document, a ticket or invoice PDF, a data export) is never a page:
# the browser may run nothing in it and load nothing for it.
FILE_POLICY = "sandbox; default-src 'none'"


def is_served_file(response) -> bool:
    return "Content-Disposition" in response


def _view_name(request) -> str | None:
    match = getattr(request, "resolver_match", None)
    return match.view_name if match is not None else None


def _is_admin(request) -> bool:
    return request.path_info.startswith(settings.ADMIN_URL_PREFIX)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, choosing the policy by where the response goes.

    - served files: ``FILE_POLICY``;
    - the Wagtail admin (``ADMIN_URL_PREFIX``): ``ADMIN_CONTENT_SECURITY_POLICY``,
      which allows the inline scripts and styles the admin is built with;
    - everything else: ``CONTENT_SECURITY_POLICY``, plus the sources a named view
      needs (``CONTENT_SECURITY_POLICY_BY_VIEW``, e.g. Stripe's checkout page as a
      form target of the order review).
    """

    def process_response(self, request, response):
        if is_served_file(response):
            response[CSP_HEADER] = FILE_POLICY
        return super().process_response(request, response)

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if report_only:
            return parts
        if parts.config is None and _is_admin(request):
            parts.config = default_config(
                settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
            )
            # A nonce would make browsers ignore the admin's 'unsafe-inline'.
            parts.nonce = None
        extra = settings.CONTENT_SECURITY_POLICY_BY_VIEW.get(_view_name(request))
        if extra:
            parts.update = {**extra, **(parts.update or {})}
        return parts


def permissions_policy(features: dict[str, list[str]]) -> str:
    """``{"camera": [], "fullscreen": ["self", "https://x"]}`` as the header reads."""

    def allowlist(origins):
        return " ".join(o if o in ("self", "*") else f'"{o}"' for o in origins)

    return ", ".join(f"{name}=({allowlist(o)})" for name, o in features.items())


def _is_personal_path(path: str) -> bool:
    language = get_language_from_path(path)
    if language:
        path = path[len(language) + 1 :]
    return path.startswith(tuple(settings.PRIVATE_URL_PREFIXES))


class SecurityHeadersMiddleware:
    """Permissions-Policy on every response; no caching of anything personal; files
    marked as files."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        features = dict(settings.PERMISSIONS_POLICY)
        features.update(
            settings.PERMISSIONS_POLICY_BY_VIEW.get(_view_name(request), {})
        )
        response.headers.setdefault("Permissions-Policy", permissions_policy(features))
        # No other site may embed our responses as images, scripts or styles.
        response.headers.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        if is_served_file(response):
            response["X-Content-Type-Options"] = "nosniff"
        if self._is_personal(request, response):
            response["Cache-Control"] = "private, no-store"
        return response

    @staticmethod
    def _is_personal(request, response) -> bool:
        """Signed-in pages and the account, order, ticket and admin addresses.

        A response its view marked ``public`` (a feed, a calendar) is the same for
        everyone and keeps its caching, except under the personal addresses.
        """
        if _is_personal_path(request.path_info):
            return True
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return False
        return "public" not in response.get("Cache-Control", "")

    def process_exception(self, request, exception):
        if not isinstance(exception, RateLimited):
            return None
        response = render(
            request, "429.html", {"message": exception.message}, status=429
        )
        response["Retry-After"] = str(exception.retry_after)
        return response
