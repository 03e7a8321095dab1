"""The demo's staff see the admin in French, whatever their browser asks for."""

import io
import re

import pytest
from wagtail.users.models import UserProfile

from accounts import demo as accounts_demo
from accounts.models import User

STAFF = [
    accounts_demo.DEMO_ADMIN_EMAIL,
    accounts_demo.DEMO_EDITOR_EMAIL,
    accounts_demo.DEMO_TICKETING_EMAIL,
]


@pytest.mark.parametrize("email", STAFF)
def test_the_demo_staff_see_the_admin_in_french(demo, client, email):
    user = User.objects.get(email=email)
    assert UserProfile.get_for_user(user).preferred_language == "fr"
    client.force_login(user)

    html = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").content.decode()

    assert '<html lang="fr"' in html
    assert re.search(r"<title>\s*Tableau de bord - AIVP</title>", html)
    assert '"label": "Aide"' in html  # Wagtail's own Help menu, in French


def test_people_without_the_admin_keep_their_browsers_language(demo):
    for email in (accounts_demo.DEMO_MEMBER_EMAIL, accounts_demo.DEMO_JURY_EMAIL):
        user = User.objects.get(email=email)
        assert UserProfile.get_for_user(user).preferred_language == ""


def test_the_demo_ticketing_staff_hold_that_role_only(demo):
    user = User.objects.get(email=accounts_demo.DEMO_TICKETING_EMAIL)

    assert list(user.groups.values_list("name", flat=True)) == ["Ticketing staff"]
    assert not user.is_superuser
    assert user.has_perm("ticketing.view_order")


def test_loading_the_demo_again_keeps_a_language_chosen_since(demo):
    editor = User.objects.get(email=accounts_demo.DEMO_EDITOR_EMAIL)
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "es"
    profile.save()

    accounts_demo.load(io.StringIO())

    profile.refresh_from_db()
    assert profile.preferred_language == "es"


SECRET = "JBSWY3DPEHPK3PXPTESTSECRETAIVPAC"
PASSWORD = "correct horse battery staple"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("next_url", "notice"), [("/admin/", False), ("/en/account/", True)]
)
def test_no_signed_in_notice_in_the_sign_in_pages_language_on_the_way_to_the_admin(
    client, next_url, notice
):
    from allauth.mfa.totp.internal.auth import TOTP
    from django.contrib.messages import get_messages

    from tests.accounts.fixtures import totp_now
    from tests.factories import VerifiedUserFactory

    user = VerifiedUserFactory(is_staff=True, is_superuser=True)
    TOTP.activate(user, SECRET)
    client.post(
        f"/en/accounts/login/?next={next_url}",
        {"login": user.email, "password": PASSWORD},
    )
    response = client.post("/en/accounts/2fa/authenticate/", {"code": totp_now(SECRET)})

    assert response["Location"] == next_url
    shown = [str(m) for m in get_messages(response.wsgi_request)]
    assert any("Successfully signed in" in text for text in shown) is notice
