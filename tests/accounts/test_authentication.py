"""Sign-up, verification, sign-in and password reset through allauth."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail

from accounts.models import User
from tests.factories import UserFactory, VerifiedUserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"
NEW_PASSWORD = "a new long passphrase"
RESET = "/en/accounts/password/reset/"


@pytest.fixture
def client(committing_client):
    """allauth's mails are outbox rows, sent when the request's work commits."""
    return committing_client


def link_in(message) -> str:
    return re.search(r"https?://[^/\s]+(/\S+)", message.body).group(1)


def sign_up(client, email, language="en"):
    return client.post(
        f"/{language}/accounts/signup/",
        {"email": email, "password1": PASSWORD, "password2": PASSWORD},
    )


def test_sign_up_requires_verification_before_anything(client):
    response = sign_up(client, "New.Person@Example.org")

    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/confirm-email/"
    user = User.objects.get(email="new.person@example.org")
    assert not EmailAddress.objects.get(user=user).verified
    # Not signed in until the address is verified.
    assert client.get("/en/account/").status_code == 302
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["new.person@example.org"]
    assert mail.outbox[0].body.startswith("Hello from AIVP!")

    confirm_url = link_in(mail.outbox[0])
    assert confirm_url.startswith("/en/accounts/confirm-email/")
    response = client.post(confirm_url)

    assert EmailAddress.objects.get(user=user).verified
    assert response["Location"] == "/en/account/"
    assert client.get("/en/account/").status_code == 200


def test_unverified_person_cannot_sign_in(client):
    UserFactory(email="unverified@example.org")

    response = client.post(
        "/en/accounts/login/", {"login": "unverified@example.org", "password": PASSWORD}
    )

    assert response["Location"] == "/en/accounts/confirm-email/"
    assert client.get("/en/account/").status_code == 302


def test_sign_up_with_a_known_address_reveals_nothing(client):
    VerifiedUserFactory(email="known@example.org")

    known = sign_up(client, "KNOWN@example.org")
    client.logout()
    unknown = sign_up(client, "unknown@example.org")

    # Same answer whether the address exists or not ...
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    # ... no second account, whatever the case of the address ...
    assert User.objects.filter(email__iexact="known@example.org").count() == 1
    # ... and the owner of the address is told by e-mail, not the visitor.
    to_known = [m for m in mail.outbox if m.to == ["known@example.org"]]
    assert len(to_known) == 1
    assert "already" in to_known[0].body.lower()


def test_sign_in_with_the_email_in_any_case(client):
    VerifiedUserFactory(email="delegate@example.org")

    response = client.post(
        "/en/accounts/login/", {"login": "Delegate@EXAMPLE.org", "password": PASSWORD}
    )

    assert response.status_code == 302
    assert client.get("/en/account/").status_code == 200


def test_failed_sign_ins_are_rate_limited(client):
    VerifiedUserFactory(email="target@example.org")
    for _attempt in range(5):
        response = client.post(
            "/en/accounts/login/", {"login": "target@example.org", "password": "wrong"}
        )
        assert response.status_code == 200

    # Even the right password is refused once the limit is reached.
    response = client.post(
        "/en/accounts/login/", {"login": "target@example.org", "password": PASSWORD}
    )

    assert response.status_code == 200
    assert "too many" in response.content.decode().lower()
    assert client.get("/en/account/").status_code == 302


def test_password_reset_answers_the_same_for_unknown_addresses(client):
    VerifiedUserFactory(email="member@example.org")

    known = client.post(RESET, {"email": "member@example.org"})
    unknown = client.post(RESET, {"email": "nobody@example.org"})

    assert known["Location"] == unknown["Location"] == RESET + "done/"
    reset_mail = next(m for m in mail.outbox if m.to == ["member@example.org"])
    reset_url = link_in(reset_mail)

    response = client.get(reset_url, follow=True)
    form_url = response.redirect_chain[-1][0] if response.redirect_chain else reset_url
    response = client.post(
        form_url, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD}
    )

    assert response.status_code == 302
    assert User.objects.get(email="member@example.org").check_password(NEW_PASSWORD)


def test_password_reset_is_rate_limited_per_address(client):
    VerifiedUserFactory(email="member@example.org")
    for _attempt in range(5):
        client.post(RESET, {"email": "member@example.org"})
    mails_before = len(mail.outbox)

    response = client.post(RESET, {"email": "member@example.org"})

    assert response.status_code == 429
    assert "Too many attempts" in response.content.decode()
    assert 'class="site-header"' in response.content.decode()
    assert len(mail.outbox) == mails_before


@pytest.mark.parametrize(
    ("language", "heading"),
    [("fr", "Connexion"), ("en", "Sign In"), ("es", "Iniciar sesión")],
)
def test_sign_in_page_is_in_the_site_look_and_language(client, language, heading):
    response = client.get(f"/{language}/accounts/login/")
    html = response.content.decode()

    assert response.status_code == 200
    assert f'<html lang="{language}">' in html
    assert 'class="site-header"' in html  # the site's own layout
    assert heading in html
    assert 'name="robots" content="noindex"' in html


@pytest.mark.parametrize(
    ("language", "sign_in", "my_account"),
    [
        ("fr", "Se connecter", "Mon compte"),
        ("en", "Sign in", "My account"),
        ("es", "Iniciar sesión", "Mi cuenta"),
    ],
)
def test_header_offers_sign_in_then_my_account(
    client, homes, language, sign_in, my_account
):
    html = client.get(f"/{language}/").content.decode()  # a Wagtail page
    assert f'href="/{language}/accounts/login/">{sign_in}</a>' in html

    client.force_login(VerifiedUserFactory())
    html = client.get(f"/{language}/").content.decode()
    assert f'href="/{language}/account/">{my_account}</a>' in html
    assert sign_in not in html


def test_the_admin_signs_in_through_allauth(client):
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"].startswith("/fr/accounts/login/?next=/admin/pages/")

    response = client.get("/admin/login/?next=/admin/")
    assert response["Location"] == "/fr/accounts/login/?next=/admin/"


def test_changing_the_email_needs_the_password_and_a_verification(client):
    user = VerifiedUserFactory(email="old@example.org")
    client.post(
        "/en/accounts/login/", {"login": "old@example.org", "password": PASSWORD}
    )

    change = {"email": "New@Example.org", "action_add": ""}
    response = client.post("/en/accounts/email/", change)
    assert response["Location"].startswith("/en/accounts/reauthenticate/")
    client.post(response["Location"], {"password": PASSWORD})
    client.post("/en/accounts/email/", change)

    # Until the new address is verified, the old one stays the login.
    user.refresh_from_db()
    assert user.email == "old@example.org"
    confirm_url = link_in(next(m for m in mail.outbox if m.to == ["new@example.org"]))
    client.post(confirm_url)

    user.refresh_from_db()
    assert user.email == "new@example.org"
    assert EmailAddress.objects.get(user=user, primary=True).email == "new@example.org"
