"""A newcomer signs up, verifies the address, turns on two-factor authentication and
sees their account page, in each language."""

import re

import pytest
from django.core import mail
from django.utils import translation
from django.utils.translation import gettext

from tests.accounts.fixtures import fresh_cache, totp_now  # noqa: F401 (fixture)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]

PASSWORD = "a long harbour passphrase"


@pytest.mark.usefixtures("fresh_cache")
@pytest.mark.parametrize("language", ["fr", "en", "es"])
def test_sign_up_verify_enable_mfa_and_see_the_account_page(
    live_server, demo, page, screenshot, language
):
    def heading() -> str:
        return page.get_by_role("heading", level=1).inner_text().strip()

    with translation.override(language):
        sign_up_title = gettext("Sign Up")
        my_account = gettext("My account")
        activate_title = gettext("Activate Authenticator App")
    email = f"newcomer-{language}@port-city.example"
    mail.outbox = []

    page.goto(f"{live_server.url}/{language}/")
    page.locator(".account-nav a").click()  # "Sign in" in the header
    page.goto(f"{live_server.url}/{language}/accounts/signup/")
    assert page.locator("html").get_attribute("lang") == language
    assert heading() == sign_up_title
    page.fill("input[name=email]", email)
    page.fill("input[name=password1]", PASSWORD)
    page.fill("input[name=password2]", PASSWORD)
    screenshot(f"accounts-signup-{language}")
    page.locator("form.form button[type=submit]").first.click()

    page.wait_for_url(f"**/{language}/accounts/confirm-email/")
    screenshot(f"accounts-verification-sent-{language}")
    [message] = [m for m in mail.outbox if m.to == [email]]
    link = re.search(r"https?://\S+/confirm-email/\S+/", message.body).group(0)
    page.goto(link)
    page.locator("form.form button[type=submit]").first.click()

    page.wait_for_url(f"**/{language}/account/")
    assert heading() == my_account

    page.goto(f"{live_server.url}/{language}/accounts/2fa/totp/activate/")
    page.fill("input[name=password]", PASSWORD)  # allauth asks again first
    page.locator("form.form button[type=submit]").first.click()
    page.wait_for_url(f"**/{language}/accounts/2fa/totp/activate/")
    assert heading() == activate_title
    secret = page.locator("#authenticator_secret").input_value()
    screenshot(f"accounts-mfa-activate-{language}")
    page.fill("input[name=code]", totp_now(secret))
    page.locator("form.form button[type=submit]").first.click()
    page.wait_for_load_state()

    page.goto(f"{live_server.url}/{language}/account/")
    assert heading() == my_account
    assert page.locator("#panel-security .badge--ok").is_visible()
    screenshot(f"accounts-home-{language}")
