"""Background work for courses: thin adapters that call a service.

Every task is idempotent: a reminder already sent is never sent again.
"""

from celery import shared_task

from .services.reminders import reminders_send


@shared_task
def send_reminders() -> int:
    """Mail the day's reminders to the learners of running promotions."""
    return reminders_send()


# Registered for the beat (Celery autodiscovery reads tasks.py only).
from .tasks_promotions import advance_promotions  # noqa: E402, F401
