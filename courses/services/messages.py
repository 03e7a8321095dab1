"""What staff send from a promotion: invitations by e-mail, messages to its learners.

An invitee has no enrolment yet, so the invitation mail is rendered here, in the
promotion's language of teaching; messages to learners go through the learners'
own mail (``mail.queue_learner_mail``), each in the learner's language.
"""

from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from core.models import OutboxMessage
from core.outbox import outbox_queue

from ..models import Enrolment, Invitation, Promotion
from .history import record_promotion
from .mail import absolute, queue_learner_mail

# The learners a message to "all learners" reaches.
MESSAGED_STATES = (Enrolment.State.ENROLLED, Enrolment.State.COMPLETED)


def invitation_url(invitation: Invitation, language: str) -> str:
    with translation.override(language):
        return absolute(reverse("courses:invitation", args=[invitation.token]))


def _queue_invitation_mail(invitation: Invitation) -> None:
    promotion = invitation.promotion
    language = promotion.language
    with translation.override(language):
        context = {
            "invitation": invitation,
            "promotion": promotion,
            "course": promotion.course.localized,
            "url": invitation_url(invitation, language),
        }
        subject = render_to_string("courses/email/invitation_subject.txt", context)
        body = render_to_string("courses/email/invitation_message.txt", context)
    outbox_queue(
        message=EmailMessage(" ".join(subject.split()), body, to=[invitation.email]),
        source="courses.invitation",
        key=f"courses.invitation.{invitation.pk}",
        language=language,
        carries_secret=True,
    )


def invitations_send(
    *, promotion: Promotion, emails: list[str], actor
) -> list[Invitation]:
    """Invite each address to the promotion, once: an address already invited and
    not yet accepted is left as it is."""
    with transaction.atomic():
        pending = {
            email.lower()
            for email in promotion.invitations.filter(
                accepted_at__isnull=True
            ).values_list("email", flat=True)
        }
        invitations = []
        for email in dict.fromkeys(address.strip().lower() for address in emails):
            if not email or email in pending:
                continue
            invitation = Invitation.objects.create(
                promotion=promotion, email=email, invited_by=actor
            )
            _queue_invitation_mail(invitation)
            invitations.append(invitation)
        if invitations:
            record_promotion(
                promotion,
                actor=actor,
                verb="invited",
                from_state=promotion.state,
                note=", ".join(invitation.email for invitation in invitations),
            )
    return invitations


def promotion_message_send(
    *, promotion: Promotion, subject: str, body: str, message_id: str, actor
) -> int:
    """One e-mail per learner enrolled or completed; ``message_id`` keeps a form
    posted twice from mailing anyone twice. Returns how many learners."""
    prefix = f"courses.promotion.{promotion.pk}.message.{message_id}."
    if OutboxMessage.objects.filter(idempotency_key__startswith=prefix).exists():
        return 0  # this very message was sent already
    enrolments = list(
        promotion.enrolments.filter(state__in=MESSAGED_STATES)
        .select_related("learner", "promotion")
        .order_by("pk")
    )
    with transaction.atomic():
        for enrolment in enrolments:
            queue_learner_mail(
                enrolment=enrolment,
                template="promotion_message",
                key=f"{prefix}{enrolment.pk}",
                context={"subject": subject, "body": body},
            )
        record_promotion(
            promotion,
            actor=actor,
            verb="messaged",
            from_state=promotion.state,
            note=subject,
        )
    return len(enrolments)
