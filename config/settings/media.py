"""Media in an S3-compatible bucket: the storages production uses, which the S3 tests
use as they are (tests/ops/test_s3_storage.py, docs/deployment.md).

One bucket holds both storages:

- ``default``: Wagtail's images (``original_images/``, ``images/``), public objects
  with stable, unsigned URLs (the bucket's policy lets anyone read those two
  prefixes), and Wagtail's documents (``documents/``), private objects reached only
  through Wagtail's serve view, which redirects to a short-lived signed URL;
- ``private``: prize entries' files under their own prefix, private objects reached
  only through the permission-checked views, as short-lived signed URLs too
  (core/storage.py).

Endpoint, region, credentials, ``AWS_LOCATION`` and ``AWS_S3_CUSTOM_DOMAIN`` are
global ``AWS_*`` settings read by django-storages.
"""

S3_BACKEND = "storages.backends.s3.S3Storage"

# Objects are written without an ACL: the bucket's policy decides who reads them,
# and a bucket whose ACLs are disabled (AWS's default) refuses any other ACL.
MEDIA_OPTIONS = {
    "file_overwrite": False,
    "default_acl": None,
    "object_parameters": {"CacheControl": "max-age=86400"},
}

PRIVATE_OPTIONS = {
    "file_overwrite": False,
    "default_acl": None,
    "querystring_auth": True,
    # Signed URLs go to the bucket's endpoint, never to a CDN in front of it.
    "custom_domain": None,
    "object_parameters": {"CacheControl": "private, no-store"},
}


def s3_storages(private_location: str = "private") -> dict:
    """``STORAGES["default"]`` and ``STORAGES["private"]`` in the bucket."""
    return {
        "default": {"BACKEND": S3_BACKEND, "OPTIONS": dict(MEDIA_OPTIONS)},
        "private": {
            "BACKEND": S3_BACKEND,
            "OPTIONS": {**PRIVATE_OPTIONS, "location": private_location},
        },
    }
