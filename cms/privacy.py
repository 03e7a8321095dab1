"""What the editorial core holds about a person: the messages they sent by contact form.

Contact forms are built by editors, so a message is the person's when one of its
answers is their e-mail address. Messages are exported on request and deleted with
the account: nothing obliges the site to keep them.
"""

from accounts.privacy import PrivacyContributor

from .models import ContactSubmission


def _messages_of(user) -> list[ContactSubmission]:
    email = (user.email or "").strip().lower()
    if not email:
        return []
    candidates = ContactSubmission.objects.filter(
        form_data__icontains=email
    ).select_related("page")
    return [
        submission
        for submission in candidates
        if any(
            isinstance(value, str) and value.strip().lower() == email
            for value in submission.form_data.values()
        )
    ]


def privacy_export(user) -> list[dict]:
    return [
        {
            "sent_at": submission.submit_time.isoformat(),
            "form": submission.page.title,
            "answers": submission.form_data,
        }
        for submission in _messages_of(user)
    ]


def privacy_erase(user) -> list[str]:
    messages = _messages_of(user)
    ContactSubmission.objects.filter(pk__in=[m.pk for m in messages]).delete()
    return []


def privacy_contributor() -> PrivacyContributor:
    return PrivacyContributor(
        key="contact_messages", export=privacy_export, erase=privacy_erase
    )
