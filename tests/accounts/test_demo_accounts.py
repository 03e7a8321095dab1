"""The demo accounts `make run` prints: each can sign in and has the right rights."""

import io

import pytest
from django.core.management import call_command

from accounts import demo as accounts_demo
from accounts.models import Affiliation, Organisation, User
from accounts.selectors import user_has_mfa, user_is_member, user_needs_mfa
from network import demo as network_demo
from network import demo_joining as joining_demo
from tests.accounts.fixtures import totp_now


def test_demo_is_idempotent(demo):
    call_command("load_demo", stdout=io.StringIO())  # a second time
    # The accounts demo's organisations, the directory's members and the member an
    # approved application became, each once.
    names = (
        {row["name"] for row in accounts_demo.ORGANISATIONS}
        | {row[0] for row in network_demo.MEMBERS}
        | {row[0] for row in joining_demo.APPLICATIONS if row[-1] == "approved"}
    )
    assert Organisation.objects.count() == len(names)
    demo_emails = [person[0] for person in accounts_demo.PEOPLE]
    assert User.objects.filter(email__in=demo_emails).count() == len(
        accounts_demo.PEOPLE
    )
    assert Affiliation.objects.count() == 1


@pytest.mark.parametrize(
    ("email", "is_member", "needs_mfa"),
    [
        (accounts_demo.DEMO_MEMBER_EMAIL, True, False),
        (accounts_demo.DEMO_NON_MEMBER_EMAIL, False, False),
        (accounts_demo.DEMO_EDITOR_EMAIL, False, True),
        (accounts_demo.DEMO_JURY_EMAIL, False, True),
    ],
)
def test_demo_people_sign_in(demo, client, email, is_member, needs_mfa):
    user = User.objects.get(email=email)
    assert user_is_member(user=user) is is_member
    assert user_needs_mfa(user=user) is needs_mfa
    assert user_has_mfa(user=user) is needs_mfa

    response = client.post(
        "/en/accounts/login/",
        {"login": email, "password": accounts_demo.DEMO_USER_PASSWORD},
    )
    if needs_mfa:
        assert response["Location"] == "/en/accounts/2fa/authenticate/"
        response = client.post(
            "/en/accounts/2fa/authenticate/",
            {"code": totp_now(accounts_demo.DEMO_TOTP_SECRET)},
        )

    assert response["Location"] == "/en/account/"
    assert client.get("/en/account/").status_code == 200


def test_demo_editor_reaches_the_admin(demo, client):
    client.post(
        "/en/accounts/login/",
        {
            "login": accounts_demo.DEMO_EDITOR_EMAIL,
            "password": accounts_demo.DEMO_USER_PASSWORD,
        },
    )
    client.post(
        "/en/accounts/2fa/authenticate/",
        {"code": totp_now(accounts_demo.DEMO_TOTP_SECRET)},
    )

    assert client.get("/admin/pages/").status_code == 200


def test_demo_totp_command_prints_the_current_code(capsys):
    call_command("demo_totp")

    assert totp_now(accounts_demo.DEMO_TOTP_SECRET) in capsys.readouterr().out
