from celery import shared_task
from django.core.mail import send_mail
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone


@shared_task
def publish_scheduled_pages() -> None:
    """Publish and unpublish pages whose scheduled time has come (idempotent)."""
    call_command("publish_scheduled", verbosity=0)


@shared_task
def send_contact_submission(submission_id: int) -> None:
    """E-mail a contact message to the team, once (idempotent)."""
    from .models import ContactSubmission

    with transaction.atomic():
        submission = (
            ContactSubmission.objects.select_for_update()
            .select_related("page")
            .filter(pk=submission_id, notified_at__isnull=True)
            .first()
        )
        if submission is None:
            return
        page = submission.page.specific
        lines = [f"{key}: {value}" for key, value in submission.form_data.items()]
        send_mail(
            subject=page.subject or page.title,
            message="\n".join(lines),
            from_email=page.from_address or None,
            recipient_list=[a.strip() for a in page.to_address.split(",") if a.strip()],
        )
        submission.notified_at = timezone.now()
        submission.save(update_fields=["notified_at"])
