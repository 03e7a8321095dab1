"""Settings for the test suite: fast hashing, in-memory mail, isolated media."""

import os
import tempfile

from .base import *  # noqa: F403
from .base import CACHES, REDIS_URL, env

DEBUG = False
SECRET_KEY = "test-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = tempfile.mkdtemp(prefix="aivp-test-media-")
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False

# Parallel workers (pytest-xdist) share one Redis: keep their cache keys apart.
if REDIS_URL:
    CACHES["default"]["KEY_PREFIX"] = "aivp-test-" + os.environ.get(
        "PYTEST_XDIST_WORKER", "main"
    )

# Tasks run inline unless a test starts a real worker and says otherwise.
CELERY_TASK_ALWAYS_EAGER = env.bool("CELERY_TASK_ALWAYS_EAGER", default=True)
WAGTAILADMIN_BASE_URL = "http://testserver"
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "http"
