"""The prize's scheduled work (celery beat): juror reminders, calls that close."""

from celery import shared_task

from .services.reminders import calls_close, jurors_remind


@shared_task
def remind_jurors() -> int:
    return jurors_remind()


@shared_task
def close_calls() -> int:
    return calls_close()
