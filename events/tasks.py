from celery import shared_task

from . import reminders


@shared_task
def send_reminders() -> int:
    """Every five minutes: the reminders due (the day before, an hour before)."""
    return reminders.send_reminders()
