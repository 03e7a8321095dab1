"""What celery beat runs, and when (CELERY_TIMEZONE: the site's time zone)."""

from celery.schedules import crontab


def _beat(task: str, **when) -> dict:
    return {"task": task, "schedule": crontab(**when)}


CELERY_BEAT_SCHEDULE = {
    "core-sweep-outbox": _beat("core.tasks.sweep_outbox", minute="*"),
    "publish-scheduled-pages": _beat("cms.tasks.publish_scheduled_pages", minute="*"),
    "ticketing-expire-orders": _beat("ticketing.tasks.expire_orders", minute="*"),
    "ticketing-refund-due-payments": _beat(
        "ticketing.tasks.refund_due_payments", minute="*/5"
    ),
    "ticketing-sweep-stripe-events": _beat(
        "ticketing.tasks.sweep_stripe_events", minute="*"
    ),
    "ticketing-waiting-list-sweep": _beat(
        "ticketing.tasks.waiting_list_sweep", minute="*"
    ),
    "awards-remind-jurors": _beat("awards.tasks.remind_jurors", hour=8, minute=30),
    "awards-close-calls": _beat("awards.tasks.close_calls", minute="*/5"),
    "diagnosis-remind-assessments": _beat(
        "diagnosis.tasks.remind_assessments", hour=9, minute=0
    ),
    "events-send-reminders": _beat("events.tasks.send_reminders", minute="*/5"),
    "search-prune-logs": _beat("search.tasks.search_logs_prune", hour=3, minute=10),
    "courses-send-reminders": _beat("courses.tasks.send_reminders", hour=8, minute=0),
    "courses-advance-promotions": _beat(
        "courses.tasks_promotions.advance_promotions", hour=0, minute=15
    ),
}
