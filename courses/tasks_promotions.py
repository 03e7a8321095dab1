"""Background work on promotions: a thin daily task calling the service."""

from celery import shared_task

from .services.promotions import promotions_advance


@shared_task
def advance_promotions() -> int:
    """Move promotions along by their dates (idempotent): run daily."""
    return promotions_advance()
