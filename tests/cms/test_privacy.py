"""A person's contact-form messages are in their data export and go with the account."""

import json

import pytest

from accounts.services import user_erase
from cms.models import ContactSubmission
from tests.factories import VerifiedUserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def contact(contact_page):
    return contact_page(("Courriel", "email"), ("Message", "multiline"))


def send(client, email: str, message: str) -> None:
    response = client.post(
        "/fr/contact/", {"courriel": email, "message": message, "website": ""}
    )
    assert response.status_code == 200


def test_messages_are_exported_then_erased_with_the_account(client, contact):
    person = VerifiedUserFactory(email="ana.perez@santos.example")
    send(client, "Ana.Perez@Santos.example", "Where is the conference?")
    # Another person whose address merely contains hers.
    send(client, "diana.perez@santos.example.org", "Not Ana's message")
    client.force_login(person)

    data = json.loads(client.get("/en/account/privacy/export/").content)
    user_erase(user=person, actor=None)

    [message] = data["contact_messages"]
    assert message["answers"]["message"] == "Where is the conference?"
    assert list(ContactSubmission.objects.values_list("form_data", flat=True)) == [
        {"courriel": "diana.perez@santos.example.org", "message": "Not Ana's message"}
    ]
