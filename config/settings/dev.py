"""Local development: debug on, console e-mail, no HTTPS."""

from .base import *  # noqa: F403
from .base import env

DEBUG = env.bool("DEBUG", default=True)
SECRET_KEY = env(
    "SECRET_KEY", default="dev-only-secret-key-not-for-production-use-0123456789"
)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])

SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
# Links in the e-mails printed to the console point at the runserver, without TLS.
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "http"
