"""Production: everything sensitive must come from the environment."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import STORAGES, env
from .media import s3_storages

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
# (docs/deployment.md, "Media on S3-compatible storage").
# Images are public objects with stable URLs; documents and prize entries are private
# objects, given after the views' permission checks as signed URLs that expire after
# PRIVATE_MEDIA_URL_SECONDS (config/settings/media.py, core/storage.py).
AWS_STORAGE_BUCKET_NAME = env("AWS_STORAGE_BUCKET_NAME", default="")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES.update(s3_storages(env("AWS_PRIVATE_LOCATION", default="private")))
    # Credentials come from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY or the
    # machine's role, read by boto3 itself.
    AWS_S3_ENDPOINT_URL = env("AWS_S3_ENDPOINT_URL", default=None)
    AWS_S3_REGION_NAME = env("AWS_S3_REGION_NAME", default=None)
    AWS_S3_CUSTOM_DOMAIN = env("AWS_S3_CUSTOM_DOMAIN", default=None)
    AWS_S3_SIGNATURE_VERSION = env("AWS_S3_SIGNATURE_VERSION", default="s3v4")
    AWS_LOCATION = env("AWS_LOCATION", default="")
    # Image URLs are unsigned and stable (pages are cached): the bucket's policy lets
    # anyone read original_images/ and images/. True signs them too, for a bucket
    # that cannot have such a policy (then they expire after AWS_QUERYSTRING_EXPIRE).
    AWS_QUERYSTRING_AUTH = env.bool("AWS_QUERYSTRING_AUTH", default=False)

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
