"""A person's language: taken from the page they signed up on, theirs to change, and
the language of the e-mails sent to them."""

import pytest

from accounts.models import Affiliation, User
from accounts.services import affiliation_approve, affiliation_request
from tests.factories import OrganisationFactory, UserFactory, VerifiedUserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"


@pytest.mark.parametrize("language", ["es", "en", "fr"])
def test_a_new_account_speaks_the_language_of_its_sign_up_page(
    committing_client, language
):
    committing_client.post(
        f"/{language}/accounts/signup/",
        {"email": "nueva@puerto.example", "password1": PASSWORD, "password2": PASSWORD},
    )

    assert User.objects.get(email="nueva@puerto.example").language == language


def test_a_person_changes_their_language_on_their_profile(client):
    person = VerifiedUserFactory(first_name="Ana", last_name="Pérez")
    client.force_login(person)

    response = client.post(
        "/fr/account/profile/",
        {"first_name": "Ana", "last_name": "Pérez", "language": "es"},
    )

    assert response.status_code == 302
    person.refresh_from_db()
    assert person.language == "es"


def test_a_join_decision_is_written_in_the_persons_language(
    mailoutbox, django_capture_on_commit_callbacks
):
    person = VerifiedUserFactory(language="es")
    organisation = OrganisationFactory()
    staff = UserFactory(is_superuser=True)
    with django_capture_on_commit_callbacks(execute=True):
        affiliation = affiliation_request(user=person, organisation=organisation)
    mailoutbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        affiliation_approve(affiliation=affiliation, actor=staff)

    assert Affiliation.objects.get().status == Affiliation.Status.APPROVED
    [decision] = [m for m in mailoutbox if person.email in m.to]
    assert decision.subject == f"Se ha unido a {organisation.name}"
