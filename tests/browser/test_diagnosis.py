"""The self-diagnosis as members use it, in Chromium: the primary contact invites a
colleague by e-mail, the colleague accepts and answers a goal on a phone, the contact
answers another, submits and reads the results with the radar chart; every page fits
the window and passes axe."""

import re

import pytest
from django.core import mail

from accounts.demo import DEMO_MEMBER_EMAIL
from accounts.models import User
from core.models import OutboxMessage
from diagnosis import services
from diagnosis.models import Assessment
from diagnosis.selectors import questions_of
from network.models import MembersDirectoryPage
from tests.browser.helpers import problems_on, signed_in_context
from tests.factories import VerifiedUserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def fill_in(tab):
    """Choose the third option of every question and 3 for every number."""
    for group in tab.locator("fieldset.measure").all():
        for radio_group in group.locator(".field--choices").all():
            radio_group.locator("input[type=radio]").nth(2).check()
        for number in group.locator("input[inputmode=decimal]").all():
            number.fill("3")
    tab.get_by_role("button", name="Enregistrer", exact=True).click()
    assert "Vos réponses sont enregistrées." in tab.content()


def answer_goals(assessment, user, goals):
    """Answers for the goals the browser does not fill in (the middle level)."""
    for number in goals:
        questions = questions_of(assessment.questionnaire, number)
        answers = {}
        for q in questions:
            if q.kind == "scale":
                answers[q.pk] = {"level": q.level_count // 2}
            elif q.kind == "choice":
                answers[q.pk] = {"choice": "in_progress"}
            else:
                answers[q.pk] = {"number": str((q.target + q.worst) / 2)}
        section = assessment.sections.get(goal_number=number)
        services.section_save(
            assessment=assessment,
            goal_number=number,
            answers=answers,
            version=section.version,
            user=user,
        )


def test_colleagues_fill_in_submit_and_read_the_results(
    browser, live_server, demo, screenshot
):
    contact = User.objects.get(email=DEMO_MEMBER_EMAIL)
    assessment = Assessment.objects.get(
        organisation__affiliations__user=contact, state="draft"
    )
    colleague = VerifiedUserFactory(
        email="hugo.petit@havre-seine.example", first_name="Hugo", last_name="Petit"
    )
    found = []

    # The primary contact invites Hugo, who has an account but no link to the
    # organisation yet.
    context = signed_in_context(browser, live_server, contact, 1366)
    tab = context.new_page()
    found += problems_on(tab, f"{live_server.url}/fr/diagnosis/")
    screenshot("diagnosis-home-1366", tab)
    tab.get_by_role("link", name="Choisir les contributeurs").click()
    tab.get_by_label("Adresse e-mail d’un ou d’une collègue").fill(colleague.email)
    tab.get_by_role("button", name="Envoyer l’invitation").click()
    assert f"Une invitation a été envoyée à {colleague.email}." in tab.content()
    found += problems_on(tab, tab.url.split("#")[0])
    screenshot("diagnosis-contributors-1366", tab)
    # The mail was sent (and its link wiped from the outbox once delivered).
    [sent] = [m for m in mail.outbox if m.to == [colleague.email]]
    link = re.search(r"http://\S+?(/fr/diagnosis/invitations/\S+/)", sent.body)[1]
    assert (
        "diagnosis/invitations/"
        not in OutboxMessage.objects.get(source="diagnosis.invitation").body
    )

    # Hugo opens the link on his phone, accepts, and answers goal 4; autosave keeps
    # each answer.
    phone = signed_in_context(browser, live_server, colleague, 390)
    hugo = phone.new_page()
    found += problems_on(hugo, live_server.url + link)
    hugo.get_by_role("button", name="Accepter l’invitation").click()
    assert "Bienvenue" in hugo.content()
    goal = f"{live_server.url}/fr/diagnosis/assessments/{assessment.pk}/goals/4/"
    found += problems_on(hugo, goal)
    fill_in(hugo)
    screenshot("diagnosis-goal-390", hugo)
    phone.close()
    tab.reload()
    assert "Contributeur" in tab.locator("tr", has_text="Hugo Petit").inner_text()

    # The contact answers goal 5 in the browser, the other goals through the service.
    tab.goto(f"{live_server.url}/fr/diagnosis/assessments/{assessment.pk}/goals/5/")
    fill_in(tab)
    answer_goals(assessment, contact, [6, 7, 8, 9, 10])
    tab.goto(f"{live_server.url}/fr/diagnosis/assessments/{assessment.pk}/")
    found += problems_on(tab, tab.url)
    tab.get_by_role("button", name="Soumettre l’évaluation").click()
    assert tab.url.endswith(f"/assessments/{assessment.pk}/results/")
    tab.wait_for_function("document.querySelector('canvas[data-radar]').width > 0")
    found += problems_on(tab, tab.url)
    screenshot("diagnosis-results-1366", tab)
    assessment.refresh_from_db()
    assert assessment.state == "submitted"
    table = tab.locator("table").first.inner_text()
    for section in assessment.sections.all():
        assert f"{section.score:.0f}" in table
    # Last year's figures and the network's are beside this year's.
    assert str(assessment.year - 1) in table and "Évolution" in table
    assert "Réseau" in table
    assert tab.locator(".recommendation").count() >= 1
    pdf = tab.request.get(tab.url.replace("/results/", "/results.pdf"))
    assert pdf.ok and pdf.body().startswith(b"%PDF")

    # The organisation shows its status on its public profile.
    tab.get_by_role("button", name="L’afficher dans l’annuaire").click()
    directory = MembersDirectoryPage.objects.get(locale__language_code="fr")
    tab.goto(live_server.url + directory.profile_url(assessment.organisation))
    badge = f"Agenda 2030 : autodiagnostic réalisé, {assessment.year}"
    assert badge in tab.content()
    context.close()

    phone = signed_in_context(browser, live_server, contact, 390)
    tab = phone.new_page()
    found += problems_on(
        tab, f"{live_server.url}/fr/diagnosis/assessments/{assessment.pk}/results/"
    )
    screenshot("diagnosis-results-390", tab)
    phone.close()
    assert found == []
