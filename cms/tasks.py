from celery import shared_task
from django.core.management import call_command


@shared_task
def publish_scheduled_pages() -> None:
    """Publish and unpublish pages whose scheduled time has come (idempotent)."""
    call_command("publish_scheduled", verbosity=0)


@shared_task
def prepare_published_page(page_id: int) -> None:
    """Make the renditions of a page just published and of the pages that show it
    (cms/warming.py)."""
    from .warming import prepare

    prepare(page_id)
