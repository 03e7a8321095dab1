"""Prize managers work in the admin; entrants' data follows the privacy rules; jurors
are reminded once per reminder date."""

import csv
import datetime
import io

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from openpyxl import load_workbook

from accounts.services import user_erase, user_export_data
from awards.models import Assignment, Edition, Entry, Round
from awards.services import decisions, jury
from awards.services.entries import entry_save
from awards.services.reminders import calls_close, jurors_remind
from awards.services.screening import entry_screen
from tests.factories import UserFactory

from .fixtures import complete_entry, make_juror, submitted_entry

pytestmark = pytest.mark.django_db


@pytest.fixture
def prize_manager():
    manager = UserFactory(email="prize@aivp.example", mfa=True)
    manager.groups.add(Group.objects.get(name="Prize managers"))
    return manager


def test_prize_managers_get_the_prizes_permissions_and_no_deletion():
    group = Group.objects.get(name="Prize managers")
    granted = {
        f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.all()
    }
    assert {
        f"awards.{name}"
        for name in (
            "add_edition",
            "change_edition",
            "view_edition",
            "view_entry",
            "screen_entry",
            "decide_entry",
            "view_assignment",
            "add_assignment",
        )
    } <= granted
    assert not {p for p in granted if p.startswith("awards.delete_")}
    assert "awards.change_entry" not in granted


def test_a_prize_manager_screens_an_entry_and_the_entrant_learns_why(
    client, edition, prize_manager, django_capture_on_commit_callbacks
):
    entry = submitted_entry(edition)
    Edition.objects.filter(pk=edition.pk).update(state=Edition.State.SCREENING)
    client.force_login(prize_manager)
    work = client.get(f"/admin/awards/editions/{edition.pk}/work/")
    assert work.status_code == 200 and entry.reference in work.content.decode()
    url = f"/admin/awards/entries/{entry.pk}/screen/"
    blank = client.post(url, {"eligible": "no", "reason": ""})
    assert blank.status_code == 400
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"eligible": "no", "reason": "Projet non achevé."})
    assert response.status_code == 302
    entry.refresh_from_db()
    assert entry.state == Entry.State.INELIGIBLE
    (message,) = mail.outbox
    assert "Projet non achevé." in message.body
    inspect = client.get(f"/admin/awards/entries/inspect/{entry.pk}/")
    assert "awards.entry.screened" in inspect.content.decode()


def test_the_inspect_page_says_what_an_amendment_changed(
    client, edition, prize_manager
):
    entry = submitted_entry(edition)
    entry_save(entry=entry, user=entry.entrant, data={"project_name": "Quais 2.0"})
    client.force_login(prize_manager)
    page = client.get(f"/admin/awards/entries/inspect/{entry.pk}/").content.decode()
    assert "awards.entry.amended" in page
    assert "nom du projet" in page.lower()


def test_the_entries_list_filters_and_exports(client, edition, prize_manager):
    submitted_entry(edition, project_name="Quais", country="FR")
    submitted_entry(edition, project_name="Muelle", country="ES")
    client.force_login(prize_manager)
    listing = client.get("/admin/awards/entries/?country=ES").content.decode()
    assert "Muelle" in listing and "Quais" not in listing
    exported = client.get("/admin/awards/entries/?export=csv&country=FR")
    body = b"".join(exported.streaming_content).decode()
    rows = list(csv.reader(io.StringIO(body)))
    assert len(rows) == 2 and "Quais" in rows[1]


def test_the_reviews_export_has_every_mark_and_comment(client, edition, prize_manager):
    juror = make_juror()
    edition.jurors.set([juror])
    edition.save()
    entry = submitted_entry(edition, project_name="Quais")
    Edition.objects.filter(pk=edition.pk).update(state=Edition.State.SCREENING)
    entry_screen(
        entry=Entry.objects.get(pk=entry.pk), eligible=True, reason="", actor=None
    )
    round_ = edition.rounds.order_by("sort_order").first()
    round_.reviews_per_entry = 1
    round_.save()
    jury.assignments_balance(round_=round_, actor=None)
    decisions.round_set_state(round_=round_, state=Round.State.OPEN, actor=None)
    assignment = Assignment.objects.get()
    jury.assignment_declare(assignment=assignment, juror=juror, conflict=False)
    criteria = list(edition.criteria.all())
    jury.review_save(
        assignment=assignment,
        juror=juror,
        marks={criteria[0].pk: (9, "Remarquable"), criteria[1].pk: (6, "")},
        comment="Très bien",
        submit=True,
    )
    client.force_login(prize_manager)
    response = client.get(f"/admin/awards/entries/reviews/{edition.pk}.xlsx")
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.values)
    assert rows[1][0] == entry.reference
    assert 9 in rows[1] and "Remarquable" in rows[1] and "Très bien" in rows[1]
    text = client.get(f"/admin/awards/entries/reviews/{edition.pk}.csv").content
    assert "Remarquable" in text.decode()


def test_people_without_the_role_cannot_reach_the_prize_admin(client, edition):
    entry = submitted_entry(edition)
    staff = UserFactory(mfa=True)
    staff.groups.add(Group.objects.get(name="Editors"))
    client.force_login(staff)
    for url in (
        f"/admin/awards/editions/{edition.pk}/work/",
        f"/admin/awards/entries/{entry.pk}/screen/",
        f"/admin/awards/entries/reviews/{edition.pk}.csv",
    ):
        assert client.get(url).status_code in (302, 403), url
    assert client.post(
        f"/admin/awards/entries/{entry.pk}/screen/", {"eligible": "yes"}
    ).status_code in (302, 403)
    entry.refresh_from_db()
    assert entry.state == Entry.State.SUBMITTED


def test_the_export_has_the_entries_and_erasure_keeps_submitted_ones_nameless(edition):
    submitted = submitted_entry(edition, project_name="Quais")
    user = submitted.entrant
    draft = complete_entry(edition, user=user, project_name="Brouillon")
    draft_file = draft.files.get().file.path
    data = user_export_data(user=user)
    names = [e["project_name"] for e in data["awards"]["entries"]]
    assert sorted(names) == ["Brouillon", "Quais"]

    user_erase(user=user, actor=None)
    assert not Entry.objects.filter(pk=draft.pk).exists()
    kept = Entry.objects.get(pk=submitted.pk)
    assert kept.entrant is None and kept.contact_name == ""
    assert kept.project_name == "Quais"
    assert draft_file and not Entry.objects.filter(project_name="Brouillon").exists()


def test_jurors_are_reminded_once_per_reminder_date(
    edition, django_capture_on_commit_callbacks
):
    juror = make_juror()
    edition.jurors.set([juror])
    edition.save()
    entry = submitted_entry(edition)
    Edition.objects.filter(pk=edition.pk).update(state=Edition.State.SCREENING)
    entry_screen(
        entry=Entry.objects.get(pk=entry.pk), eligible=True, reason="", actor=None
    )
    round_ = edition.rounds.order_by("sort_order").first()
    round_.reviews_per_entry = 1
    round_.due_on = datetime.date(2026, 5, 10)
    round_.save()
    jury.assignments_balance(round_=round_, actor=None)
    decisions.round_set_state(round_=round_, state=Round.State.OPEN, actor=None)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert jurors_remind(datetime.date(2026, 5, 3)) == 1
        jurors_remind(datetime.date(2026, 5, 3))
        assert jurors_remind(datetime.date(2026, 5, 4)) == 0
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [juror.email]
    assert "1" in mail.outbox[0].subject


def test_the_call_closes_itself_at_its_closing_minute(edition):
    calls_close(edition.call_closes_at - datetime.timedelta(seconds=1))
    edition.refresh_from_db()
    assert edition.state == Edition.State.CALL_OPEN
    calls_close(edition.call_closes_at)
    edition.refresh_from_db()
    assert edition.state == Edition.State.CALL_CLOSED
