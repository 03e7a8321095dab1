"""The MDN HTTP Observatory's scoring (algorithm 4, scanner 1.4.8), for one response.

The same ten tests and modifiers as the scanner's analyzer/tests/*.js and
grader/charts.js, reduced to what a Django response shows (docs/security.md says how
the scanner itself was run on captured pages and what it gave). The score starts at
100; bonuses count only when the score before bonuses is at least 90; 100 or more is
A+.
"""

import re

BROAD = {"ftp:", "http:", "https:", "*", "http://*", "http://*.*", "https://*"}
UNSAFE_INLINE = {"'unsafe-inline'", "data:"}
PRIVATE_REFERRERS = {
    "no-referrer",
    "same-origin",
    "strict-origin",
    "strict-origin-when-cross-origin",
}
SIX_MONTHS = 15768000


def _csp(header: str) -> dict[str, set[str]]:
    directives = {}
    for part in filter(None, (p.strip() for p in header.split(";"))):
        name, *sources = part.split()
        directives[name.lower()] = set(sources)
    return directives


def csp_modifier(response) -> tuple[str, int]:
    header = response.get("Content-Security-Policy")
    if not header:
        return "csp-not-implemented", -25
    csp = _csp(header)
    default = csp.get("default-src", {"*"})
    script = set(csp.get("script-src", default))
    style = set(csp.get("style-src", default))
    objects = csp.get("object-src", default)
    for sources in (script, style):
        if any(s.startswith(("'nonce-", "'sha")) for s in sources):
            sources.discard("'unsafe-inline'")
    if script & (BROAD | UNSAFE_INLINE) or objects & BROAD:
        return "csp-implemented-with-unsafe-inline", -20
    if "'unsafe-eval'" in script | style:
        return "csp-implemented-with-unsafe-eval", -10
    if style & (BROAD | UNSAFE_INLINE):
        return "csp-implemented-with-unsafe-inline-in-style-src-only", 0
    if csp.get("default-src") == {"'none'"}:
        return "csp-implemented-with-no-unsafe-default-src-none", 10
    return "csp-implemented-with-no-unsafe", 5


def cookies_modifier(*responses) -> tuple[str, int]:
    cookies = [m for response in responses for m in response.cookies.values()]
    if not cookies:
        return "cookies-not-found", 0
    for morsel in cookies:
        name, samesite = morsel.key.lower(), morsel["samesite"].lower()
        if not morsel["secure"]:
            return "cookies-without-secure-flag", -20
        if "session" in name and not morsel["httponly"]:
            return "cookies-session-without-httponly-flag", -30
        if samesite and samesite not in ("lax", "strict", "none"):
            return "cookies-samesite-flag-invalid", -20
        if "csrf" in name and not samesite:
            return "cookies-anticsrf-without-samesite-flag", -20
    if all(morsel["samesite"] for morsel in cookies):
        return "cookies-secure-with-httponly-sessions-and-samesite", 5
    return "cookies-secure-with-httponly-sessions", 0


def observatory_score(
    response, http_response, *earlier
) -> tuple[int, list[tuple[str, int]]]:
    """The score and each test's result for ``response`` (fetched over HTTPS),
    ``http_response`` (the same address over plain HTTP) and the cookies set by the
    ``earlier`` responses of the visit (a sign-in)."""
    results = [csp_modifier(response), cookies_modifier(response, *earlier)]
    origin = response.get("Access-Control-Allow-Origin")
    results.append(
        ("cross-origin-resource-sharing-implemented-with-universal-access", -50)
        if origin == "*"
        else ("cross-origin-resource-sharing-not-implemented", 0)
    )
    location = http_response.get("Location", "")
    results.append(
        ("redirection-to-https", 0)
        if http_response.status_code in (301, 302, 307, 308)
        and location.startswith("https://")
        else ("redirection-missing", -20)
    )
    referrer = response.get("Referrer-Policy", "").split(",")[-1].strip().lower()
    results.append(
        ("referrer-policy-private", 5)
        if referrer in PRIVATE_REFERRERS
        else ("referrer-policy-not-implemented", 0)
    )
    hsts = re.search(r"max-age=(\d+)", response.get("Strict-Transport-Security", ""))
    if hsts is None:
        results.append(("hsts-not-implemented", -20))
    elif int(hsts[1]) < SIX_MONTHS:
        results.append(("hsts-implemented-max-age-less-than-six-months", -10))
    else:
        results.append(("hsts-implemented-max-age-at-least-six-months", 0))
    html = response.content.decode() if "html" in response["Content-Type"] else ""
    external = re.findall(r"<script[^>]+src=[\"'](?:https?:)?//[^>]*>", html)
    results.append(
        ("sri-not-implemented-and-external-scripts-not-loaded-securely", -50)
        if any("integrity=" not in tag for tag in external)
        else ("sri-not-implemented-but-all-scripts-loaded-from-secure-origin", 0)
    )
    results.append(
        ("x-content-type-options-nosniff", 0)
        if response.get("X-Content-Type-Options", "").lower() == "nosniff"
        else ("x-content-type-options-not-implemented", -5)
    )
    ancestors = _csp(response.get("Content-Security-Policy", "")).get("frame-ancestors")
    if ancestors is not None and not ancestors & BROAD:
        results.append(("x-frame-options-implemented-via-csp", 5))
    elif response.get("X-Frame-Options", "").upper() in ("DENY", "SAMEORIGIN"):
        results.append(("x-frame-options-sameorigin-or-deny", 0))
    else:
        results.append(("x-frame-options-not-implemented", -20))
    corp = response.get("Cross-Origin-Resource-Policy", "").lower()
    results.append(
        (f"corp-implemented-with-{corp}", 10)
        if corp in ("same-origin", "same-site")
        else ("corp-not-implemented", 0)
    )
    uncurved = 100 + sum(m for _r, m in results if m < 0)
    score = 100 + sum(m for _r, m in results) if uncurved >= 90 else uncurved
    return score, results
