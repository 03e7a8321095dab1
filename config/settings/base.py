"""Settings shared by every environment.

Safe by default: DEBUG is off and cookies are secure; dev.py opts out. Everything that
differs between machines comes from the environment (twelve-factor, django-environ).
"""

from pathlib import Path

import environ
from wagtail.embeds import oembed_providers

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = False
SECRET_KEY = env("SECRET_KEY", default="")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

# --- Applications -------------------------------------------------------------------

INSTALLED_APPS = [
    # Project apps first so their templates override third-party ones.
    "core",
    "accounts",
    "cms",
    "network",
    "search",
    "courses",
    "ticketing",
    "awards",
    "diagnosis",
    "events",
    # Wagtail
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.typed_table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    # Django
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # Django's own widget templates, found by the project's template engine.
    "django.forms",
    "django_filters",
    "django_countries",
    "csp",
    # Accounts: sign-up, e-mail verification, multi-factor authentication
    "allauth",
    "allauth.account",
    "allauth.mfa",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # A kept page is served before the session, CSRF and user are looked at.
    "core.pagecache.PageCacheMiddleware",
    "cms.routing.RememberedSiteMiddleware",
    "core.middleware.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "accounts.middleware.RequireMFAMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "core.middleware.SecurityHeadersMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "site" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
                "csp.context_processors.nonce",
            ],
        },
    },
]

# Every form renders its fields through one template (site/templates/forms/).
FORM_RENDERER = "core.forms.SiteFormRenderer"

# --- Data ---------------------------------------------------------------------------

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("CONN_MAX_AGE", default=0))
# A connection kept between requests is tested before a request uses it, so a
# database restart costs the requests made during the restart and nothing after.
DATABASES["default"].setdefault("CONN_HEALTH_CHECKS", True)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env("REDIS_URL", default="")

if REDIS_URL:
    # While Redis is down, reads miss and writes are dropped (core/cache.py): the
    # site keeps serving, from the database. Short timeouts keep a dead Redis from
    # holding requests.
    CACHES = {
        "default": {
            "BACKEND": "core.cache.DegradingRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "aivp",
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "aivp",
        }
    }

# Sessions are database rows: signing in never depends on Redis.
SESSION_ENGINE = "django.contrib.sessions.backends.db"

# --- Authentication -----------------------------------------------------------------

AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "accounts:home"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]

# django-allauth: the e-mail address is the login and must be verified.
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_SIGNUP_FORM_HONEYPOT_FIELD = "website"
ACCOUNT_FORMS = {"signup": "accounts.forms.SignupForm"}
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_REAUTHENTICATION_REQUIRED = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[AIVP] "
# Labels allauth's mails for the outbox (docs/mail.md).
ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"
ACCOUNT_DEFAULT_HTTP_PROTOCOL = env("ACCOUNT_DEFAULT_HTTP_PROTOCOL", default="https")
# allauth's defaults, stated here so that a change is a visible decision; sign-up is
# stricter (docs/security.md).
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/300s/key",
    "signup": "5/m/ip,30/h/ip",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
    "change_password": "5/m/user",
    "manage_email": "10/m/user",
    "confirm_email": "1/180s/key",
    "reauthenticate": "10/m/user",
}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "AIVP"
MFA_TOTP_TOLERANCE = 1  # accept the previous and next 30-second code (clock drift)
# People who reach the Wagtail admin or a jury screen must have an authenticator.
ACCOUNTS_MFA_REQUIRED_GROUPS = ["Jury", "Door staff"]

AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation."
        "UserAttributeSimilarityValidator"
    },
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Languages ----------------------------------------------------------------------

LANGUAGE_CODE = "fr"
LANGUAGES = [
    ("fr", "Français"),
    ("en", "English"),
    ("es", "Español"),
]
LOCALE_PATHS = [BASE_DIR / "site" / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Paris"

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# --- Static and media ---------------------------------------------------------------

STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "staticfiles")
STATICFILES_DIRS = [BASE_DIR / "site" / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
# Where `manage.py backup` writes its archives (docs/operations.md).
BACKUP_DIR = env.path("BACKUP_DIR", default=BASE_DIR / "backups")
# Prize entries' files: outside MEDIA_ROOT, read only by permission-checked views.
PRIVATE_MEDIA_ROOT = env.path("PRIVATE_MEDIA_ROOT", default=BASE_DIR / "private")
# On S3-compatible storage, how long the signed URL of a private file (a document, a
# prize entry's file) given after a permission check stays valid (core/storage.py).
PRIVATE_MEDIA_URL_SECONDS = env.int("PRIVATE_MEDIA_URL_SECONDS", default=60)

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": str(PRIVATE_MEDIA_ROOT), "base_url": "/no-url/"},
    },
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage",
    },
}

# --- E-mail -------------------------------------------------------------------------

# Every e-mail becomes a row of the one outbox (core.OutboxMessage), written in the
# transaction of the change it reports, and is sent after commit through the real
# transport, OUTBOX_DELIVERY_BACKEND (EMAIL_URL: SMTP in production, the console by
# default). See docs/mail.md.
EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
OUTBOX_DELIVERY_BACKEND = env(
    "OUTBOX_DELIVERY_BACKEND", default=EMAIL_CONFIG["EMAIL_BACKEND"]
)
EMAIL_BACKEND = "core.mail.OutboxEmailBackend"
# Seconds an SMTP connection may hang before the attempt counts as failed.
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=30)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="AIVP <noreply@aivp.org>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# The domain of the Message-ID each outbox row keeps across its attempts.
OUTBOX_MESSAGE_ID_DOMAIN = env("OUTBOX_MESSAGE_ID_DOMAIN", default="aivp.org")
# Attempts before a row is "failed" and waits for staff (Settings → Outgoing
# e-mails); the delay doubles from the base up to the cap: 30 s, 1 min, 2 min, …
# 1 h, about three hours in all.
OUTBOX_MAX_ATTEMPTS = env.int("OUTBOX_MAX_ATTEMPTS", default=10)
OUTBOX_RETRY_BASE_SECONDS = env.int("OUTBOX_RETRY_BASE_SECONDS", default=30)
OUTBOX_RETRY_MAX_SECONDS = env.int("OUTBOX_RETRY_MAX_SECONDS", default=3600)
# A claim older than this belongs to a dead worker and the sweep hands the row to a
# new attempt; it must exceed the longest attempt (CELERY_TASK_TIME_LIMIT).
OUTBOX_CLAIM_SECONDS = env.int("OUTBOX_CLAIM_SECONDS", default=600)
# The sweep leaves a due row this long to the task queued at commit.
OUTBOX_SWEEP_GRACE_SECONDS = env.int("OUTBOX_SWEEP_GRACE_SECONDS", default=60)

# --- Security (secure by default; dev.py relaxes) -----------------------------------

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
# Messages travel in the session: no third cookie, which Django would also delete
# without its Secure flag.
MESSAGE_STORAGE = "django.contrib.messages.storage.session.SessionStorage"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Wagtail sets SAMEORIGIN on its own preview views, which need a frame.
X_FRAME_OPTIONS = "DENY"
# Headers, the admin's policy and the rate limits: docs/security.md.
# The full-page cache of anonymous visitors' pages.
from .caching import *  # noqa: E402, F403
from .security import *  # noqa: E402, F403

# --- Celery -------------------------------------------------------------------------

CELERY_BROKER_URL = REDIS_URL or "memory://localhost/"  # named: kombu warns otherwise
CELERY_RESULT_BACKEND = None
CELERY_TASK_ALWAYS_EAGER = not REDIS_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_TIME_LIMIT = 300
# KiB; a pool process above it after a task is replaced (docs/performance.md, Memory).
CELERY_WORKER_MAX_MEMORY_PER_CHILD = env.int("CELERY_MAX_MEMORY_KIB", default=220_000)
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# A request that queues a task while Redis is down gives up after about a second
# (core/queueing.py logs it; the periodic sweeps do the work later).
CELERY_BROKER_TRANSPORT_OPTIONS = {"socket_connect_timeout": 1, "socket_timeout": 5}
CELERY_TASK_PUBLISH_RETRY_POLICY = {
    "max_retries": 2,
    "interval_start": 0,
    "interval_step": 0.2,
    "interval_max": 0.5,
}
CELERY_TIMEZONE = TIME_ZONE

from .schedule import CELERY_BEAT_SCHEDULE  # noqa: E402, F401

# How long a transaction waits for a locked row before giving up with "busy, try
# again" (core.locking.locked_atomic; PostgreSQL only).
LOCK_TIMEOUT = env("LOCK_TIMEOUT", default="3s")

# Stripe and ticketing: config/settings/ticketing.py.
from .ticketing import *  # noqa: E402, F403

# --- Wagtail ------------------------------------------------------------------------

WAGTAIL_SITE_NAME = "AIVP"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAILIMAGES_IMAGE_MODEL = "cms.CustomImage"
# libavif's speed for AVIF renditions: 0 slowest and smallest, 10 fastest
# (cms/imaging.py).
IMAGE_AVIF_SPEED = env.int("IMAGE_AVIF_SPEED", default=8)
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Uploads are stored while the form is validated: a full disk is a form error.
WAGTAILIMAGES_IMAGE_FORM_BASE = "cms.forms.ImageForm"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "cms.forms.DocumentForm"
# Every document is downloaded, PDFs too: served files carry a sandboxing CSP, under
# which browsers would not show a PDF in the tab (docs/security.md).
WAGTAILDOCS_INLINE_CONTENT_TYPES: list[str] = []
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "pptx", "odt", "ods", "csv", "txt"]
# Wagtail's database search; on PostgreSQL each language with its own stemming and
# accent folding (docs/search.md). OpenSearch is a change of BACKEND and URLS here.
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "search.backends",
        "LANGUAGE_CONFIGS": {"fr": "aivp_fr", "en": "aivp_en", "es": "aivp_es"},
    },
}
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No avatars fetched from Gravatar: the admin loads nothing from elsewhere.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Editors embed videos from these providers only; the CSP's frame-src allows them.
WAGTAILEMBEDS_FINDERS = [
    {
        "class": "wagtail.embeds.finders.oembed",
        "providers": [oembed_providers.youtube, oembed_providers.vimeo],
    }
]
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_ALLOW_UNICODE_SLUGS = False
TAGGIT_STRIP_UNICODE_WHEN_SLUGIFYING = True  # ASCII tag slugs, like page slugs
# The admin signs in through allauth, so rate limits and MFA apply there too.
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAIL_PASSWORD_RESET_ENABLED = False

# --- Logging ------------------------------------------------------------------------

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "plain"},
    },
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
        # WeasyPrint reports every rendering step at INFO.
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
    },
}
