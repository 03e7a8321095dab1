"""A prospect applies on the join page: stored, mailed, limited, campaign recorded."""

from django.core import mail

from core.models import OutboxMessage
from network.models import MembershipApplication
from tests.network.joining_fixtures import FORM


def test_a_prospect_applies_and_two_mails_go_out(committing_client, join_pages):
    response = committing_client.post("/es/unirse/", FORM)

    assert response.status_code == 302
    application = MembershipApplication.objects.get()
    assert application.language == "es"
    assert application.status == "new"
    sources = set(OutboxMessage.objects.values_list("source", flat=True))
    assert sources == {"network.application.receipt", "network.application.staff"}
    receipt = next(m for m in mail.outbox if m.to == ["ana@example.cl"])
    assert "AIVP" in receipt.subject
    assert "Estimado" in receipt.body or "Ana Pérez" in receipt.body

    thanks = committing_client.get(response["Location"])
    assert thanks.status_code == 200
    assert 'role="status"' in thanks.content.decode()


def test_bad_input_keeps_the_values_and_shows_translated_errors(client, join_pages):
    data = dict(FORM, email="not-an-address", consent="")

    response = client.post("/fr/adherer/", data)

    assert response.status_code == 200
    html = response.content.decode()
    assert "Port of Valparaíso" in html
    assert "not-an-address" in html
    assert "Saisissez une adresse de courriel valide." in html
    assert "Champ requis." in html
    assert not MembershipApplication.objects.exists()


def test_a_robot_filling_the_trap_stores_nothing(client, join_pages):
    response = client.post("/fr/adherer/", dict(FORM, nickname="bot"))

    assert response.status_code == 302
    assert not MembershipApplication.objects.exists()


def test_too_many_applications_are_refused(client, join_pages, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "network.application": "2/h/ip"}
    for _n in range(2):
        client.post("/fr/adherer/", FORM)

    response = client.post("/fr/adherer/", FORM)

    assert response.status_code == 429


def test_campaign_and_utm_are_recorded(client, join_pages, campaign):
    client.get(
        "/en/join/?campaign=americas-2026&utm_source=newsletter&utm_medium=email"
    )
    client.post("/en/join/?campaign=americas-2026", FORM)

    application = MembershipApplication.objects.get()
    assert application.campaign == campaign
    assert application.utm_source == "newsletter"
    assert application.utm_medium == "email"
    assert application.language == "en"


def test_the_campaign_page_records_its_campaign(client, campaign_page, campaign):
    response = client.get(campaign_page.url)
    assert response.status_code == 200

    client.post(campaign_page.url, FORM)

    assert MembershipApplication.objects.get().campaign == campaign


def test_an_overlong_utm_value_is_cut(client, join_pages):
    client.get("/fr/adherer/", {"utm_source": "x" * 500})
    client.post("/fr/adherer/", FORM)

    assert MembershipApplication.objects.get().utm_source == "x" * 100
