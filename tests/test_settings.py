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


def start_django(env: dict[str, str]) -> subprocess.CompletedProcess:
    base = {k: v for k, v in os.environ.items() if k not in PRODUCTION_ENV}
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
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
