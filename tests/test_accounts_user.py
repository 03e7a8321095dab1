import pytest
from django.db import IntegrityError

from accounts.models import User

pytestmark = pytest.mark.django_db


def test_users_sign_in_with_their_email_case_insensitively(client):
    User.objects.create_user(email="Delegate@Example.org", password="long-enough-pw")

    assert client.login(username="delegate@example.org", password="long-enough-pw")
    assert client.login(username="DELEGATE@example.org", password="long-enough-pw")


def test_email_is_unique_whatever_its_case(db):
    User.objects.create_user(email="someone@example.org")

    with pytest.raises(IntegrityError):
        User.objects.create(email="SOMEONE@example.org")
