"""Settings for the test suite: fast hashing, in-memory mail, isolated media."""

import os
import tempfile
from urllib.parse import urlsplit, urlunsplit

from .base import *  # noqa: F403
from .base import CACHES, REDIS_URL, STORAGES, env

DEBUG = False
SECRET_KEY = "test-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Mail goes through the outbox and is delivered to django.core.mail.outbox, unless
# a test's worker is pointed at a real SMTP server.
OUTBOX_DELIVERY_BACKEND = env(
    "OUTBOX_DELIVERY_BACKEND", default="django.core.mail.backends.locmem.EmailBackend"
)
MEDIA_ROOT = tempfile.mkdtemp(prefix="aivp-test-media-")
PRIVATE_MEDIA_ROOT = tempfile.mkdtemp(prefix="aivp-test-private-")
STORAGES = {
    **STORAGES,
    "private": {
        **STORAGES["private"],
        "OPTIONS": {**STORAGES["private"]["OPTIONS"], "location": PRIVATE_MEDIA_ROOT},
    },
}
# The tests look at pictures, not at their bytes: AVIF at its fastest.
IMAGE_AVIF_SPEED = 10
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False

# Parallel workers (pytest-xdist) share one Redis server. A cache.clear() is a
# FLUSHDB, so each worker gets a database of its own, after the broker's:
# REDIS_URL's database N is the broker, N+1, N+2... the workers' caches.
if REDIS_URL:
    _worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0")
    _index = int(_worker[2:]) if _worker[2:].isdigit() else 0
    _url = urlsplit(REDIS_URL)
    _broker_db = int(_url.path.strip("/") or 0)
    CACHES["default"]["LOCATION"] = urlunsplit(
        _url._replace(path=f"/{_broker_db + 1 + _index}")
    )

# Tasks run inline unless a test starts a real worker and says otherwise.
CELERY_TASK_ALWAYS_EAGER = env.bool("CELERY_TASK_ALWAYS_EAGER", default=True)
WAGTAILADMIN_BASE_URL = "http://testserver"
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "http"
# A test's own worker takes its tasks from a queue of its own, and what it queues
# (a sweep, an offer after an expiry) goes there too.
CELERY_TASK_DEFAULT_QUEUE = env("CELERY_TASK_DEFAULT_QUEUE", default="celery")

# Tests that need it turn it on (tests/cms/test_prepare_published.py).
PREPARE_PUBLISHED_PAGES = False
