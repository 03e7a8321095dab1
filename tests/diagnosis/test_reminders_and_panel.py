"""Yearly reminders go once to the right people; the admin home panel counts this
year's assessments for the staff who read them, and for nobody else."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core import mail

from diagnosis import services
from diagnosis.reminders import assessments_remind
from tests.factories import AffiliationFactory, OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db

SEPT = datetime.date(2026, 9, 15)
NOV = datetime.date(2026, 11, 15)


def test_reminders_reach_who_has_not_started_or_submitted_once(
    questionnaire, organisation, contact, colleague, django_capture_on_commit_callbacks
):
    idle = AffiliationFactory(
        organisation=OrganisationFactory(name="Port endormi"), role="primary_contact"
    ).user
    lapsed = OrganisationFactory(
        name="Ancien membre", membership_end=datetime.date(2025, 12, 31)
    )
    AffiliationFactory(organisation=lapsed, role="primary_contact")
    services.contributor_grant(organisation=organisation, user=colleague, actor=contact)
    services.assessment_start(organisation=organisation, user=contact, year=2026)

    assert assessments_remind(SEPT - datetime.timedelta(days=1)) == 0
    with django_capture_on_commit_callbacks(execute=True):
        assert assessments_remind(SEPT) == 1
    (started,) = mail.outbox
    assert started.to == [idle.email] and "Port endormi" in started.body

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assessments_remind(NOV)
        assessments_remind(NOV + datetime.timedelta(days=3))  # nothing twice
    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        [contact.email, colleague.email]
    )
    assert all("2026" in m.subject for m in mail.outbox)


def test_the_home_panel_is_for_staff_who_read_assessments(
    client, questionnaire, organisation, contact
):
    services.assessment_start(organisation=organisation, user=contact)
    moderator = UserFactory(mfa=True)
    moderator.groups.add(Group.objects.get(name="Moderators"))
    client.force_login(moderator)
    page = client.get("/admin/").content.decode()
    assert "diagnosis-work" in page
    panel = page[page.index("diagnosis-work") :][:3000]
    assert "1 en cours" in panel or "1 in progress" in panel

    editor = UserFactory(mfa=True)
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    assert "diagnosis-work" not in client.get("/admin/").content.decode()
