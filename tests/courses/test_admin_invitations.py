"""Inviting by e-mail: staff send the link, the person invited signs in and enrols."""

import re

import pytest

from core.audit import audit_trail
from core.models import OutboxMessage
from courses.models import Enrolment, Invitation, Promotion
from tests.courses.admin_helpers import refused, staff_user
from tests.factories import VerifiedUserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def decider(db):
    return staff_user("decider@aivp.example", "courses.change_enrolment")


@pytest.fixture
def closed_promotion(open_promotion):
    """Enrolment is closed and needs an application: an invitation opens the door."""
    open_promotion.state = Promotion.State.ENROLMENT_CLOSED
    open_promotion.requires_application = True
    open_promotion.save()
    return open_promotion


def invite(client, promotion, emails: str):
    return client.post(
        f"/admin/courses/promotions/{promotion.pk}/invite/", {"emails": emails}
    )


def link_in(mail: OutboxMessage) -> str:
    return re.search(r"http://testserver(/\S+/learning/invitations/\S+/)", mail.body)[1]


def test_the_invited_person_signs_in_and_is_enrolled(client, decider, closed_promotion):
    invitee = VerifiedUserFactory(email="Marie.Lefevre@port.example")
    client.force_login(decider)

    response = invite(client, closed_promotion, "marie.lefevre@port.example\n")

    assert response.status_code == 302
    invitation = Invitation.objects.get()
    assert invitation.email == "marie.lefevre@port.example"
    assert invitation.invited_by == decider
    mail = OutboxMessage.objects.get(source="courses.invitation")
    assert mail.to == ["marie.lefevre@port.example"]
    link = link_in(mail)
    assert invitation.token in link
    assert link.startswith("/fr/")  # the promotion's language of teaching
    assert audit_trail(closed_promotion).get(action="courses.promotion.invited")

    client.logout()
    anonymous = client.get(link)
    assert anonymous.status_code == 302
    assert "login" in anonymous["Location"] and "next=" in anonymous["Location"]

    client.force_login(invitee)
    page = client.get(link)
    assert page.status_code == 200
    accepted = client.post(link, {"confirm": "on"})

    assert accepted.status_code == 302
    enrolment = Enrolment.objects.get(learner=invitee)
    assert enrolment.promotion == closed_promotion
    assert enrolment.state == Enrolment.State.ENROLLED  # no application to make
    invitation.refresh_from_db()
    assert invitation.accepted_at is not None and invitation.enrolment == enrolment

    again = client.post(link, {"confirm": "on"})
    assert again.status_code == 302
    assert Enrolment.objects.filter(learner=invitee).count() == 1


def test_someone_else_holding_the_link_is_told_and_not_enrolled(
    client, decider, closed_promotion
):
    client.force_login(decider)
    invite(client, closed_promotion, "invited@port.example")
    link = link_in(OutboxMessage.objects.get(source="courses.invitation"))
    stranger = VerifiedUserFactory(email="stranger@port.example")
    client.force_login(stranger)

    page = client.get(link.replace("/fr/", "/en/"))
    posted = client.post(link.replace("/fr/", "/en/"), {"confirm": "on"})

    assert page.status_code == posted.status_code == 403
    assert "This invitation was sent to another e-mail address." in (
        page.content.decode()
    )
    assert not Enrolment.objects.exists()


def test_an_unknown_token_is_not_found(client):
    client.force_login(VerifiedUserFactory())

    assert client.get("/en/learning/invitations/guess/").status_code == 404


def test_addresses_are_checked_and_invited_once(client, decider, closed_promotion):
    client.force_login(decider)

    wrong = invite(client, closed_promotion, "a@port.example\nnot-an-address")
    assert wrong.status_code == 400
    assert "not-an-address" in wrong.content.decode()
    assert not Invitation.objects.exists()

    invite(client, closed_promotion, "a@port.example, B@port.example")
    invite(client, closed_promotion, "b@port.example")

    assert sorted(Invitation.objects.values_list("email", flat=True)) == [
        "a@port.example",
        "b@port.example",
    ]
    assert OutboxMessage.objects.filter(source="courses.invitation").count() == 2


def test_inviting_needs_the_permission_to_decide(client, closed_promotion):
    client.force_login(staff_user("viewer@aivp.example", "courses.view_promotion"))

    assert refused(invite(client, closed_promotion, "a@port.example"))
    assert not Invitation.objects.exists()
