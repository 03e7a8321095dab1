"""Every screen that shows a person's data checks, on the server, whose it is."""

import pytest

from accounts import services
from accounts.models import Affiliation
from tests.factories import AffiliationFactory, OrganisationFactory, VerifiedUserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def owner_and_objects():
    """A person with a join request of their own and one waiting for their decision."""
    organisation = OrganisationFactory(name="Port of Durban")
    contact = AffiliationFactory(
        organisation=organisation, role=Affiliation.Role.PRIMARY_CONTACT
    ).user
    applicant = VerifiedUserFactory(email="applicant@example.org")
    to_decide = services.affiliation_request(user=applicant, organisation=organisation)
    own_link = Affiliation.objects.get(user=contact)
    return contact, {"to_decide": to_decide, "own_link": own_link}


# (method, URL for the object's id, data): every URL naming a person's object.
OBJECT_URLS = [
    ("post", "/en/account/join-requests/{to_decide}/decide/", {"decision": "approved"}),
    ("post", "/en/account/join-requests/{to_decide}/decide/", {"decision": "rejected"}),
    ("post", "/en/account/organisation/{own_link}/leave/", {}),
    ("post", "/en/account/organisation/{to_decide}/leave/", {}),
]


@pytest.mark.parametrize(("method", "url", "data"), OBJECT_URLS)
def test_another_person_gets_404(client, owner_and_objects, method, url, data):
    owner, objects = owner_and_objects
    intruder = AffiliationFactory(role=Affiliation.Role.PRIMARY_CONTACT).user
    client.force_login(intruder)
    before = list(Affiliation.objects.order_by("pk").values_list("status", flat=True))

    response = getattr(client, method)(
        url.format(**{key: obj.pk for key, obj in objects.items()}), data
    )

    assert response.status_code == 404
    after = list(Affiliation.objects.order_by("pk").values_list("status", flat=True))
    assert after == before


# Pages about "me": another person sees only their own data there.
OWN_PAGES = [
    "/en/account/",
    "/en/account/join-requests/",
    "/en/account/privacy/export/",
    "/en/account/profile/",
]


@pytest.mark.parametrize("url", OWN_PAGES)
def test_own_pages_never_show_another_persons_data(client, owner_and_objects, url):
    owner, _objects = owner_and_objects
    intruder = VerifiedUserFactory(email="intruder@example.org")
    client.force_login(intruder)

    content = client.get(url).content.decode()

    assert owner.email not in content
    assert "applicant@example.org" not in content
    assert "Port of Durban" not in content


@pytest.mark.parametrize("url", [*OWN_PAGES, "/en/account/privacy/delete/"])
def test_own_pages_need_sign_in(client, url):
    response = client.get(url)

    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")


def test_unknown_withdrawal_tokens_get_404(client):
    response = client.get(
        "/en/newsletter/unsubscribe/6f1c1b9e-0000-4000-8000-000000000000/"
    )

    assert response.status_code == 404
