"""The waiting list as a delegate uses it: join on the ticket page, list, leave."""

import pytest
from django.urls import reverse

from tests.factories import VerifiedUserFactory
from ticketing.models import WaitingListEntry
from ticketing.services import Item, waiting_list_join

pytestmark = pytest.mark.django_db


@pytest.fixture
def sold_out(place, venue, regular):
    venue.capacity = 2
    venue.save()
    return place(Item(ticket_type_id=regular.pk, quantity=2))


@pytest.fixture
def delegate(client):
    user = VerifiedUserFactory(email="waiting@port.example")
    client.force_login(user)
    return user


def test_the_ticket_page_offers_the_waiting_list_when_sold_out(
    client, delegate, conference, regular, sold_out
):
    page = client.get(reverse("ticketing:tickets", kwargs={"slug": conference.slug}))
    assert "Join the waiting list" in page.text
    assert '<strong class="sold-out">Sold out</strong>' in page.text
    assert "0 places left" not in page.text

    response = client.post(
        reverse("ticketing:waiting_list_join", kwargs={"slug": conference.slug}),
        {"ticket_type": regular.pk, "quantity": 2},
        follow=True,
    )
    entry = WaitingListEntry.objects.get(user=delegate)
    assert entry.quantity == 2
    assert "You are on the waiting list for “Regular”" in response.text
    assert "Leave the waiting list" in response.text

    page = client.get(reverse("ticketing:tickets", kwargs={"slug": conference.slug}))
    assert "Join the waiting list" not in page.text


def test_no_waiting_list_while_places_are_left(client, delegate, conference, venue):
    page = client.get(reverse("ticketing:tickets", kwargs={"slug": conference.slug}))
    assert "Join the waiting list" not in page.text


def test_a_refused_join_says_why(client, delegate, conference, regular, venue):
    response = client.post(
        reverse("ticketing:waiting_list_join", kwargs={"slug": conference.slug}),
        {"ticket_type": regular.pk, "quantity": 1},
        follow=True,
    )
    assert "is not sold out: you can buy your tickets now" in response.text
    assert not WaitingListEntry.objects.exists()


def test_someone_elses_entry_is_not_found(client, delegate, regular, sold_out):
    other = waiting_list_join(
        user=VerifiedUserFactory(), ticket_type=regular, quantity=1
    )
    response = client.post(
        reverse("ticketing:waiting_list_cancel", kwargs={"pk": other.pk})
    )
    assert response.status_code == 404
    other.refresh_from_db()
    assert other.state == WaitingListEntry.State.WAITING
    page = client.get(reverse("ticketing:waiting_list"))
    assert "You are not on any waiting list." in page.text


def test_leaving_the_waiting_list(client, delegate, regular, sold_out):
    entry = waiting_list_join(user=delegate, ticket_type=regular, quantity=1)
    response = client.post(
        reverse("ticketing:waiting_list_cancel", kwargs={"pk": entry.pk}), follow=True
    )
    assert "You have left the waiting list." in response.text
    entry.refresh_from_db()
    assert entry.state == WaitingListEntry.State.CANCELLED


def test_the_waiting_list_page_in_french(client, delegate, regular, sold_out):
    waiting_list_join(user=delegate, ticket_type=regular, quantity=1)
    from django.utils import translation

    with translation.override("fr"):
        page = client.get(reverse("ticketing:waiting_list"))
    assert "Ma liste d’attente" in page.text
    assert "En attente" in page.text


def test_the_offered_person_sees_places_others_do_not(
    client, delegate, conference, regular, sold_out
):
    from django.utils import timezone

    from ticketing.services import waiting_list_offer_next

    waiting_list_join(user=delegate, ticket_type=regular, quantity=2)
    sold_out.expires_at = timezone.now()
    sold_out.save()
    waiting_list_offer_next(ticket_type=regular)

    page = client.get(reverse("ticketing:tickets", kwargs={"slug": conference.slug}))
    assert "2 places left" in page.text
    assert "Join the waiting list" not in page.text

    client.force_login(VerifiedUserFactory())
    page = client.get(reverse("ticketing:tickets", kwargs={"slug": conference.slug}))
    assert "Sold out" in page.text
    assert "Join the waiting list" in page.text


def test_staff_list_and_export_the_waiting_list(client, regular, sold_out):
    from tests.factories import UserFactory

    person = VerifiedUserFactory(
        email="next@port.example", first_name="Ana", last_name="Ferreira"
    )
    waiting_list_join(user=person, ticket_type=regular, quantity=1)
    desk = UserFactory(
        email="desk@aivp.example", is_staff=True, is_superuser=True, mfa=True
    )
    client.force_login(desk)
    listing = client.get("/admin/ticketing/waiting-list/")
    export = client.get("/admin/ticketing/waiting-list/", {"export": "csv"})
    assert listing.status_code == 200
    assert "Ana Ferreira" in listing.text
    assert "Ana Ferreira" in export.getvalue().decode()
