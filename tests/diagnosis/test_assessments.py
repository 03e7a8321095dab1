"""A member organisation fills in its assessment goal by goal, with its colleagues,
without overwriting each other, submits it and reads its scores."""

import datetime
import re
from decimal import Decimal

import pytest
from django.urls import reverse

from core.audit import audit_trail
from diagnosis import services
from diagnosis.exceptions import DiagnosisError, EditConflict
from diagnosis.models import Answer, Assessment
from tests.factories import AffiliationFactory, OrganisationFactory, UserFactory

from .fixtures import answers_for

pytestmark = pytest.mark.django_db


def fill(assessment, user, questionnaire, **values):
    for number, answers in answers_for(questionnaire, **values).items():
        section = assessment.sections.get(goal_number=number)
        services.section_save(
            assessment=assessment,
            goal_number=number,
            answers=answers,
            version=section.version,
            user=user,
        )


def test_the_primary_contact_starts_and_names_contributors(
    questionnaire, organisation, contact, colleague
):
    with pytest.raises(DiagnosisError) as refused:
        services.assessment_start(organisation=organisation, user=colleague)
    assert refused.value.code == "not_contributor"

    assessment = services.assessment_start(organisation=organisation, user=contact)
    assert assessment.questionnaire == questionnaire
    assert assessment.sections.count() == 10
    with pytest.raises(DiagnosisError):
        services.contributor_grant(
            organisation=organisation, user=contact, actor=colleague
        )
    services.contributor_grant(organisation=organisation, user=colleague, actor=contact)
    fill(assessment, colleague, questionnaire)
    assert Answer.objects.filter(assessment=assessment).count() == 4

    outsider = UserFactory()
    with pytest.raises(DiagnosisError):
        services.contributor_grant(
            organisation=organisation, user=outsider, actor=contact
        )


def test_a_stale_version_is_refused_and_writes_nothing(
    questionnaire, organisation, contact
):
    assessment = services.assessment_start(organisation=organisation, user=contact)
    risk = questionnaire.questions.get(key="risk-map")
    services.section_save(
        assessment=assessment,
        goal_number=1,
        answers={risk.pk: {"level": 2}},
        version=0,
        user=contact,
    )
    with pytest.raises(EditConflict):
        services.section_save(
            assessment=assessment,
            goal_number=1,
            answers={risk.pk: {"level": 4}},
            version=0,
            user=contact,
        )
    assert Answer.objects.get(question=risk).level == 2
    assert assessment.sections.get(goal_number=1).version == 1


def test_submitting_needs_every_answer_and_stores_the_scores(
    questionnaire, organisation, contact
):
    assessment = services.assessment_start(organisation=organisation, user=contact)
    risk = questionnaire.questions.get(key="risk-map")
    services.section_save(
        assessment=assessment,
        goal_number=1,
        answers={risk.pk: {"level": 3}},
        version=0,
        user=contact,
    )
    with pytest.raises(DiagnosisError) as refused:
        services.assessment_submit(assessment=assessment, user=contact)
    assert "1, 2" in refused.value.message

    assessment = Assessment.objects.get(pk=assessment.pk)
    fill(assessment, contact, questionnaire)
    services.assessment_submit(assessment=assessment, user=contact)
    assessment.refresh_from_db()
    # Goal 1: (75 + 100) / 2; goal 2: (25 / 50 → 50, no → 0) / 2; overall the mean.
    assert assessment.score == Decimal("56.25")
    scores = dict(assessment.sections.values_list("goal_number", "score"))
    assert scores[1] == Decimal("87.50") and scores[2] == Decimal("25.00")
    assert scores[3] is None
    assert audit_trail(assessment).first().action == "diagnosis.assessment.submitted"

    with pytest.raises(DiagnosisError):
        fill(assessment, contact, questionnaire, level=4)

    staff = UserFactory(is_superuser=True)
    services.assessment_reopen(assessment=assessment, actor=staff)
    assessment.refresh_from_db()
    assert assessment.state == "draft" and assessment.score is None
    with pytest.raises(DiagnosisError):
        services.assessment_reopen(assessment=assessment, actor=contact)


def test_a_lapsed_member_reads_its_past_results_but_starts_nothing(
    client, questionnaire, organisation, contact
):
    assessment = services.assessment_start(
        organisation=organisation, user=contact, year=2025
    )
    fill(assessment, contact, questionnaire)
    services.assessment_submit(assessment=assessment, user=contact)
    organisation.membership_end = datetime.date(2025, 12, 31)
    organisation.save()
    with pytest.raises(DiagnosisError) as refused:
        services.assessment_start(organisation=organisation, user=contact)
    assert refused.value.code == "not_member"
    client.force_login(contact)
    home = client.get(reverse("diagnosis:home")).content.decode()
    assert "Commencer" not in home
    page = client.get(reverse("diagnosis:results", args=[assessment.pk]))
    assert page.status_code == 200 and "56" in page.content.decode()


def test_bad_input_is_refused_with_a_message_and_keeps_what_was_typed(
    client, questionnaire, organisation, contact
):
    assessment = services.assessment_start(organisation=organisation, user=contact)
    client.force_login(contact)
    plan = questionnaire.questions.get(key="shore-power-plan")
    power = questionnaire.questions.get(key="shore-power")
    url = reverse("diagnosis:goal", args=[assessment.pk, 2])
    response = client.post(
        url, {"version": 0, f"q{power.pk}": "beaucoup", f"q{plan.pk}": "yes"}
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Saisissez un nombre" in html
    assert 'value="beaucoup"' in html
    assert re.search(rf'name="q{plan.pk}" value="yes"[^>]*checked', html)
    assert not Answer.objects.filter(assessment=assessment).exists()


def test_two_colleagues_on_one_goal_the_second_is_told_and_keeps_their_answers(
    client, questionnaire, organisation, contact, colleague
):
    services.contributor_grant(organisation=organisation, user=colleague, actor=contact)
    assessment = services.assessment_start(organisation=organisation, user=contact)
    risk = questionnaire.questions.get(key="risk-map")
    url = reverse("diagnosis:goal", args=[assessment.pk, 1])
    client.force_login(contact)
    first = client.post(url, {"version": 0, f"q{risk.pk}": "1"})
    assert first.status_code == 302

    client.force_login(colleague)
    second = client.post(url, {"version": 0, f"q{risk.pk}": "4"})
    assert second.status_code == 409
    html = second.content.decode()
    assert "Quelqu’un d’autre a enregistré cet objectif" in html
    # What the colleague chose is still chosen in the form.
    assert re.search(rf'name="q{risk.pk}" value="4"[^>]*checked', html)
    assert Answer.objects.get(question=risk).level == 1
    # Saving again from the colleague's version goes through, deliberately.
    again = client.post(url, {"version": 1, f"q{risk.pk}": "4"})
    assert again.status_code == 302
    assert Answer.objects.get(question=risk).level == 4


def test_autosave_answers_with_the_new_version(
    client, questionnaire, organisation, contact
):
    assessment = services.assessment_start(organisation=organisation, user=contact)
    risk = questionnaire.questions.get(key="risk-map")
    client.force_login(contact)
    response = client.post(
        reverse("diagnosis:goal", args=[assessment.pk, 1]),
        {"version": 0, f"q{risk.pk}": "2"},
        headers={"X-Autosave": "1"},
    )
    assert response.status_code == 200
    assert response.json()["version"] == 1
    stale = client.post(
        reverse("diagnosis:goal", args=[assessment.pk, 1]),
        {"version": 0, f"q{risk.pk}": "3"},
        headers={"X-Autosave": "1"},
    )
    assert stale.status_code == 409 and stale.json()["message"]


def test_nobody_else_reaches_an_organisations_assessment(
    client, questionnaire, organisation, contact
):
    assessment = services.assessment_start(organisation=organisation, user=contact)
    fill(assessment, contact, questionnaire)
    services.assessment_submit(assessment=assessment, user=contact)
    stranger = AffiliationFactory(
        organisation=OrganisationFactory(name="Autre port"), role="primary_contact"
    ).user
    client.force_login(stranger)
    for url in (
        reverse("diagnosis:assessment", args=[assessment.pk]),
        reverse("diagnosis:goal", args=[assessment.pk, 1]),
        reverse("diagnosis:results", args=[assessment.pk]),
        reverse("diagnosis:contributors", args=[organisation.pk]),
    ):
        assert client.get(url).status_code == 404, url
    for url in (
        reverse("diagnosis:submit", args=[assessment.pk]),
        reverse("diagnosis:start", args=[organisation.pk]),
        reverse("diagnosis:goal", args=[assessment.pk, 1]),
    ):
        assert client.post(url, {"version": 0}).status_code == 404, url
    client.logout()
    assert client.get(reverse("diagnosis:home")).status_code == 302


def test_a_reader_sees_the_answers_but_cannot_change_them(
    client, questionnaire, organisation, contact, colleague
):
    assessment = services.assessment_start(organisation=organisation, user=contact)
    client.force_login(colleague)
    url = reverse("diagnosis:goal", args=[assessment.pk, 1])
    page = client.get(url)
    assert page.status_code == 200 and "disabled" in page.content.decode()
    risk = questionnaire.questions.get(key="risk-map")
    assert client.post(url, {"version": 0, f"q{risk.pk}": "2"}).status_code == 404
