"""A local S3 API (moto's server, in a subprocess) and production's storages pointed
at a fresh bucket in it, for the media storage tests."""

import datetime
import hashlib
import hmac
import json
import subprocess
import sys
import time
import urllib.request
import uuid
from dataclasses import dataclass
from urllib.parse import parse_qsl, quote, urlsplit

import pytest
from django.apps import apps
from django.db.models import FileField

from config.settings.media import s3_storages
from tests.ops.conftest import free_port

REGION = "us-east-1"
KEY = SECRET = "testing"  # noqa: S105 - moto's credentials


def public_images_policy(bucket: str, location: str = "") -> dict:
    """The bucket policy of docs/deployment.md: anyone may read images, nothing
    else (documents and the private prefix stay private)."""
    prefix = f"{location.strip('/')}/" if location else ""
    return {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Sid": "PublicImages",
                "Effect": "Allow",
                "Principal": "*",
                "Action": "s3:GetObject",
                "Resource": [
                    f"arn:aws:s3:::{bucket}/{prefix}original_images/*",
                    f"arn:aws:s3:::{bucket}/{prefix}images/*",
                ],
            }
        ],
    }


class MotoServer:
    """``python -m moto.server`` on a free port of 127.0.0.1."""

    def __init__(self):
        self.port = free_port()
        self.endpoint = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen | None = None

    def start(self, timeout: float = 30.0) -> None:
        self.process = subprocess.Popen(  # noqa: S603 - our own arguments
            [sys.executable, "-m", "moto.server", "-H", "127.0.0.1"]
            + ["-p", str(self.port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"moto_server exited ({self.process.returncode})")
            try:
                with urllib.request.urlopen(  # noqa: S310 - our own server
                    f"{self.endpoint}/moto-api/", timeout=1
                ):
                    return
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise TimeoutError("moto_server did not answer")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=20)
            self.process = None

    def client(self):
        import boto3

        return boto3.client(
            "s3",
            endpoint_url=self.endpoint,
            aws_access_key_id=KEY,
            aws_secret_access_key=SECRET,
            region_name=REGION,
        )


@pytest.fixture(scope="session")
def moto_server():
    server = MotoServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()


@dataclass
class Bucket:
    name: str
    endpoint: str
    client: object

    def stored(self) -> list[str]:
        """The keys of the bucket's objects."""
        listing = self.client.list_objects_v2(Bucket=self.name)
        return [item["Key"] for item in listing.get("Contents", [])]

    def plain_url(self, key: str) -> str:
        """The object's address without any signature."""
        return f"{self.endpoint}/{self.name}/{quote(key)}"


def _rebind_callable_storages(monkeypatch) -> None:
    """A FileField given a callable storage (``storage=private_storage``) calls it
    once, when the model class is defined, and keeps the storage it got: Django's
    reset of ``storages`` on a change of STORAGES does not reach it. Fields without a
    storage hold ``default_storage``, a lazy object that the reset does reach."""
    for model in apps.get_models():
        for field in model._meta.get_fields():
            made = getattr(field, "_storage_callable", None)
            if isinstance(field, FileField) and made is not None:
                monkeypatch.setattr(field, "storage", made())


@pytest.fixture
def s3_media(moto_server, settings, monkeypatch) -> Bucket:
    """STORAGES["default"] and STORAGES["private"] as in production (the same
    options, config/settings/media.py), in a new bucket of the local S3 server."""
    name = f"aivp-media-{uuid.uuid4().hex[:12]}"
    client = moto_server.client()
    client.create_bucket(Bucket=name)
    client.put_bucket_policy(Bucket=name, Policy=json.dumps(public_images_policy(name)))
    settings.AWS_STORAGE_BUCKET_NAME = name
    settings.AWS_S3_ENDPOINT_URL = moto_server.endpoint
    settings.AWS_S3_REGION_NAME = REGION
    settings.AWS_ACCESS_KEY_ID = KEY
    settings.AWS_SECRET_ACCESS_KEY = SECRET
    settings.AWS_S3_CUSTOM_DOMAIN = None
    settings.AWS_S3_SIGNATURE_VERSION = "s3v4"
    settings.AWS_LOCATION = ""
    settings.AWS_QUERYSTRING_AUTH = False
    # Assigned last: the change of STORAGES resets Django's storages, which are
    # then made again with every AWS_* setting above.
    settings.STORAGES = {**settings.STORAGES, **s3_storages("private")}
    _rebind_callable_storages(monkeypatch)
    return Bucket(name=name, endpoint=moto_server.endpoint, client=client)


def sigv4_refusal(url: str, *, at: datetime.datetime, secret: str = SECRET):
    """Why S3 would refuse this presigned GET URL at the moment ``at``: "signature"
    (not signed with ``secret``, or changed since), "expired", or None.

    moto's server accepts any URL that carries a signature, expired or not, so the
    tests check the signature and its expiry here, as AWS's SigV4 does.
    """
    parts = urlsplit(url)
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    params = dict(pairs)
    signature = params.get("X-Amz-Signature", "")
    if params.get("X-Amz-Algorithm") != "AWS4-HMAC-SHA256":
        return "signature"
    canonical_query = "&".join(
        f"{quote(k, safe='-_.~')}={quote(v, safe='-_.~')}"
        for k, v in sorted(pairs)
        if k != "X-Amz-Signature"
    )
    canonical_request = "\n".join(
        [
            "GET",
            parts.path,
            canonical_query,
            f"host:{parts.netloc}\n",
            params["X-Amz-SignedHeaders"],
            "UNSIGNED-PAYLOAD",
        ]
    )
    _key_id, day, region, service, _end = params["X-Amz-Credential"].split("/")
    scope = f"{day}/{region}/{service}/aws4_request"
    to_sign = "\n".join(
        [
            "AWS4-HMAC-SHA256",
            params["X-Amz-Date"],
            scope,
            hashlib.sha256(canonical_request.encode()).hexdigest(),
        ]
    )
    key = f"AWS4{secret}".encode()
    for part in (day, region, service, "aws4_request"):
        key = hmac.new(key, part.encode(), hashlib.sha256).digest()
    expected = hmac.new(key, to_sign.encode(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, signature):
        return "signature"
    signed_at = datetime.datetime.strptime(
        params["X-Amz-Date"], "%Y%m%dT%H%M%SZ"
    ).replace(tzinfo=datetime.UTC)
    if at > signed_at + datetime.timedelta(seconds=int(params["X-Amz-Expires"])):
        return "expired"
    return None
