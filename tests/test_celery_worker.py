"""A real Celery worker, fed through Redis, runs the scheduled-publishing task."""

import os
import subprocess
import sys
import time
import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.utils import timezone

from config.celery import app as celery_app
from tests.factories import StandardPageFactory

BASE_DIR = Path(__file__).resolve().parent.parent

pytestmark = [
    pytest.mark.skipif(not settings.REDIS_URL, reason="needs REDIS_URL (a broker)"),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="the worker process needs a database server shared with the test",
    ),
    pytest.mark.django_db(transaction=True),
]


@pytest.fixture
def worker_queue():
    """Start a worker on a queue of its own and send tasks to the broker."""
    queue = f"test-{uuid.uuid4().hex}"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": "postgres://{USER}@{HOST}:{PORT}/{NAME}".format(
            **{k: connection.settings_dict[k] or "" for k in ("USER", "HOST", "NAME")},
            PORT=connection.settings_dict["PORT"] or 5432,
        ),
        "CELERY_TASK_ALWAYS_EAGER": "false",
    }
    worker = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "config",
            "worker",
            "--pool=solo",
            "--queues",
            queue,
            "--loglevel=WARNING",
        ],
        cwd=BASE_DIR,
        env=env,
    )
    saved = celery_app.conf.task_always_eager
    celery_app.conf.task_always_eager = False
    try:
        yield queue
    finally:
        celery_app.conf.task_always_eager = saved
        worker.terminate()
        worker.wait(timeout=30)


def test_worker_publishes_a_page_whose_time_has_come(homes, worker_queue):
    from cms.tasks import publish_scheduled_pages

    page = StandardPageFactory(parent=homes["fr"], live=False, title="Programme 2027")
    revision = page.save_revision(
        approved_go_live_at=timezone.now() - timedelta(minutes=1)
    )
    assert not page.live and revision.approved_go_live_at

    publish_scheduled_pages.apply_async(queue=worker_queue)

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        page.refresh_from_db()
        if page.live:
            break
        time.sleep(0.5)
    assert page.live
