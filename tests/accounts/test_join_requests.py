"""A person asks to join an organisation; a primary contact or staff decides."""

import pytest
from django.contrib.auth.models import Group
from django.core import mail

from accounts import services
from accounts.exceptions import AccountsError
from accounts.models import Affiliation
from accounts.selectors import user_is_member
from core.audit import audit_trail
from core.models import OutboxMessage
from core.tasks import send_outbox_message, sweep_outbox
from tests.factories import (
    AffiliationFactory,
    OrganisationFactory,
    VerifiedUserFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def organisation():
    return OrganisationFactory(name="Port of Valparaíso")


@pytest.fixture
def contact(organisation):
    return AffiliationFactory(
        organisation=organisation,
        role=Affiliation.Role.PRIMARY_CONTACT,
        user__email="contact@valparaiso.example",
    ).user


@pytest.fixture
def applicant():
    """Signed up in English: the site's mails to them are in English."""
    return VerifiedUserFactory(email="applicant@example.org", language="en")


def ask(client, applicant, organisation, message="I run the port centre."):
    client.force_login(applicant)
    return client.post(
        "/en/account/organisation/join/",
        {"organisation": organisation.pk, "message": message},
    )


def test_request_is_pending_audited_and_sent_to_the_primary_contact(
    client, organisation, contact, applicant, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = ask(client, applicant, organisation)

    assert response["Location"] == "/en/account/"
    request = Affiliation.objects.get(user=applicant)
    assert request.status == Affiliation.Status.PENDING
    assert not user_is_member(user=applicant)
    [entry] = audit_trail(request)
    assert (entry.actor, entry.from_state, entry.to_state) == (applicant, "", "pending")
    [notice] = mail.outbox
    assert notice.to == ["contact@valparaiso.example"]
    assert "applicant@example.org" in notice.body
    assert "I run the port centre." in notice.body
    assert "http://testserver/en/account/join-requests/" in notice.body


def test_primary_contact_approves_and_the_person_becomes_a_member(
    client, organisation, contact, applicant, django_capture_on_commit_callbacks
):
    request = services.affiliation_request(user=applicant, organisation=organisation)
    client.force_login(contact)

    listing = client.get("/en/account/join-requests/").content.decode()
    assert "applicant@example.org" in listing
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/en/account/join-requests/{request.pk}/decide/", {"decision": "approved"}
        )

    assert response.status_code == 302
    request.refresh_from_db()
    assert request.status == Affiliation.Status.APPROVED
    assert request.decided_by == contact
    assert user_is_member(user=applicant)
    decision = audit_trail(request).first()
    assert (decision.actor, decision.from_state, decision.to_state) == (
        contact,
        "pending",
        "approved",
    )
    assert mail.outbox[-1].to == ["applicant@example.org"]
    assert "approved" in mail.outbox[-1].body


def test_moderators_can_reject(client, organisation, applicant):
    request = services.affiliation_request(user=applicant, organisation=organisation)
    moderator = VerifiedUserFactory(is_staff=True)
    moderator.groups.add(Group.objects.get(name="Moderators"))
    client.force_login(moderator)

    client.post(
        f"/en/account/join-requests/{request.pk}/decide/", {"decision": "rejected"}
    )

    request.refresh_from_db()
    assert request.status == Affiliation.Status.REJECTED
    assert not user_is_member(user=applicant)


def test_staff_without_the_permission_neither_see_nor_decide(
    client, organisation, applicant
):
    request = services.affiliation_request(user=applicant, organisation=organisation)
    ticketing_staff = VerifiedUserFactory(is_staff=True)
    ticketing_staff.groups.add(Group.objects.get(name="Ticketing staff"))
    client.force_login(ticketing_staff)

    page = client.get("/en/account/join-requests/").content.decode()
    response = client.post(
        f"/en/account/join-requests/{request.pk}/decide/", {"decision": "approved"}
    )

    assert "applicant@example.org" not in page
    assert response.status_code == 404
    request.refresh_from_db()
    assert request.status == Affiliation.Status.PENDING


def test_other_people_cannot_decide(client, organisation, contact, applicant):
    request = services.affiliation_request(user=applicant, organisation=organisation)
    other_contact = AffiliationFactory(role=Affiliation.Role.PRIMARY_CONTACT).user
    plain_member = AffiliationFactory(organisation=organisation).user

    for person in (applicant, other_contact, plain_member):
        client.force_login(person)
        response = client.post(
            f"/en/account/join-requests/{request.pk}/decide/", {"decision": "approved"}
        )
        assert response.status_code == 404
        assert (
            "applicant@example.org"
            not in client.get("/en/account/join-requests/").content.decode()
        )
    request.refresh_from_db()
    assert request.status == Affiliation.Status.PENDING


def test_a_decided_request_cannot_be_decided_again(organisation, contact, applicant):
    request = services.affiliation_request(user=applicant, organisation=organisation)
    services.affiliation_reject(affiliation=request, actor=contact)

    with pytest.raises(AccountsError):
        services.affiliation_approve(affiliation=request, actor=contact)


def test_asking_twice_is_refused_with_a_clear_message(
    client, organisation, contact, applicant
):
    ask(client, applicant, organisation)

    response = ask(client, applicant, organisation, message="Second try")

    assert response.status_code == 200
    html = response.content.decode()
    assert "You already belong to or asked to join this organisation." in html
    assert "Second try" in html  # what the person typed is kept
    assert Affiliation.objects.filter(user=applicant).count() == 1


def test_a_rejected_person_may_ask_again(organisation, contact, applicant):
    first = services.affiliation_request(user=applicant, organisation=organisation)
    services.affiliation_reject(affiliation=first, actor=contact)

    second = services.affiliation_request(user=applicant, organisation=organisation)

    assert second.status == Affiliation.Status.PENDING


def test_notifications_are_recorded_with_the_change_and_sent_once(
    organisation, contact, applicant
):
    request = services.affiliation_request(user=applicant, organisation=organisation)
    services.affiliation_approve(affiliation=request, actor=contact)
    rows = OutboxMessage.objects.order_by("pk")
    assert [row.source for row in rows] == [
        "accounts.affiliation.requested",
        "accounts.affiliation.decided",
    ]

    for row in rows:
        send_outbox_message(row.pk)
        send_outbox_message(row.pk)
    assert sweep_outbox() == 0

    assert [m.to for m in mail.outbox] == [
        ["contact@valparaiso.example"],
        ["applicant@example.org"],
    ]


def test_without_a_primary_contact_the_staff_are_told(
    organisation, applicant, settings, django_capture_on_commit_callbacks
):
    settings.MANAGERS = [("Membership", "members@aivp.example")]

    with django_capture_on_commit_callbacks(execute=True):
        services.affiliation_request(user=applicant, organisation=organisation)

    assert mail.outbox[0].to == ["members@aivp.example"]


def test_the_person_leaves_an_organisation(client, organisation):
    link = AffiliationFactory(organisation=organisation)
    client.force_login(link.user)

    client.post(f"/en/account/organisation/{link.pk}/leave/")

    link.refresh_from_db()
    assert link.status == Affiliation.Status.ENDED
    assert not user_is_member(user=link.user)
    assert audit_trail(link).first().to_state == "ended"


@pytest.mark.parametrize("pending", [2, 12])
def test_join_requests_page_query_count_stays_flat(
    client, organisation, contact, pending, django_assert_max_num_queries
):
    for _ in range(pending):
        AffiliationFactory(organisation=organisation, status="pending")
    client.force_login(contact)
    client.get("/en/account/join-requests/")  # the site-wide parts are remembered

    # The same number at both sizes (the site's header and footer cost most of it).
    with django_assert_max_num_queries(12):
        response = client.get("/en/account/join-requests/")

    assert response.content.decode().count('name="decision" value="approved"') == (
        pending
    )


def test_only_listed_current_organisations_can_be_asked(client, applicant):
    OrganisationFactory(name="Listed Port")
    OrganisationFactory(name="Confidential Port", is_listed=False)
    OrganisationFactory(name="Former Port", membership_status="ended")
    client.force_login(applicant)

    html = client.get("/en/account/organisation/join/").content.decode()

    assert "Listed Port" in html
    assert "Confidential Port" not in html
    assert "Former Port" not in html


def test_the_email_waits_for_the_commit(
    organisation, contact, applicant, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        services.affiliation_request(user=applicant, organisation=organisation)

    assert mail.outbox == []  # nothing leaves before the request is saved for good
    [send] = callbacks
    send()
    assert [m.to for m in mail.outbox] == [["contact@valparaiso.example"]]
