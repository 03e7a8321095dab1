"""The prize as its people use it, in Chromium: an entrant drafts, uploads and
submits an entry on a phone, jurors score it, and the winner appears in the public
gallery; every page fits the window and passes axe."""

import pytest
from django.contrib.auth.models import Group
from PIL import Image

from awards.models import Assignment, Edition, Entry, Round
from awards.services import decisions, jury
from awards.services.screening import entry_screen
from tests.browser.helpers import problems_on, signed_in_context
from tests.factories import UserFactory, VerifiedUserFactory

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

    edition = entry.edition
    manager = UserFactory(is_superuser=True, mfa=True)
    jurors = list(Group.objects.get(name="Jury").user_set.all()[:2])
    for state in ("call_closed", "screening"):
        decisions.edition_set_state(edition=edition, state=state, actor=manager)
    entry_screen(entry=entry, eligible=True, reason="", actor=manager)
    Entry.objects.filter(edition=edition).exclude(pk=entry.pk).delete()
    edition.jurors.set(jurors)
    edition.save()
    round_ = edition.rounds.order_by("sort_order").first()
    jury.assignments_balance(round_=round_, actor=manager)
    decisions.round_set_state(round_=round_, state=Round.State.OPEN, actor=manager)

    for juror, mark in zip(jurors, ("8", "6"), strict=True):
        from tests.factories import give_authenticator

        give_authenticator(juror)
        context = signed_in_context(browser, live_server, juror, 1366)
        tab = context.new_page()
        tab.goto(f"{live_server.url}/fr/awards/jury/")
        tab.get_by_role("link", name=entry.reference).click()
        tab.check("input[value=no]")
        tab.get_by_role("button", name="Déclarer").click()
        assert "Port autonome de Dakar" not in tab.content()  # blind review
        for select in tab.locator("select").all():
            select.select_option(mark)
        tab.get_by_role("button", name="Soumettre l’évaluation").click()
        assert "Votre évaluation est soumise." in tab.content()
        screenshot(f"awards-review-{mark}", tab)
        context.close()
    assert Assignment.objects.filter(entry=entry, review="submitted").count() == 2

    for state in (Round.State.DELIBERATION,):
        decisions.round_set_state(round_=round_, state=state, actor=manager)
    decisions.edition_set_state(
        edition=edition, state=Edition.State.JURY_REVIEW, actor=manager
    )
    decisions.edition_set_state(
        edition=edition, state=Edition.State.DELIBERATION, actor=manager
    )
    decisions.entry_decide(
        entry=Entry.objects.get(pk=entry.pk),
        outcome="winner",
        citations={"citation": "Une corniche rendue à la ville."},
        actor=manager,
    )
    decisions.edition_announce(edition=edition, actor=manager)

    visitor = browser.new_context(viewport={"width": 390, "height": 844})
    tab = visitor.new_page()
    found = problems_on(tab, live_server.url + PRIZE["fr"] + "2026/")
    text = tab.content()
    assert "La corniche de Dakar" in text and "Une corniche rendue à la ville." in text
    image = tab.locator(".laureate img").first
    assert image.evaluate("img => img.naturalWidth") == 640
    screenshot("awards-gallery-390", tab)
    visitor.close()
    assert found == []
