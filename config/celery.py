"""The Celery application: tasks are autodiscovered in each app's tasks.py.

Queuing a task never raises when the broker is down (``core.queueing``): the request
that queued it goes on, and the periodic sweeps pick the work up later.
"""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")

app = Celery("aivp", task_cls="core.queueing:SafeEnqueueTask")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
