"""The security headers and the rate limits (docs/security.md), read by base.py."""

import environ
from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE

env = environ.Env()  # base.py has read .env into the environment

# The address a client connects from, read through this many proxies of ours
# (X-Forwarded-For); 0 when gunicorn faces the Internet. Rate limits count by it.
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
ALLAUTH_TRUSTED_PROXY_COUNT = TRUSTED_PROXY_COUNT

# Content-Security-Policy (django-csp 4; docs/security.md says why each directive).
# Video embeds: the only providers editors may embed (WAGTAILEMBEDS_FINDERS).
EMBED_ORIGINS = [
    "https://www.youtube.com",
    "https://www.youtube-nocookie.com",
    "https://player.vimeo.com",
]
# Images also come from the media storage when it lives elsewhere (S3, a CDN).
MEDIA_ORIGINS = env.list("MEDIA_ORIGINS", default=[])


def _tile_origin(url_template: str) -> str:
    """``https://{s}.tile.example.org/{z}/{x}/{y}.png`` → ``https://*.tile.example.org``"""
    scheme, _sep, rest = url_template.partition("://")
    host = rest.split("/", 1)[0].replace("{s}", "*")
    return f"{scheme}://{host}"


# The maps' background (network: Port Centers, members' map; docs/port-centers.md).
# Its origin is added to img-src on the pages that show a map and in the admin,
# whose coordinate picker shows one.
MAP_TILE_URL = env(
    "MAP_TILE_URL", default="https://tile.openstreetmap.org/{z}/{x}/{y}.png"
)
MAP_TILE_ATTRIBUTION = env(
    "MAP_TILE_ATTRIBUTION", default="© OpenStreetMap contributors"
)
# The attribution is a link to the tiles' licence, when there is one.
MAP_TILE_ATTRIBUTION_URL = env(
    "MAP_TILE_ATTRIBUTION_URL", default="https://www.openstreetmap.org/copyright"
)
MAP_TILE_MAX_ZOOM = env.int("MAP_TILE_MAX_ZOOM", default=19)
MAP_TILE_ORIGIN = _tile_origin(MAP_TILE_URL)
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        # Nothing unless listed below.
        "default-src": [NONE],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:", *MEDIA_ORIGINS],
        "font-src": [SELF],
        "connect-src": [SELF],
        "media-src": [SELF, *MEDIA_ORIGINS],
        "frame-src": EMBED_ORIGINS,
        "object-src": [NONE],
        "base-uri": [NONE],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# Where a page's form may lead beyond the site, by view: the order review, the
# order page and a course's payment page post to our view, which answers with a
# redirect to Stripe's hosted checkout, and browsers apply form-action to that
# redirect too.
STRIPE_CHECKOUT_ORIGIN = env(
    "STRIPE_CHECKOUT_ORIGIN", default="https://checkout.stripe.com"
)
CONTENT_SECURITY_POLICY_BY_VIEW = {
    "ticketing:review": {"form-action": [STRIPE_CHECKOUT_ORIGIN]},
    "ticketing:order_detail": {"form-action": [STRIPE_CHECKOUT_ORIGIN]},
    # A course's or an event's paid place goes through the same checkout
    # (ticketing/sales.py).
    "courses:pay": {"form-action": [STRIPE_CHECKOUT_ORIGIN]},
    "events:pay": {"form-action": [STRIPE_CHECKOUT_ORIGIN]},
}
# The Wagtail admin is built with inline scripts and styles: it gets this policy,
# and the public pages never do (core.middleware.ContentSecurityPolicyMiddleware).
ADMIN_URL_PREFIX = "/admin/"
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        # Nothing unless listed below.
        "default-src": [NONE],
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:", *MEDIA_ORIGINS, MAP_TILE_ORIGIN],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "media-src": [SELF, *MEDIA_ORIGINS],
        "frame-src": [SELF, *EMBED_ORIGINS],
        "worker-src": [SELF, "blob:"],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    }
}
# Browser features no page uses are off; video embeds may go full screen.
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "autoplay": [],
    "camera": [],
    "display-capture": [],
    "encrypted-media": ["self", *EMBED_ORIGINS],
    "fullscreen": ["self", *EMBED_ORIGINS],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "midi": [],
    "payment": [],
    "picture-in-picture": ["self", *EMBED_ORIGINS],
    "publickey-credentials-get": [],
    "screen-wake-lock": [],
    "usb": [],
    "xr-spatial-tracking": [],
}
# The check-in desk scans tickets with the phone's camera.
PERMISSIONS_POLICY_BY_VIEW = {"ticketing:check_in": {"camera": ["self"]}}
# Addresses (after the language prefix) that are always personal: never cached.
PRIVATE_URL_PREFIXES = [
    "/admin/",
    "/account/",
    "/accounts/",
    "/tickets/",
    "/learning/",
    "/awards/",
    "/diagnosis/",
]

# --- Rate limits (core.ratelimit; allauth's notation, docs/security.md) ------------

RATE_LIMITS = {
    # Public forms that send a message or create a record.
    "cms.contact": env("RATE_LIMIT_CONTACT", default="5/10m/ip,20/d/ip"),
    "accounts.newsletter": env("RATE_LIMIT_NEWSLETTER", default="5/10m/ip,30/d/ip"),
    "accounts.join": env("RATE_LIMIT_JOIN", default="5/h/user,10/h/ip"),
    "ticketing.order": env("RATE_LIMIT_ORDER", default="10/h/user,30/h/ip"),
    # Group booking requests and waiting-list entries are records too.
    "ticketing.request": env("RATE_LIMIT_TICKET_REQUEST", default="10/h/user,30/h/ip"),
    "courses.enrol": env("RATE_LIMIT_ENROL", default="10/h/user,30/h/ip"),
    "courses.quiz": env("RATE_LIMIT_QUIZ", default="30/h/user"),
    # Looking up certificate codes: enough for an employer, too few to guess codes.
    "courses.verify": env("RATE_LIMIT_VERIFY", default="30/10m/ip,200/d/ip"),
    # Prize entries: starting drafts and uploading files.
    "awards.entry": env("RATE_LIMIT_PRIZE_ENTRY", default="60/h/user,120/h/ip"),
    "network.application": env("RATE_LIMIT_APPLICATION", default="5/h/ip,20/d/ip"),
    # Self-diagnosis invitations: mails a primary contact sends to colleagues.
    "diagnosis.invite": env("RATE_LIMIT_INVITE", default="20/h/user,50/d/user"),
    "events.register": env("RATE_LIMIT_EVENT_REGISTER", default="30/h/user"),
}
