"""The registration part of an event's page, as visitors, registrants and people on
the waiting list see it; the join link and passcode reach registrants only."""

import pytest
from django.urls import reverse

from accounts.models import Affiliation
from events.models import Registrant, Registration
from events.services import registrant_register
from tests.factories import AffiliationFactory, VerifiedUserFactory

pytestmark = pytest.mark.django_db

SECRETS = ("meet.example/aivp-quays", "quai-4242")


def signed_in(client, user=None):
    user = user or VerifiedUserFactory()
    client.force_login(user)
    return user


def post_register(client, registration, webinar, **data):
    return client.post(
        reverse("events:register", args=[registration.pk]),
        {"event": webinar.pk, "organisation": "Ville du Havre", **data},
    )


def test_a_visitor_is_asked_to_sign_in_and_never_sees_the_join_link(
    client, webinar, registration
):
    page = client.get(webinar.url).content.decode()
    assert "Connectez-vous pour vous inscrire" in page
    assert not any(secret in page for secret in SECRETS)


def test_a_person_registers_in_one_step_and_then_sees_the_join_link(
    client, webinar, registration
):
    person = signed_in(client)
    page = client.get(webinar.url).content.decode()
    assert "S'inscrire" in page and "Organisation" in page
    assert not any(secret in page for secret in SECRETS)

    response = post_register(client, registration, webinar)
    assert response.status_code == 302
    assert response["Location"] == webinar.url + "#registration"
    registrant = Registrant.objects.get(user=person)
    assert (registrant.state, registrant.organisation) == (
        "registered",
        "Ville du Havre",
    )
    page = client.get(webinar.url).content.decode()
    assert "Vous êtes inscrit" in page
    assert all(secret in page for secret in SECRETS)


def test_the_waiting_list_sees_no_join_link(client, webinar, registration):
    for _ in range(2):
        registrant_register(
            registration=registration,
            user=VerifiedUserFactory(),
            answers={},
            language="fr",
        )
    signed_in(client)
    assert "liste d’attente" in client.get(webinar.url).content.decode()
    post_register(client, registration, webinar)
    page = client.get(webinar.url).content.decode()
    assert "vous êtes sur la liste d’attente" in page
    assert not any(secret in page for secret in SECRETS)


def test_the_join_link_is_in_no_feed_calendar_or_search(client, webinar, registration):
    registrant_register(
        registration=registration, user=signed_in(client), answers={}, language="fr"
    )
    for address in (
        reverse("cms:event_ics", kwargs={"pk": webinar.pk}),
        reverse("cms:agenda_ics"),
        reverse("cms:agenda_rss"),
        "/sitemap.xml",
        "/fr/search/?q=quais",
    ):
        body = client.get(address).content.decode()
        assert not any(secret in body for secret in SECRETS), address


def test_members_only_events_refuse_others_with_a_reason(client, webinar, registration):
    Registration.objects.filter(pk=registration.pk).update(audience="members")
    signed_in(client)
    page = client.get(webinar.url).content.decode()
    assert "réservé aux personnes des organisations membres" in page
    response = post_register(client, registration, webinar)
    assert response.status_code == 302
    assert not Registrant.objects.exists()
    follow = client.get(webinar.url).content.decode()
    assert "réservé à un public" in follow


def test_a_working_group_event_takes_its_organisations_people(
    client, webinar, registration, group
):
    Registration.objects.filter(pk=registration.pk).update(
        audience="group", group=group["page"]
    )
    outsider = signed_in(client)
    post_register(client, registration, webinar)
    assert not Registrant.objects.filter(user=outsider).exists()
    insider = VerifiedUserFactory()
    AffiliationFactory(
        user=insider,
        organisation=group["organisations"][0],
        status=Affiliation.Status.APPROVED,
    )
    signed_in(client, insider)
    post_register(client, registration, webinar)
    assert Registrant.objects.get(user=insider).state == "registered"


def test_bad_answers_come_back_with_a_translated_error_and_what_was_typed(
    client, webinar, registration
):
    Registration.objects.filter(pk=registration.pk).update(
        ask_role=True, question="Une question pour l’intervenant ?"
    )
    signed_in(client)
    response = post_register(
        client, registration, webinar, role="", answer="Pourquoi les quais ?"
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "Champ requis." in page
    assert "Pourquoi les quais ?" in page and "Ville du Havre" in page
    assert not Registrant.objects.exists()
    odd = client.post(
        reverse("events:register", args=[registration.pk]),
        {"event": "x\x00'; drop", "organisation": "A", "role": "B"},
    )
    assert odd.status_code == 302
    assert client.post(reverse("events:register", args=[987654])).status_code == 404


def test_a_visitor_posting_is_sent_to_sign_in(client, registration, webinar):
    response = post_register(client, registration, webinar)
    assert response.status_code == 302 and "login" in response["Location"]
    assert not Registrant.objects.exists()


def test_my_account_lists_coming_events_with_the_join_link(
    client, webinar, registration
):
    person = signed_in(client)
    registrant_register(
        registration=registration, user=person, answers={}, language="en"
    )
    page = client.get("/en/account/").content.decode()
    assert "My events" in page
    assert "Webinar: tomorrow&#x27;s quays" in page or "tomorrow's quays" in page
    assert all(secret in page for secret in SECRETS)
    other = signed_in(client)
    assert not any(
        secret in client.get("/en/account/").content.decode() for secret in SECRETS
    )
    assert other.pk != person.pk
