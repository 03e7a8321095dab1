"""Steps shared by browser tests."""


def sign_in_to_admin(page, base_url: str) -> None:
    """Sign in as the demo administrator: the site's sign-in form, then the code."""
    from accounts.demo import DEMO_ADMIN_EMAIL, DEMO_TOTP_SECRET, demo_admin_password
    from tests.accounts.fixtures import totp_now

    page.goto(f"{base_url}/admin/")
    page.fill("input[name=login]", DEMO_ADMIN_EMAIL)
    page.fill("input[name=password]", demo_admin_password())
    page.locator("form.form button[type=submit]").first.click()
    page.fill("input[name=code]", totp_now(DEMO_TOTP_SECRET))
    page.locator("form.form button[type=submit]").first.click()
    page.wait_for_url(f"{base_url}/admin/")
