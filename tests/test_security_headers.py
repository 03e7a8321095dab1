"""Every response carries the security headers its audience needs (docs/security.md).

Public and personal pages get the strict policy and no inline code; signed-in pages
are never cached; served files are sandboxed; the admin gets its own policy. The rules
the HTTP Observatory scores are encoded in tests/observatory.py; the home and ticket
pages must reach A+.
"""

from html.parser import HTMLParser

import pytest
from django.core.files.base import ContentFile
from django.http import HttpResponse
from django.template import engines
from django.test import Client
from django.urls import path as route
from wagtail.documents import get_document_model

from accounts.demo import DEMO_ADMIN_EMAIL
from accounts.models import User
from ticketing.demo import DELEGATE_EMAIL, SLUG, demo_delegate_password
from ticketing.models import Order

EVENT = "/fr/agenda/conference-mondiale-villes-ports/"
PUBLIC_PAGES = [
    "/fr/",
    "/en/",
    "/es/",
    "/en/news/",
    "/fr/agenda/",
    EVENT,
    "/fr/agenda-2030/interface-ville-port/",
    "/es/contacto/",
    "/en/accounts/login/",
    "/en/accounts/signup/",
    "/fr/newsletter/",
]
# Pages holding a form: its CSRF token is the visitor's own.
FORM_PAGES = {"/es/contacto/", "/fr/newsletter/"}
FEEDS = ["/fr/feeds/news.rss", "/en/feeds/agenda.atom", "/fr/calendar/agenda.ics"]
BROAD = {"*", "http:", "https:", "data:", "'unsafe-inline'", "'unsafe-eval'"}


def signed_in(email: str) -> Client:
    client = Client()
    client.force_login(User.objects.get(email=email))
    return client


def policy(response) -> dict[str, list[str]]:
    directives = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *sources = part.split()
        assert name not in directives, f"{name} twice"
        directives[name] = sources
    return directives


class InlineCode(HTMLParser):
    """What a strict policy refuses: inline scripts and styles, style attributes,
    event-handler attributes and ``javascript:`` links."""

    def __init__(self, nonce: str | None):
        super().__init__()
        self.nonce = nonce
        self.found = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name, value in attrs.items():
            if name.startswith("on") or name == "style":
                self.found.append(f"<{tag} {name}={value!r}>")
            if name == "href" and (value or "").lower().startswith("javascript:"):
                self.found.append(f"<{tag} href={value!r}>")
        data_block = tag == "script" and attrs.get("type") == "application/ld+json"
        external = tag == "script" and attrs.get("src", "").startswith("/")
        nonced = self.nonce is not None and attrs.get("nonce") == self.nonce
        if tag in ("script", "style") and not (data_block or external or nonced):
            self.found.append(f"<{tag} {attrs}>")


def inline_code(response) -> list[str]:
    sources = policy(response).get("script-src", [])
    nonce = next((s[7:-1] for s in sources if s.startswith("'nonce-")), None)
    parser = InlineCode(nonce)
    parser.feed(response.content.decode())
    return parser.found


def strict_policy_problems(response) -> list[str]:
    """How the response's policy falls short of the site's strict policy."""
    csp = policy(response)
    expected = {
        "default-src": ["'none'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "frame-ancestors": ["'none'"],
    }
    problems = [
        f"{name} is {csp.get(name)}"
        for name, sources in expected.items()
        if csp.get(name) != sources
    ]
    if csp.get("form-action", [""])[0] != "'self'":
        problems.append(f"form-action is {csp.get('form-action')}")
    for name in ("script-src", "style-src"):
        if csp.get(name, [""])[0] != "'self'" or BROAD & set(csp[name]):
            problems.append(f"{name} is {csp.get(name)}")
    if "data:" not in csp.get("img-src", []):
        problems.append("img-src lacks data: (QR codes)")
    problems += [f"inline: {code}" for code in inline_code(response)]
    return problems


def common_problems(response) -> list[str]:
    expected = {
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "strict-origin-when-cross-origin",
        "Cross-Origin-Opener-Policy": "same-origin",
        "Cross-Origin-Resource-Policy": "same-origin",
        "X-Frame-Options": "DENY",
    }
    problems = [
        f"{name}: {response.get(name)!r}"
        for name, value in expected.items()
        if response.get(name) != value
    ]
    permissions = response.get("Permissions-Policy", "")
    for off in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
        if off not in permissions.split(", "):
            problems.append(f"Permissions-Policy lacks {off}")
    return problems


def test_public_and_personal_pages_carry_the_strict_policy(demo):
    order = Order.objects.filter(state=Order.State.PAID).first()
    visitor = Client()
    delegate = signed_in(DELEGATE_EMAIL)
    personal = [
        "/en/account/",
        f"/en/tickets/{SLUG}/",
        "/en/tickets/orders/",
        f"/en/tickets/orders/{order.code}/",
    ]
    problems = {}
    for client, path in [(visitor, p) for p in PUBLIC_PAGES] + [
        (delegate, p) for p in PUBLIC_PAGES[:3] + personal
    ]:
        response = client.get(path)
        assert response.status_code == 200, path
        found = strict_policy_problems(response) + common_problems(response)
        cache = response.get("Cache-Control", "")
        if client is delegate or "/accounts/" in path or path in FORM_PAGES:
            if cache != "private, no-store":
                found.append(f"Cache-Control: {cache!r}")
        elif "public" not in cache or "s-maxage" not in cache:
            found.append(f"public page not cacheable: {cache!r}")
        if found:
            problems[path] = found

    assert problems == {}


def test_files_feeds_admin_and_desk_get_their_own_headers(demo):
    document = get_document_model().objects.create(
        title="Annual report",
        file=ContentFile(b"%PDF-1.4\n%%EOF\n", name="annual-report.pdf"),
    )
    position = Order.objects.filter(state=Order.State.PAID).first().positions.first()
    delegate = signed_in(DELEGATE_EMAIL)
    ticket = delegate.get(
        f"/en/tickets/orders/{position.order.code}/tickets/{position.pk}.pdf"
    )
    doc = Client().get(document.url)

    for response in (ticket, doc):
        assert response.status_code == 200
        assert response["Content-Security-Policy"] == "sandbox; default-src 'none'"
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Content-Disposition"].startswith("attachment;")
    assert ticket["Cache-Control"] == "private, no-store"

    for path in FEEDS:
        response = Client().get(path)
        assert response.status_code == 200, path
        assert common_problems(response) == [], path
        assert "default-src 'none'" in response["Content-Security-Policy"], path

    admin = signed_in(DEMO_ADMIN_EMAIL)
    response = admin.get("/admin/")
    csp = policy(response)
    assert response.status_code == 200
    assert csp["script-src"] == ["'self'", "'unsafe-inline'"]  # and no nonce
    assert "'unsafe-eval'" not in csp["script-src"] + csp["style-src"]
    assert csp["object-src"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'self'"]  # the page preview's frame
    assert response["Cache-Control"] == "private, no-store"
    assert "camera=()" in response["Permissions-Policy"]

    # The check-in desk scans tickets with the camera, no other page may.
    desk = admin.get("/en/tickets/check-in/")
    assert desk.status_code == 200
    assert "camera=(self)" in desk["Permissions-Policy"].split(", ")
    assert desk["Cache-Control"] == "private, no-store"


def test_the_order_page_may_send_its_form_on_to_stripe(settings, demo):
    delegate = signed_in(DELEGATE_EMAIL)
    response = delegate.get(f"/en/tickets/orders/{Order.objects.first().code}/")

    assert policy(response)["form-action"] == [
        "'self'",
        settings.STRIPE_CHECKOUT_ORIGIN,
    ]
    home = delegate.get("/en/")
    assert policy(home)["form-action"] == ["'self'"]


def test_the_goal_colours_are_a_stylesheet_not_inline_styles(demo):
    page = Client().get("/fr/agenda-2030/")
    css = Client().get("/fr/agenda-2030/colours.css")

    assert 'class="goal-tile goal--1"' in page.content.decode()
    assert css["Content-Type"] == "text/css; charset=utf-8"
    assert css.content.decode().startswith(".goal--1 { --goal-colour: #")
    assert css["Cache-Control"].startswith("max-age=300, public")


@pytest.fixture
def production_security(settings):
    """The HTTPS settings of config/settings/production.py."""
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    settings.SECURE_HSTS_PRELOAD = True
    settings.SESSION_COOKIE_SECURE = True
    settings.CSRF_COOKIE_SECURE = True


@pytest.mark.usefixtures("production_security")
def test_home_and_ticket_pages_score_a_plus_on_the_observatory_rules(demo):
    from tests.observatory import observatory_score

    home = Client().get("/en/", secure=True)
    visitor = Client()
    visitor.get("/en/accounts/login/", secure=True)
    signed_in = visitor.post(
        "/en/accounts/login/",
        {"login": DELEGATE_EMAIL, "password": demo_delegate_password()},
        secure=True,
    )
    tickets = visitor.get(f"/en/tickets/{SLUG}/", secure=True)
    assert (home.status_code, signed_in.status_code, tickets.status_code) == (
        200,
        302,
        200,
    )

    for response, path, earlier in [
        (home, "/en/", ()),
        (tickets, f"/en/tickets/{SLUG}/", (signed_in,)),
    ]:
        score, results = observatory_score(response, Client().get(path), *earlier)
        assert [r for r in results if r[1] < 0] == [], path
        assert score >= 100, (path, score, results)  # A+


def test_the_observatory_rules_fail_a_bare_response():
    from tests.observatory import observatory_score

    bare = HttpResponse("<script src='https://cdn.example/x.js'></script>")

    score, results = observatory_score(bare, HttpResponse())

    assert score == 100 - 25 - 20 - 20 - 50 - 5 - 20 < 0  # F, like the scanner's 0
    assert ("csp-not-implemented", -25) in results


def inline_script_view(request):
    """A page with an inline script, as a template that needs one writes it."""
    template = engines["django"].from_string(
        '<script nonce="{{ request.csp_nonce }}">document.title = "ok"</script>'
    )
    return HttpResponse(template.render({}, request))


urlpatterns = [route("inline/", inline_script_view)]


@pytest.mark.django_db
@pytest.mark.urls(__name__)
def test_an_inline_script_runs_only_with_this_responses_nonce(client):
    first, second = client.get("/inline/"), client.get("/inline/")

    nonces = []
    for response in (first, second):
        sources = policy(response)["script-src"]
        [nonce] = [s[7:-1] for s in sources if s.startswith("'nonce-")]
        assert f'nonce="{nonce}"' in response.content.decode()
        assert inline_code(response) == []
        nonces.append(nonce)
    assert nonces[0] != nonces[1]
