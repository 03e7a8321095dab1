"""The self-diagnosis's scheduled work (celery beat): the yearly reminders."""

from celery import shared_task

from .reminders import assessments_remind


@shared_task
def remind_assessments() -> int:
    return assessments_remind()
