"""Production settings must refuse to start without their required variables."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parent.parent
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "SECRET_KEY": "x" * 60,
    "ALLOWED_HOSTS": "www.aivp.example",
    "DATABASE_URL": "postgres://aivp@127.0.0.1:5432/aivp",
}


def start_django(
    env: dict[str, str], code: str = "import django; django.setup()"
) -> subprocess.CompletedProcess:
    base = {
        k: v
        for k, v in os.environ.items()
        if k not in PRODUCTION_ENV and not k.startswith("AWS_")
    }
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=BASE_DIR,
        env={**base, **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_production_starts_with_its_variables():
    result = start_django(PRODUCTION_ENV)

    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL"])
def test_production_refuses_to_start_without(missing):
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != missing}

    result = start_django(env)

    assert result.returncode != 0
    assert f"The {missing} environment variable is required." in result.stderr


@pytest.mark.django_db
def test_the_admin_asks_no_third_party_for_avatars(client):
    from tests.factories import UserFactory

    staff = UserFactory(is_superuser=True, mfa=True)
    client.force_login(staff)

    html = client.get("/admin/").content.decode()

    assert client.get("/admin/").status_code == 200
    assert "gravatar" not in html.lower()


STORAGE_REPORT = (
    "import django; django.setup()\n"
    "from django.core.files.storage import storages\n"
    "s = storages['default']\n"
    "print(type(s).__name__, getattr(s, 'bucket_name', ''), "
    "getattr(s, 'endpoint_url', ''))"
)


def test_production_keeps_media_on_disk_without_a_bucket():
    result = start_django(PRODUCTION_ENV, code=STORAGE_REPORT)

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["FileSystemStorage"]


def test_production_keeps_media_in_the_bucket_it_is_given():
    env = {
        **PRODUCTION_ENV,
        "AWS_STORAGE_BUCKET_NAME": "aivp-media",
        "AWS_S3_ENDPOINT_URL": "https://s3.example.org",
    }

    result = start_django(env, code=STORAGE_REPORT)

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "S3Storage",
        "aivp-media",
        "https://s3.example.org",
    ]


@pytest.mark.skipif(
    not os.environ.get("DATABASE_URL", "").startswith("postgres"),
    reason="the pool is PostgreSQL's (the PostgreSQL run)",
)
def test_production_pools_connections_when_asked():
    server = os.environ["DATABASE_URL"].rsplit("/", 1)[0]
    env = {
        **PRODUCTION_ENV,
        "DATABASE_URL": f"{server}/postgres",  # a database that always exists
        "DB_POOL_MAX_SIZE": "4",
    }
    code = (
        "import django; django.setup()\n"
        "from django.db import connection\n"
        "with connection.cursor() as cursor:\n"
        "    cursor.execute('select 1')\n"
        "print(type(connection.pool).__name__, connection.pool.max_size)"
    )

    result = start_django(env, code=code)

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["ConnectionPool", "4"]
