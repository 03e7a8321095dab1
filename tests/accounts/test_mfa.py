"""Two-factor authentication: open to all, required for staff and jury."""

import re

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP
from django.contrib.auth.models import Group
from django.contrib.messages.middleware import MessageMiddleware
from django.contrib.sessions.middleware import SessionMiddleware
from django.http import HttpResponse
from django.test import RequestFactory

from accounts.middleware import mfa_required
from tests.accounts.fixtures import totp_now
from tests.factories import VerifiedUserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"
SECRET = "JBSWY3DPEHPK3PXPTESTSECRETAIVPAB"


def sign_in(client, user, language="en"):
    """Signs in through allauth's form, as a person does (a recent authentication)."""
    response = client.post(
        f"/{language}/accounts/login/", {"login": user.email, "password": PASSWORD}
    )
    assert response.status_code == 302


def staff(**kwargs):
    return VerifiedUserFactory(is_staff=True, is_superuser=True, **kwargs)


def editor():
    user = VerifiedUserFactory()
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def juror():
    user = VerifiedUserFactory()
    user.groups.add(Group.objects.get(name="Jury"))
    return user


@pytest.mark.parametrize("make_user", [staff, editor], ids=["superuser", "editor"])
def test_admin_users_without_mfa_are_sent_to_set_it_up(client, make_user):
    sign_in(client, make_user())

    response = client.get("/admin/pages/", HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/2fa/totp/activate/"
    page = client.get(response["Location"], follow=True).content.decode()
    assert "set up two-factor authentication to continue" in page


def test_the_warning_is_translated(client):
    sign_in(client, staff(), language="fr")

    response = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="fr", follow=True)

    assert response.redirect_chain[0][0] == "/fr/accounts/2fa/totp/activate/"
    assert "authentification à deux facteurs" in response.content.decode()


def test_staff_sets_up_totp_then_reaches_the_admin(client):
    user = staff()
    sign_in(client, user)
    # allauth asks for the password again before a change of two-factor settings.
    response = client.get("/en/accounts/2fa/totp/activate/")
    assert response["Location"].startswith("/en/accounts/reauthenticate/")
    client.post(response["Location"], {"password": PASSWORD})
    page = client.get("/en/accounts/2fa/totp/activate/").content.decode()
    secret = re.search(r'value="([A-Z2-7]{32})"', page) or re.search(
        r"secret=([A-Z2-7]+)", page
    )
    assert secret, "the setup page shows the secret"

    response = client.post(
        "/en/accounts/2fa/totp/activate/", {"code": totp_now(secret.group(1))}
    )

    assert response.status_code == 302
    assert Authenticator.objects.filter(user=user, type="totp").exists()
    assert client.get("/admin/pages/").status_code == 200


def test_staff_with_totp_signs_in_with_password_then_code(client):
    user = staff(email="chief@example.org")
    TOTP.activate(user, SECRET)

    response = client.post(
        "/en/accounts/login/?next=/admin/",
        {"login": "chief@example.org", "password": PASSWORD},
    )
    assert response["Location"] == "/en/accounts/2fa/authenticate/"
    assert client.get("/admin/").status_code == 302  # not signed in yet

    wrong = client.post("/en/accounts/2fa/authenticate/", {"code": "000000"})
    assert wrong.status_code == 200
    response = client.post("/en/accounts/2fa/authenticate/", {"code": totp_now(SECRET)})

    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_members_may_use_the_admin_free_pages_without_mfa(client):
    client.force_login(VerifiedUserFactory())

    assert client.get("/en/account/").status_code == 200
    # Not staff: the admin refuses them anyway, but does not ask for MFA.
    response = client.get("/admin/")
    assert response["Location"] != "/en/accounts/2fa/totp/activate/"


def _run(view, user):
    request = RequestFactory().get("/en/jury/")
    request.user = user
    SessionMiddleware(lambda r: None).process_request(request)
    MessageMiddleware(lambda r: None).process_request(request)
    return view(request)


def test_jury_screens_require_mfa():
    @mfa_required
    def jury_screen(request):
        return HttpResponse("entries to assess")

    member = juror()
    refused = _run(jury_screen, member)
    assert refused.status_code == 302
    assert "/accounts/2fa/totp/activate/" in refused["Location"]

    TOTP.activate(member, SECRET)
    allowed = _run(jury_screen, member)
    assert allowed.status_code == 200


def test_anyone_can_turn_on_mfa(client):
    client.force_login(VerifiedUserFactory())

    response = client.get("/en/accounts/2fa/")

    assert response.status_code == 200
    assert "/en/accounts/2fa/totp/activate/" in response.content.decode()


def test_a_recovery_code_replaces_a_lost_phone_once(client):
    from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes

    user = staff(email="traveller@example.org")
    TOTP.activate(user, SECRET)
    code = RecoveryCodes.activate(user).get_unused_codes()[0]

    def sign_in_with(second_factor):
        client.logout()
        client.post(
            "/en/accounts/login/",
            {"login": "traveller@example.org", "password": PASSWORD},
        )
        return client.post("/en/accounts/2fa/authenticate/", {"code": second_factor})

    assert sign_in_with(code).status_code == 302
    assert client.get("/admin/").status_code == 200
    assert sign_in_with(code).status_code == 200  # used up
    assert client.get("/admin/").status_code == 302
