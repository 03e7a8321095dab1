"""The prize as its people use it, in Chromium: an entrant drafts, uploads and
submits an entry on a phone, the prize manager screens and assigns it in the admin,
jurors score it, the ranking follows the weights and the winner appears in the public
gallery; every page fits the window and passes axe."""

import pytest
from PIL import Image

from awards.models import Assignment, Edition, Entry
from tests.browser.helpers import problems_on, sign_in_to_admin, signed_in_context
from tests.factories import VerifiedUserFactory, give_authenticator

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PRIZE = {
    "fr": "/fr/prix-antoine-rufenacht/",
    "en": "/en/antoine-rufenacht-prize/",
    "es": "/es/premio-antoine-rufenacht/",
}


def photo(path) -> str:
    Image.new("RGB", (640, 400), (30, 110, 150)).save(path, "JPEG")
    return str(path)


@pytest.mark.parametrize("width", [390, 1366])
def test_prize_pages_fit_the_window_and_pass_axe(
    browser, live_server, demo, screenshot, width
):
    found = []
    visitor = browser.new_context(viewport={"width": width, "height": 844})
    tab = visitor.new_page()
    for language, url in PRIZE.items():
        found += problems_on(tab, live_server.url + url)
        screenshot(f"awards-prize-{language}-{width}", tab)
    found += problems_on(tab, live_server.url + PRIZE["fr"] + "2024/")
    screenshot(f"awards-winners-fr-{width}", tab)
    found += problems_on(tab, live_server.url + PRIZE["es"] + "2026/")
    visitor.close()

    member_entry = Entry.objects.get(edition__year=2026)
    context = signed_in_context(browser, live_server, member_entry.entrant, width)
    tab = context.new_page()
    for section in ("project", "goals", "files", "submit"):
        url = f"{live_server.url}/fr/awards/entries/{member_entry.reference}/{section}/"
        found += problems_on(tab, url)
        screenshot(f"awards-entry-{section}-{width}", tab)
    context.close()
    assert found == []


def test_an_entry_goes_from_draft_to_the_winners_gallery(
    browser, live_server, demo, screenshot, tmp_path
):
    entrant = VerifiedUserFactory(first_name="Amina", last_name="Diallo")
    context = signed_in_context(browser, live_server, entrant, 390)
    tab = context.new_page()
    tab.goto(live_server.url + PRIZE["fr"] + "2026/")
    tab.get_by_role("button", name="Commencer une candidature").click()
    tab.fill("input[name=project_name]", "Le front de mer de Dakar")
    tab.get_by_role("button", name="Enregistrer le brouillon").click()
    assert "Votre brouillon est enregistré." in tab.content()
    tab.fill("input[name=organisation_name]", "Port autonome de Dakar")
    tab.fill("input[name=port_city]", "Dakar")
    tab.select_option("select[name=country]", "SN")
    tab.fill("input[name=operation_started_on]", "2020-02-01")
    tab.select_option("select[name=budget_range]", "10m_50m")
    tab.fill("textarea[name=summary]", "Une corniche rendue aux habitants.")
    tab.check("input[name=consent_to_publish]")
    tab.get_by_role("button", name="Enregistrer et continuer").click()
    tab.locator("textarea").first.fill("Des espaces publics au bord de l’eau.")
    tab.get_by_role("button", name="Enregistrer et continuer").click()

    # A file that is not what its name says is refused; the real photo is kept.
    fake = tmp_path / "corniche.jpg"
    fake.write_bytes(b"MZ\x90\x00" + b"\x00" * 64)
    tab.set_input_files("#id_image-file", str(fake))
    tab.locator("form.entry-upload").first.locator("button").click()
    assert tab.locator(".field__error").count() == 1
    tab.set_input_files("#id_image-file", photo(tmp_path / "corniche-vraie.jpg"))
    tab.fill("#id_image-credit", "Port de Dakar")
    tab.locator("form.entry-upload").first.locator("button").click()
    assert "corniche-vraie.jpg" in tab.content()
    tab.get_by_role("link", name="Continuer").click()
    tab.get_by_role("button", name="Soumettre ma candidature").click()
    screenshot("awards-submitted-390", tab)
    entry = Entry.objects.get(entrant=entrant)
    assert entry.state == Entry.State.SUBMITTED

    # Still before the deadline: the entrant corrects the name.
    tab.get_by_role("link", name="Le projet").click()
    tab.fill("input[name=project_name]", "La corniche de Dakar")
    tab.get_by_role("button", name="Enregistrer le brouillon").click()
    entry.refresh_from_db()
    assert entry.project_name == "La corniche de Dakar"
    context.close()

    # The prize manager closes the call, screens and assigns, in the admin.
    manager = browser.new_context(viewport={"width": 1366, "height": 900})
    admin = manager.new_page()
    sign_in_to_admin(admin, live_server.url, language="en")  # its labels below
    work = f"{live_server.url}/admin/awards/editions/{entry.edition_id}/work/"
    admin.goto(work)
    for step in ("Close the call", "Start screening"):
        admin.get_by_role("button", name=step).click()
    row = admin.locator("tr", has_text=entry.reference)
    row.get_by_role("link", name="Screen").click()
    found = problems_on(admin, admin.url)
    admin.get_by_label("Eligible", exact=True).check()
    admin.get_by_role("button", name="Save", exact=True).click()
    admin.goto(work)
    admin.get_by_role("button", name="Assign automatically").first.click()
    admin.get_by_role("button", name="Open the round to jurors").first.click()
    assert "Open to jurors" in admin.locator(".awards-round").first.inner_text()

    # Two jurors declare no conflict and score; the weights make the difference:
    # 9, 5, 2 weighed 3, 2, 1 out of 10 is 65.0 (an unweighted 53.3); 7, 7, 7 is 70.
    jurors = [a.juror for a in Assignment.objects.filter(entry=entry)]
    assert len(jurors) == 2
    for juror, marks in zip(jurors, (("9", "5", "2"), ("7", "7", "7")), strict=True):
        give_authenticator(juror)
        context = signed_in_context(browser, live_server, juror, 390)
        tab = context.new_page()
        tab.goto(f"{live_server.url}/fr/awards/jury/")
        found += problems_on(tab, tab.url)
        tab.get_by_role("link", name=entry.reference).click()
        tab.check("input[value=no]")
        tab.get_by_role("button", name="Déclarer").click()
        assert "Port autonome de Dakar" not in tab.content()  # blind review
        found += problems_on(tab, tab.url)
        for select, mark in zip(tab.locator("select").all(), marks, strict=True):
            select.select_option(mark)
        tab.get_by_role("button", name="Soumettre l’évaluation").click()
        assert "Votre évaluation est soumise." in tab.content()
        screenshot(f"awards-review-{marks[0]}", tab)
        context.close()
    assert Assignment.objects.filter(entry=entry, review="submitted").count() == 2

    # The ranking reflects the weights; the manager records the decision, announces.
    admin.goto(work)
    for step in (
        "Open the deliberation",
        "Start the jury's review",
        "Start the deliberation",
    ):
        admin.get_by_role("button", name=step).first.click()
    ranking = admin.locator(".awards-round").first.locator(
        "tr", has_text=entry.reference
    )
    assert "67.5" in ranking.last.inner_text()
    found += problems_on(admin, admin.url)
    screenshot("awards-work-1366", admin)
    admin.locator("tr", has_text=entry.reference).first.get_by_role(
        "link", name="Decide"
    ).click()
    admin.select_option("select[name=outcome]", "winner")
    admin.fill("textarea[name=citation]", "Une corniche rendue à la ville.")
    admin.get_by_role("button", name="Save", exact=True).click()
    admin.goto(work)
    admin.get_by_role("button", name="Announce the results").click()
    assert Edition.objects.get(pk=entry.edition_id).state == Edition.State.ANNOUNCED
    manager.close()

    visitor = browser.new_context(viewport={"width": 390, "height": 844})
    tab = visitor.new_page()
    found += problems_on(tab, live_server.url + PRIZE["fr"] + "2026/")
    text = tab.content()
    assert "La corniche de Dakar" in text and "Une corniche rendue à la ville." in text
    image = tab.locator(".laureate img").first
    assert image.evaluate("img => img.naturalWidth") == 640
    screenshot("awards-gallery-390", tab)
    visitor.close()
    assert found == []
