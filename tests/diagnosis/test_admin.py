"""Editors write the questionnaire and publish it once; moderators read and reopen
assessments; the privacy export and erasure cover contributors."""

import io

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from pypdf import PdfReader

from accounts.privacy import contributors as privacy_contributors
from diagnosis import services
from diagnosis.exceptions import DiagnosisError
from diagnosis.models import (
    Assessment,
    Contributor,
    ExpertReview,
    Question,
    Questionnaire,
)
from tests.factories import UserFactory

from .fixtures import make_questionnaire
from .test_assessments import fill

pytestmark = pytest.mark.django_db


def staff(group: str):
    user = UserFactory(mfa=True)
    user.groups.add(Group.objects.get(name=group))
    return user


def perms(group: str) -> set[str]:
    return {
        f"{p.content_type.app_label}.{p.codename}"
        for p in Group.objects.get(name=group).permissions.select_related(
            "content_type"
        )
        if p.content_type.app_label == "diagnosis"
    }


def test_editors_write_the_questionnaire_and_moderators_read_assessments():
    assert {
        "diagnosis.change_questionnaire",
        "diagnosis.add_question",
        "diagnosis.change_question",
    } <= perms("Editors")
    assert "diagnosis.view_assessment" not in perms("Editors")
    assert {"diagnosis.view_assessment", "diagnosis.reopen_assessment"} <= perms(
        "Moderators"
    )
    assert not any(p.startswith("diagnosis.delete_") for p in perms("Moderators"))


def test_a_version_is_published_once_then_frozen_and_copied_forward(client):
    draft = make_questionnaire(version=1, state="draft")
    editor = staff("Editors")
    client.force_login(editor)
    response = client.post(f"/admin/diagnosis/questionnaires/{draft.pk}/publish/")
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.state == "published" and draft.published_at
    with pytest.raises(DiagnosisError):
        services.questionnaire_publish(questionnaire=draft, actor=editor)

    question = draft.questions.get(key="risk-map")
    form = client.get(f"/admin/diagnosis/questions/edit/{question.pk}/")
    assert form.context["form"].fields["text"].disabled
    edit = client.post(
        f"/admin/diagnosis/questions/edit/{question.pk}/",
        {"text": "Changé après publication"},
    )
    assert edit.status_code in (302, 403)
    question.refresh_from_db()
    assert question.text != "Changé après publication"

    client.post(f"/admin/diagnosis/questionnaires/{draft.pk}/copy/")
    copy = Questionnaire.objects.get(version=2)
    assert copy.state == "draft" and copy.copied_from == draft
    keys = set(
        Question.objects.filter(questionnaire=copy).values_list("key", flat=True)
    )
    assert keys == set(draft.questions.values_list("key", flat=True))
    copied_scale = copy.questions.get(key="risk-map")
    assert copied_scale.levels.count() == 5 and copied_scale.pk != question.pk


def test_an_empty_version_cannot_be_published():
    empty = Questionnaire.objects.create(version=7, title="Vide")
    with pytest.raises(DiagnosisError):
        services.questionnaire_publish(questionnaire=empty, actor=None)


def test_moderators_read_and_reopen_editors_cannot_see_assessments(
    client, questionnaire, organisation, contact
):
    assessment = services.assessment_start(organisation=organisation, user=contact)
    fill(assessment, contact, questionnaire)
    services.assessment_submit(assessment=assessment, user=contact)

    client.force_login(staff("Editors"))
    url = f"/admin/diagnosis/assessments/inspect/{assessment.pk}/"
    assert client.get(url).status_code in (302, 403)

    client.force_login(staff("Moderators"))
    assert client.get(url).status_code == 200
    client.post(f"/admin/diagnosis/assessments/{assessment.pk}/reopen/")
    assert Assessment.objects.get(pk=assessment.pk).state == "draft"


def test_the_privacy_export_and_erasure_cover_contributors(
    questionnaire, organisation, contact, colleague
):
    services.contributor_grant(organisation=organisation, user=colleague, actor=contact)
    assessment = services.assessment_start(organisation=organisation, user=contact)
    fill(assessment, colleague, questionnaire)
    services.assessment_submit(assessment=assessment, user=colleague)
    (diagnosis,) = [c for c in privacy_contributors() if c.key == "diagnosis"]

    data = diagnosis.export(colleague)
    assert data["contributor_of"][0]["organisation"] == organisation.name
    assert {row["goal"] for row in data["goals_saved"]} == {1, 2}
    assert data["submitted"] == [
        {"organisation": organisation.name, "year": assessment.year}
    ]

    kept = diagnosis.erase(colleague)
    assert kept
    assert not Contributor.objects.filter(user=colleague).exists()
    assessment.refresh_from_db()
    assert assessment.submitted_by is None and assessment.score is not None
    assert not assessment.sections.filter(updated_by=colleague).exists()


def test_an_expert_review_reaches_the_organisation_once_published(
    client, questionnaire, organisation, contact
):
    assessment = services.assessment_start(organisation=organisation, user=contact)
    fill(assessment, contact, questionnaire)
    services.assessment_submit(assessment=assessment, user=contact)
    reviewer = staff("Self-diagnosis reviewers")
    client.force_login(reviewer)
    form = {
        "assessment": assessment.pk,
        "reviewer": reviewer.pk,
        "strengths": "Une gouvernance solide.",
        "weaknesses": "Peu de données sur l’énergie.",
        "opportunities": "",
        "threats": "",
        "priority_1": "Électrifier les quais",
        "priority_2": "",
        "priority_3": "",
        "priority_4": "",
        "priority_5": "",
        "advice": "Commencez par le terminal ferry.",
        "state": "draft",
    }
    assert client.post("/admin/diagnosis/reviews/new/", form).status_code == 302
    review = ExpertReview.objects.get(assessment=assessment)
    results = reverse("diagnosis:results", args=[assessment.pk])

    client.force_login(contact)
    assert "Électrifier les quais" not in client.get(results).content.decode()

    client.force_login(reviewer)
    form["state"] = "published"
    edit = client.post(f"/admin/diagnosis/reviews/edit/{review.pk}/", form)
    assert edit.status_code == 302
    review.refresh_from_db()
    assert review.published_at is not None

    client.force_login(contact)
    page = client.get(results).content.decode()
    assert "Électrifier les quais" in page and "Une gouvernance solide." in page
    pdf = client.get(reverse("diagnosis:results_pdf", args=[assessment.pk]))
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.content)).pages)
    assert "Électrifier les quais" in text


def test_the_dashboard_counts_participation_and_exports_without_names(
    client, questionnaire, organisation, contact
):
    organisation.name = "Port de Saint-Exemple"
    organisation.save()
    assessment = services.assessment_start(organisation=organisation, user=contact)
    fill(assessment, contact, questionnaire)
    services.assessment_submit(assessment=assessment, user=contact)
    client.force_login(staff("Moderators"))
    page = client.get("/admin/diagnosis/dashboard/")
    assert page.status_code == 200
    europe = next(
        row
        for row in page.context["participation"]["region"]
        if row["region"] == "europe"
    )
    assert (europe["members"], europe["submitted"], europe["in_progress"]) == (1, 1, 0)
    assert page.context["averages"] == [(assessment.year, [87.5, 25.0, *[None] * 8])]
    export = client.get("/admin/diagnosis/dashboard/export.csv").content.decode()
    assert organisation.name not in export and "56.25" in export
    client.force_login(staff("Editors"))
    assert client.get("/admin/diagnosis/dashboard/").status_code in (302, 403)
    assert client.get("/admin/diagnosis/dashboard/export.csv").status_code in (302, 403)
