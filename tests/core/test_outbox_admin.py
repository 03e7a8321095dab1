"""Outgoing e-mails in the admin, who may see and retry them, and personal data."""

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.mail import EmailMessage

from accounts.services import user_erase, user_export_data
from core.audit import audit_trail
from core.models import OutboxMessage
from core.outbox import outbox_queue
from tests.factories import UserFactory, VerifiedUserFactory

pytestmark = pytest.mark.django_db

OUTBOX = "/admin/outbox/"


def queue(to: str, subject: str, *, source="ticketing.order.confirmation", **extra):
    return outbox_queue(
        message=EmailMessage(subject, f"Body of {subject}", to=[to]),
        source=source,
        **extra,
    )


@pytest.fixture
def failed():
    row = queue("ana@port.example", "Your tickets")
    OutboxMessage.objects.filter(pk=row.pk).update(
        state=OutboxMessage.State.FAILED,
        attempts=10,
        last_error="SMTPDataError: (451, b'4.3.0 Try again later')",
    )
    return OutboxMessage.objects.get(pk=row.pk)


@pytest.fixture
def ticketing_staff(client):
    user = UserFactory(email="office@aivp.example", mfa=True)
    user.groups.add(Group.objects.get(name="Ticketing staff"))
    client.force_login(user)
    return user


@pytest.fixture
def editor(client):
    user = UserFactory(email="editor@aivp.example", mfa=True)
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    return user


def test_staff_list_filter_and_search_the_outbox(client, ticketing_staff, failed):
    queue("bruno@port.example", "Bank transfer", source="ticketing.order.bank_transfer")

    listing = client.get(OUTBOX).content.decode()
    only_failed = client.get(OUTBOX, {"state": "failed"}).content.decode()
    found = client.get(OUTBOX, {"q": "bruno@port"}).content.decode()

    assert "Your tickets" in listing and "Bank transfer" in listing
    assert "Your tickets" in only_failed and "Bank transfer" not in only_failed
    assert "Bank transfer" in found and "Your tickets" not in found
    page = client.get(f"{OUTBOX}inspect/{failed.pk}/").content.decode()
    assert "Body of Your tickets" in page and "Try again later" in page


def test_the_admin_home_tells_staff_about_failed_mails(client, ticketing_staff, failed):
    home = client.get("/admin/").content.decode()

    assert 'data-work-row="failed" data-count="1"' in home
    assert f"{OUTBOX}?state=failed" in home


def test_the_body_of_a_mail_with_a_sign_in_link_is_not_shown(client, ticketing_staff):
    row = queue(
        "ana@port.example",
        "Reset your password",
        source="accounts.password_reset_key",
        carries_secret=True,
    )

    page = client.get(f"{OUTBOX}inspect/{row.pk}/").content.decode()

    assert "Reset your password" in page
    assert "Body of Reset your password" not in page


def test_other_staff_do_not_see_the_outbox(client, editor, failed):
    assert (
        'data-work-panel="outbox_failed"' not in client.get("/admin/").content.decode()
    )
    assert client.get(OUTBOX).status_code in (302, 403)
    assert client.get(f"{OUTBOX}inspect/{failed.pk}/").status_code in (302, 403)
    assert client.post(f"{OUTBOX}{failed.pk}/retry/").status_code in (302, 403)
    failed.refresh_from_db()
    assert failed.state == OutboxMessage.State.FAILED


def test_retry_sends_a_failed_mail_once_and_is_audited(
    client, ticketing_staff, failed, django_capture_on_commit_callbacks
):
    confirm = client.get(f"{OUTBOX}{failed.pk}/retry/")
    assert confirm.status_code == 200 and failed.state == "failed"
    assert not mail.outbox  # a GET changes nothing

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"{OUTBOX}{failed.pk}/retry/")

    assert response["Location"] == f"{OUTBOX}inspect/{failed.pk}/"
    failed.refresh_from_db()
    assert failed.state == OutboxMessage.State.SENT and failed.attempts == 1
    assert [m.subject for m in mail.outbox] == ["Your tickets"]
    [entry] = audit_trail(failed)
    assert entry.action == "core.outbox.retried" and entry.actor == ticketing_staff
    assert (entry.from_state, entry.to_state) == ("failed", "pending")

    client.post(f"{OUTBOX}{failed.pk}/retry/")  # already sent: refused
    assert len(mail.outbox) == 1 and audit_trail(failed).count() == 1


def test_the_export_lists_the_mails_and_erasure_removes_them():
    person = VerifiedUserFactory(email="ana@port.example")
    queue("Ana@Port.example", "Your tickets", key="ticketing.order.1.confirmation")
    queue("bruno@port.example", "Not hers")
    queue("ana@port.example.org", "Another address")

    exported = user_export_data(user=person)["emails"]
    assert [row["subject"] for row in exported] == ["Your tickets"]

    user_erase(user=person, actor=None)
    assert sorted(OutboxMessage.objects.values_list("subject", flat=True)) == [
        "Another address",
        "Not hers",
    ]


def test_allauth_mails_are_labelled_and_kept_secret(committing_client):
    committing_client.post(
        "/en/accounts/signup/",
        {
            "email": "new.person@example.org",
            "password1": "correct horse battery staple",
            "password2": "correct horse battery staple",
        },
    )

    row = OutboxMessage.objects.get()
    assert row.source == "accounts.email_confirmation_signup"
    assert row.carries_secret and row.state == OutboxMessage.State.SENT
    assert mail.outbox[0].extra_headers["Message-ID"] == row.message_id
    assert "/confirm-email/" in mail.outbox[0].body
    assert row.body == ""  # the sign-in link is not kept once sent
