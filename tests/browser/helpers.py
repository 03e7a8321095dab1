"""Steps shared by browser tests."""

import time
from importlib.resources import files

from django.db import OperationalError
from django.test import Client

AXE = (files("axe_playwright_python") / "axe.min.js").read_text(encoding="utf-8")


def sign_in_to_admin(
    page,
    base_url: str,
    *,
    email: str | None = None,
    password: str | None = None,
    language: str | None = None,
) -> None:
    """Sign in as a demo staff member (the administrator unless told): the site's
    sign-in form, then the code.

    The demo's staff see the admin in French; ``language`` sets the person's admin
    language first, for a test that reads the admin in another one.
    """
    from wagtail.users.models import UserProfile

    from accounts.demo import (
        DEMO_ADMIN_EMAIL,
        DEMO_TOTP_SECRET,
        DEMO_USER_PASSWORD,
        demo_admin_password,
    )
    from accounts.models import User
    from tests.accounts.fixtures import totp_now

    email = email or DEMO_ADMIN_EMAIL
    if password is None:
        is_admin = email == DEMO_ADMIN_EMAIL
        password = demo_admin_password() if is_admin else DEMO_USER_PASSWORD
    if language is not None:
        profile = UserProfile.get_for_user(User.objects.get(email=email))
        profile.preferred_language = language
        profile.save(update_fields=["preferred_language"])
    page.goto(f"{base_url}/admin/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", password)
    page.locator("form.form button[type=submit]").first.click()
    page.fill("input[name=code]", totp_now(DEMO_TOTP_SECRET))
    page.locator("form.form button[type=submit]").first.click()
    page.wait_for_url(f"{base_url}/admin/")


def problems_on(tab, url: str, *, ready=None) -> list[str]:
    """What a visitor would hit on this page: sideways scrolling, axe findings.

    ``ready(tab)``, when given, waits for what the page's scripts draw after it
    loads (a map's markers), so that axe-core checks it too.
    """
    response = tab.goto(url)
    found = []
    if response is None or response.status != 200:
        return [f"{url}: status {response.status if response else 'none'}"]
    if ready is not None:
        ready(tab)
    width = tab.evaluate("document.documentElement.scrollWidth")
    window = tab.viewport_size["width"]
    if width > window:
        found.append(f"{url}: {width} px wide in a {window} px window")
    tab.evaluate(AXE)  # run by the test, not by the page: the CSP still holds
    result = tab.evaluate(
        "axe.run(document, {runOnly: {type: 'tag', values: "
        "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}, "
        # Only the violations are needed: axe then skips building the rest.
        "resultTypes: ['violations']})"
    )
    found += [
        f"{url} @{window}px: {v['id']} ({v['impact']}) at {v['nodes'][0]['target']}"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical") and not _map_markers_only(v)
    ]
    return found


def _map_markers_only(violation: dict) -> bool:
    """A target-size finding on a map's markers alone.

    WCAG 2.5.8 exempts a target whose function another control on the same page
    offers at the required size: every map sits beside the list of the same places,
    with the same links (docs/port-centers.md). Markers and clusters of a zoomed-out
    map may come closer than 24 px whatever their size.
    """
    return violation["id"] == "target-size" and all(
        "leaflet-marker-icon" in " ".join(map(str, node["target"]))
        for node in violation["nodes"]
    )


def signed_in_context(browser, live_server, user, width: int):
    client = Client()
    client.force_login(user)
    context = browser.new_context(viewport={"width": width, "height": 844})
    context.add_cookies(
        [
            {
                "name": "sessionid",
                "value": client.cookies["sessionid"].value,
                "url": live_server.url,
            }
        ]
    )
    return context


def eventually(read, done, *, attempts: int = 50, pause: float = 0.2):
    """Read the database until ``done(value)``, while the live server may still be
    writing: the test database in memory refuses a read of a table another
    thread is writing ("table is locked") instead of waiting, so a refused read
    is tried again like an unfinished one."""
    value = None
    for _ in range(attempts):
        try:
            value = read()
        except OperationalError as error:
            if "locked" not in str(error):
                raise
        else:
            if done(value):
                return value
        time.sleep(pause)
    return value
