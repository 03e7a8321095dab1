"""Production: everything sensitive must come from the environment."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import STORAGES, env

DEBUG = False


def _required(name: str) -> str:
    value = env(name, default="")
    if not value:
        raise ImproperlyConfigured(f"The {name} environment variable is required.")
    return value


SECRET_KEY = _required("SECRET_KEY")
ALLOWED_HOSTS = [host for host in _required("ALLOWED_HOSTS").split(",") if host]
DATABASES = {"default": env.db_url_config(_required("DATABASE_URL"))}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
# Sync gunicorn workers keep one persistent connection each (CONN_MAX_AGE). Threaded
# workers (gunicorn --threads) share a pool per process instead: psycopg's pool,
# DB_POOL_MAX_SIZE connections at most (docs/deployment.md).
DB_POOL_MAX_SIZE = env.int("DB_POOL_MAX_SIZE", default=0)
if DB_POOL_MAX_SIZE:
    DATABASES["default"]["CONN_MAX_AGE"] = 0  # the pool keeps the connections
    DATABASES["default"].setdefault("OPTIONS", {})["pool"] = {
        "min_size": 1,
        "max_size": DB_POOL_MAX_SIZE,
        "timeout": env.float("DB_POOL_TIMEOUT", default=10.0),
    }

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": STORAGES["private"],
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage",
    },
}

# Media (uploaded images and documents) in an S3-compatible bucket when one is named;
# otherwise in MEDIA_ROOT, served by the proxy in front of gunicorn
# (docs/deployment.md).
# Documents are always served by Wagtail's view, which checks their privacy, so their
# objects may stay private while images are public.
AWS_STORAGE_BUCKET_NAME = env("AWS_STORAGE_BUCKET_NAME", default="")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
    # Credentials come from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY or the
    # machine's role, read by boto3 itself.
    AWS_S3_ENDPOINT_URL = env("AWS_S3_ENDPOINT_URL", default=None)
    AWS_S3_REGION_NAME = env("AWS_S3_REGION_NAME", default=None)
    AWS_S3_CUSTOM_DOMAIN = env("AWS_S3_CUSTOM_DOMAIN", default=None)
    AWS_LOCATION = env("AWS_LOCATION", default="")
    # Signed, expiring URLs unless the bucket (or a CDN in front) serves images
    # publicly: then AWS_QUERYSTRING_AUTH=False gives stable, cacheable URLs.
    AWS_QUERYSTRING_AUTH = env.bool("AWS_QUERYSTRING_AUTH", default=True)
    AWS_S3_FILE_OVERWRITE = False
    AWS_DEFAULT_ACL = None  # the bucket's policy decides
    AWS_S3_OBJECT_PARAMETERS = {"CacheControl": "max-age=86400"}
    # Prize entries: private objects under their own prefix, read only by the
    # permission-checked views, never given out as URLs.
    STORAGES["private"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "location": env("AWS_PRIVATE_LOCATION", default="private"),
            "default_acl": "private",
            "querystring_auth": True,
            "object_parameters": {"CacheControl": "private, no-store"},
        },
    }

# HTTPS is terminated by the proxy in front of gunicorn.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
# The health probes answer over plain HTTP (container engines, load balancers).
SECURE_REDIRECT_EXEMPT = [r"^healthz(/live|/ready)?$"]
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
