"""An entrant drafts, completes, submits, edits and withdraws an entry, before the
deadline only, in the edition's time zone; nobody else reads it."""

import datetime
import zoneinfo

import pytest
from django.core import mail
from django.urls import reverse

from awards.exceptions import AwardsError
from awards.models import Edition, Entry
from awards.services import entries as services
from core.audit import audit_trail
from tests.factories import UserFactory, VerifiedUserFactory

from .fixtures import (
    complete_entry,
    goal,
    jpeg,
    make_edition,
    submitted_entry,
    upload,
)

pytestmark = pytest.mark.django_db
PARIS = zoneinfo.ZoneInfo("Europe/Paris")


def entry_url(entry, section):
    return reverse(
        "awards:entry_section",
        kwargs={"reference": entry.reference, "section": section},
    )


def test_a_verified_person_starts_a_numbered_draft_from_the_edition_page(
    client, prize_pages, edition
):
    user = VerifiedUserFactory()
    client.force_login(user)
    page = client.get(prize_pages["fr"].url)
    assert "Commencer une candidature" in page.content.decode()

    response = client.post(reverse("awards:enter", args=[edition.pk]))

    entry = Entry.objects.get(entrant=user)
    assert entry.reference == "ARP2026-001"
    assert entry.state == Entry.State.DRAFT
    assert response.url == entry_url(entry, "project")


def test_an_unverified_person_cannot_enter(client, edition):
    user = UserFactory()
    client.force_login(user)
    client.post(reverse("awards:enter", args=[edition.pk]))
    assert not Entry.objects.exists()


def test_a_partial_draft_is_kept_and_submitting_names_what_is_missing(client, edition):
    user = VerifiedUserFactory()
    entry = services.entry_start(edition=edition, user=user, language="fr")
    client.force_login(user)

    response = client.post(
        entry_url(entry, "project"),
        {"project_name": "Un port ouvert", "port_city": "Dakar", "stay": "1"},
    )
    assert response.status_code == 302
    entry.refresh_from_db()
    assert (entry.project_name, entry.port_city) == ("Un port ouvert", "Dakar")

    response = client.post(entry_url(entry, "submit"))
    assert response.status_code == 400
    text = response.content.decode()
    assert "le pays" in text and "au moins une image" in text
    entry.refresh_from_db()
    assert entry.state == Entry.State.DRAFT
    assert entry.project_name == "Un port ouvert"


def test_goals_are_saved_per_goal_and_a_blank_text_drops_a_goal(client, edition):
    user = VerifiedUserFactory()
    entry = services.entry_start(edition=edition, user=user, language="fr")
    client.force_login(user)
    key1, key2 = goal(1).translation_key, goal(2).translation_key
    client.post(
        entry_url(entry, "goals"),
        {f"goal_{key1}": "Des quais ouverts", f"goal_{key2}": "Moins de CO2"},
    )
    assert entry.goal_answers.count() == 2
    client.post(entry_url(entry, "goals"), {f"goal_{key1}": "Des quais ouverts"})
    assert [a.goal.number for a in entry.goal_answers.all()] == [1]


def test_an_organisation_must_be_the_entrants_own(edition):
    from tests.factories import OrganisationFactory

    user = VerifiedUserFactory()
    entry = services.entry_start(edition=edition, user=user, language="fr")
    with pytest.raises(AwardsError) as refused:
        services.entry_save(
            entry=entry, user=user, data={"organisation": OrganisationFactory()}
        )
    assert refused.value.code == "organisation"


def test_submitting_sends_a_confirmation_with_the_pdf_summary(
    edition, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        entry = submitted_entry(edition)
    assert entry.state == Entry.State.SUBMITTED
    assert entry.submitted_at is not None
    (message,) = mail.outbox
    assert message.to == [entry.entrant.email]
    assert entry.reference in message.subject
    (name, content, mimetype) = message.attachments[0]
    assert name == f"entry-{entry.reference}.pdf"
    assert content.startswith(b"%PDF-") and mimetype == "application/pdf"
    actions = [a.action for a in audit_trail(entry)]
    assert actions[:2] == ["awards.entry.submitted", "awards.entry.started"]


def test_a_submitted_entry_stays_editable_and_withdrawable_until_the_deadline(
    client, edition
):
    entry = submitted_entry(edition)
    client.force_login(entry.entrant)
    client.post(entry_url(entry, "project"), {"project_name": "Quais 2.0"})
    entry.refresh_from_db()
    assert entry.project_name == "Quais 2.0"
    assert entry.state == Entry.State.SUBMITTED

    client.post(reverse("awards:entry_withdraw", args=[entry.reference]))
    entry.refresh_from_db()
    assert entry.state == Entry.State.WITHDRAWN


def test_every_change_after_submission_is_in_the_entrys_history(edition):
    draft = complete_entry(edition)
    assert "awards.entry.amended" not in {e.action for e in audit_trail(draft)}

    entry = services.entry_submit(entry=draft, user=draft.entrant)
    user = entry.entrant
    services.entry_save(
        entry=entry,
        user=user,
        data={"project_name": "Quais 2.0", "port_city": "Le Havre"},
    )
    services.entry_set_goals(
        entry=entry,
        texts={
            str(goal(1).translation_key): "Des quais ouverts.",
            str(goal(4).translation_key): "Moins de voitures.",
        },
        user=user,
    )
    services.entry_add_file(
        entry=entry, upload=upload("plan.jpg", jpeg()), kind="image", user=user
    )
    photo = entry.files.get(name="quai.jpg")
    services.entry_remove_file(entry=entry, file_id=photo.pk, user=user)
    # Saving what is already there changes nothing and records nothing.
    services.entry_save(entry=entry, user=user, data={"project_name": "Quais 2.0"})

    amendments = [
        e.data for e in audit_trail(entry) if e.action == "awards.entry.amended"
    ]
    assert [
        {k: v for k, v in data.items() if k != "edition"}
        for data in reversed(amendments)
    ] == [
        {"fields": ["project_name"]},
        {"goals": [4]},
        {"file_added": "plan.jpg"},
        {"file_removed": "quai.jpg"},
    ]


def test_the_deadline_is_the_closing_minute_in_the_editions_time_zone(db):
    edition = make_edition(
        call_opens_on=datetime.date(2026, 1, 1),
        call_closes_on=datetime.date(2026, 3, 31),
        call_closes_time=datetime.time(23, 59),
        time_zone="America/Montreal",
    )
    montreal = zoneinfo.ZoneInfo("America/Montreal")
    last_moment = datetime.datetime(2026, 3, 31, 23, 59, 59, 999999, tzinfo=montreal)
    assert edition.accepts_entries(last_moment)
    assert not edition.accepts_entries(last_moment + datetime.timedelta(microseconds=1))
    # Paris is six hours ahead: 05:59 on 1 April in Paris is still in time.
    assert edition.accepts_entries(datetime.datetime(2026, 4, 1, 5, 59, tzinfo=PARIS))
    assert not edition.accepts_entries(
        datetime.datetime(2026, 4, 1, 6, 0, tzinfo=PARIS)
    )
    # And it opens at midnight in Montreal, not in Paris.
    first = datetime.datetime(2026, 1, 1, 0, 0, tzinfo=montreal)
    assert edition.accepts_entries(first)
    assert not edition.accepts_entries(first - datetime.timedelta(microseconds=1))


def test_after_the_deadline_nothing_changes(client, edition):
    entry = submitted_entry(edition)
    closes = edition.call_closes_at
    with pytest.raises(AwardsError) as refused:
        services.entry_save(
            entry=entry, user=entry.entrant, data={"project_name": "X"}, now=closes
        )
    assert refused.value.code == "call_closed"
    for act in (services.entry_withdraw, services.entry_submit):
        with pytest.raises(AwardsError):
            act(entry=entry, user=entry.entrant, now=closes)

    Edition.objects.filter(pk=edition.pk).update(state=Edition.State.CALL_CLOSED)
    client.force_login(entry.entrant)
    response = client.post(entry_url(entry, "project"), {"project_name": "Trop tard"})
    assert response.status_code == 200
    assert "ne peut plus être modifiée" in response.content.decode()
    entry.refresh_from_db()
    assert entry.project_name == "Les quais du Havre"
    assert entry.state == Entry.State.SUBMITTED


def test_nobody_else_reads_or_changes_an_entry(client, edition):
    entry = submitted_entry(edition)
    other = VerifiedUserFactory()
    client.force_login(other)
    urls = [
        reverse("awards:entry", args=[entry.reference]),
        entry_url(entry, "project"),
        entry_url(entry, "files"),
        reverse("awards:entry_summary", args=[entry.reference]),
    ]
    for url in urls:
        assert client.get(url).status_code == 404, url
    assert (
        client.post(entry_url(entry, "project"), {"project_name": "X"}).status_code
        == 404
    )
    assert (
        client.post(
            reverse("awards:entry_withdraw", args=[entry.reference])
        ).status_code
        == 404
    )
    stored = entry.files.get()
    assert client.get(reverse("awards:file", args=[stored.pk])).status_code == 404
    client.logout()
    response = client.get(reverse("awards:file", args=[stored.pk]))
    assert response.status_code == 302 and "/accounts/login/" in response.url
    entry.refresh_from_db()
    assert entry.state == Entry.State.SUBMITTED


def test_the_entrant_downloads_their_file_as_a_safe_attachment(client, edition):
    entry = complete_entry(edition)
    stored = entry.files.get()
    client.force_login(entry.entrant)
    response = client.get(reverse("awards:file", args=[stored.pk]))
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="quai.jpg"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content).startswith(b"\xff\xd8\xff")
    summary = client.get(reverse("awards:entry_summary", args=[entry.reference]))
    assert summary.content.startswith(b"%PDF-")


def test_a_deleted_drafts_number_is_not_given_again(edition):
    first = services.entry_start(
        edition=edition, user=VerifiedUserFactory(), language="fr"
    )
    second = services.entry_start(
        edition=edition, user=VerifiedUserFactory(), language="fr"
    )
    first.delete()  # an erased person's draft
    third = services.entry_start(
        edition=edition, user=VerifiedUserFactory(), language="fr"
    )
    assert (second.reference, third.reference) == ("ARP2026-002", "ARP2026-003")
