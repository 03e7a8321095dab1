from celery import shared_task

from . import fees, reminders


@shared_task
def send_reminders() -> int:
    """Every five minutes: the reminders due (the day before, an hour before),
    and the places held unpaid past their hold go to the waiting list."""
    fees.release_unpaid()
    return reminders.send_reminders()
