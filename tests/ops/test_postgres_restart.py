"""PostgreSQL restarts under traffic: requests fail at most during the restart.

A cluster of the test's own (initdb in a temp dir) serves a migrated database to a
gunicorn started with the production settings, whose connections are kept between
requests (CONN_MAX_AGE) and checked before use (CONN_HEALTH_CHECKS). The test sends
requests in a loop, restarts PostgreSQL, and sees every request succeed again
afterwards from the same gunicorn, never restarted.
"""

import os
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

import pytest
from django.db import connection

from tests.ops.conftest import BASE_DIR, free_port, manage, wait_for_port

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="runs with the PostgreSQL suite (it starts a PostgreSQL cluster)",
)


def status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except OSError:
        return 0


@pytest.fixture
def app_server(postgres_cluster, tmp_path):
    """gunicorn with the production settings, on a database of the cluster."""
    postgres_cluster.create_database("aivp")
    env = {
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": "restart-test-" + "x" * 50,
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": postgres_cluster.url("aivp"),
        "CONN_MAX_AGE": "600",
        "REDIS_URL": "",
        "SECURE_SSL_REDIRECT": "false",
        "MEDIA_ROOT": str(tmp_path / "media"),
    }
    manage("migrate", "--noinput", env=env)
    port = free_port()
    server = subprocess.Popen(  # noqa: S603 - our own arguments
        [
            sys.executable,
            "-m",
            "gunicorn",
            "config.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "1",
            "--threads",
            "1",
        ],  # fmt: skip
        cwd=BASE_DIR,
        env={**os.environ, **env},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for_port(port, timeout=60)
        yield f"http://127.0.0.1:{port}", server
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_requests_succeed_again_after_a_restart_without_restarting_gunicorn(
    postgres_cluster, app_server
):
    base, server = app_server
    pages = [f"{base}/healthz", f"{base}/sitemap.xml"]
    assert [status(page) for page in pages] == [200, 200]

    seen: list[int] = []
    stop = threading.Event()

    def traffic():
        while not stop.is_set():
            seen.append(status(pages[0]))
            time.sleep(0.02)

    sender = threading.Thread(target=traffic)
    sender.start()
    try:
        time.sleep(0.5)
        postgres_cluster.pg_ctl("restart", "-m", "fast")
        time.sleep(0.5)
    finally:
        stop.set()
        sender.join()

    after = [status(page) for page in pages * 5]
    assert after == [200] * 10
    assert seen and seen[-1] == 200

    # Restarted again while nobody asks: the very first request finds its kept
    # connection dead (CONN_HEALTH_CHECKS) and opens a new one before running.
    postgres_cluster.pg_ctl("restart", "-m", "fast")
    assert status(pages[1]) == 200
    assert server.poll() is None  # the same gunicorn all along
