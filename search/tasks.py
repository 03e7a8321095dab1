from celery import shared_task

from .reports import prune


@shared_task
def search_logs_prune() -> int:
    """Daily: forget the searches older than ``SEARCH_LOG_DAYS``."""
    return prune()
