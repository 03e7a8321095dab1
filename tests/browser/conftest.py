"""Headless Chromium for browser tests (Debian's chromium, never a downloaded one)."""

import os
import shutil
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
]
SCREENSHOT_DIR = Path(
    os.environ.get("SCREENSHOT_DIR", Path(__file__).parents[2] / "test-results")
)


def pytest_collection_modifyitems(config, items):
    if shutil.which(CHROMIUM) or Path(CHROMIUM).exists():
        return
    if os.environ.get("REQUIRE_BROWSER"):
        raise pytest.UsageError(f"REQUIRE_BROWSER is set but {CHROMIUM} is missing.")
    skip = pytest.mark.skip(reason=f"{CHROMIUM} is not installed")
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)


# Every page reports what its Content-Security-Policy refused, as Chromium's own
# "Refused to ..." console messages do; a test fails on any of either.
CSP_LISTENER = """
document.addEventListener("securitypolicyviolation", (event) => {
  console.error(
    `CSP violation: ${event.effectiveDirective} refused ` +
      `${event.blockedURI || "inline code"} ` +
      `in ${event.sourceFile || event.documentURI}:${event.lineNumber} ` +
      `(${event.sample})`
  );
});
"""


def _is_csp_violation(text: str) -> bool:
    return text.startswith(("CSP violation:", "Refused to"))


@pytest.fixture(scope="session")
def csp_violations() -> list[str]:
    return []


@pytest.fixture(scope="session")
def browser(csp_violations):
    # Playwright runs an event loop in this thread; the ORM calls made by the
    # test itself stay synchronous.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
        )
        new_context = chromium.new_context

        def watched_context(**kwargs):
            """A context whose pages report CSP violations; tests that open
            contexts of their own (page.context.browser) get the same."""
            context = new_context(**kwargs)
            context.add_init_script(CSP_LISTENER)
            context.on("console", record)
            return context

        def record(message) -> None:
            if _is_csp_violation(message.text):
                where = message.page.url if message.page else "?"
                csp_violations.append(f"{where}: {message.text}")

        chromium.new_context = watched_context
        yield chromium
        chromium.close()


@pytest.fixture(autouse=True)
def no_csp_violation(csp_violations):
    """Fails a browser test if any page it opened broke the site's CSP."""
    csp_violations.clear()
    yield
    assert csp_violations == [], "\n".join(csp_violations)


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    yield tab
    context.close()


@pytest.fixture
def screenshot(page):
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)

    def take(name: str, tab=None) -> Path:
        path = SCREENSHOT_DIR / f"{name}.png"
        (tab or page).screenshot(path=str(path), full_page=True)
        return path

    return take
