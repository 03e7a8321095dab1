"""Real Celery workers for fault tests: started on a queue of their own, killed at will.

    with celery_worker_queue() as start:
        worker = start(extra_env)        # a `celery worker` process on the test's DB
        worker.send_signal(signal.SIGKILL)

Every task the test or the workers queue goes to the test's own queue, so tests
running in parallel never take each other's tasks. Needs PostgreSQL and REDIS_URL.
"""

import os
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

from django.db import connection

from config.celery import app as celery_app

BASE_DIR = Path(__file__).resolve().parent.parent


def _database_url() -> str:
    settings = connection.settings_dict
    return "postgres://{USER}@{HOST}:{PORT}/{NAME}".format(
        USER=settings["USER"] or "",
        HOST=settings["HOST"] or "",
        PORT=settings["PORT"] or 5432,
        NAME=settings["NAME"],
    )


@contextmanager
def celery_worker_queue():
    queue = f"test-{uuid.uuid4().hex}"
    workers: list[subprocess.Popen] = []

    def start(extra_env: dict | None = None) -> subprocess.Popen:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.test",
            "DATABASE_URL": _database_url(),
            "CELERY_TASK_ALWAYS_EAGER": "false",
            "CELERY_TASK_DEFAULT_QUEUE": queue,
            **(extra_env or {}),
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
        workers.append(worker)
        return worker

    saved = (celery_app.conf.task_always_eager, celery_app.conf.task_default_queue)
    celery_app.conf.task_always_eager = False
    celery_app.conf.task_default_queue = queue
    try:
        yield start
    finally:
        celery_app.conf.task_always_eager, celery_app.conf.task_default_queue = saved
        for worker in workers:
            if worker.poll() is None:
                worker.terminate()
                worker.wait(timeout=30)
        with celery_app.connection_for_write() as conn:
            conn.default_channel.queue_delete(queue)


def wait_for(condition: Callable[[], bool], timeout: float = 60) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return condition()
