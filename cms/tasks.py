from celery import shared_task
from django.core.management import call_command


@shared_task
def publish_scheduled_pages() -> None:
    """Publish and unpublish pages whose scheduled time has come (idempotent)."""
    call_command("publish_scheduled", verbosity=0)
