"""The full-page cache of anonymous visitors' pages (core/pagecache.py,
docs/performance.md) and the shared caches in front (core/frontcache.py,
docs/deployment.md)."""

import os

import environ

env = environ.Env()  # base.py has read .env into the environment

# How long a kept page lives at most (and what shared caches are told in
# s-maxage); 0 turns the page cache off. Pages are never served stale: what they
# show changes their tags' versions.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=600)

# Records (besides pages, snippets and settings, always counted) whose change
# changes what public pages show: saving or deleting one renews every kept page.
PAGE_CACHE_CONTENT_MODELS = [
    "wagtailcore.Site",
    "wagtailcore.Locale",
    "wagtailcore.PageViewRestriction",
    "wagtaildocs.Document",
    "wagtailredirects.Redirect",
    "cms.CustomImage",
    "cms.MenuItem",
    "cms.FooterLink",
    "cms.SocialLink",
    "cms.NewsCategory",
    "cms.NewsArticleAuthor",
    "cms.Goal",
    "cms.GoalMeasure",
    "accounts.Organisation",
    "accounts.RetiredOrganisationSlug",
    "network.WorkingGroupMeeting",
    "network.WorkingGroupDocument",
    "network.Campaign",
    "network.Partner",
    "network.PortCenter",
    "network.PortCenterPhoto",
    "network.GoodPracticeGalleryImage",
    "network.GoodPracticeDocument",
    "awards.Edition",
    "awards.Category",
    "awards.Criterion",
    "awards.Round",
    "awards.Entry",
    "awards.EntryGoal",
    "courses.Promotion",
    "courses.PromotionModule",
    "courses.LiveSession",
    "ticketing.Conference",
    "ticketing.TicketType",
    "search.Synonym",
    "events.Registration",
]

# Varnish instances in front of gunicorn, comma-separated base addresses
# (http://127.0.0.1:6081): each gets a BAN with the tags a commit changed
# (deploy/varnish/default.vcl). Empty: none. Seconds each may take to answer.
FRONT_CACHE_URLS = env.list("FRONT_CACHE_URLS", default=[])
FRONT_CACHE_TIMEOUT = env.float("FRONT_CACHE_TIMEOUT", default=1.5)


def cdn_backends(variables) -> dict:
    """Wagtail's frontend cache backends for the CDN the environment names."""
    backends = {}
    if variables.get("CLOUDFLARE_BEARER_TOKEN") and variables.get("CLOUDFLARE_ZONEID"):
        backends["cloudflare"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "BEARER_TOKEN": variables["CLOUDFLARE_BEARER_TOKEN"],
            "ZONEID": variables["CLOUDFLARE_ZONEID"],
        }
    if variables.get("CLOUDFRONT_DISTRIBUTION_ID"):
        # Credentials: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or the
        # machine's role, read by boto3.
        backends["cloudfront"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
            "DISTRIBUTION_ID": variables["CLOUDFRONT_DISTRIBUTION_ID"],
        }
    return backends


# A CDN that cannot ban by tag: a published or unpublished page's own addresses
# are purged after the commit (core/frontcache.py); listings follow at s-maxage.
WAGTAILFRONTENDCACHE = cdn_backends(os.environ)
# Each translation has an address of its own, purged when it is published.
WAGTAILFRONTENDCACHE_LANGUAGES: list[str] = []

# Once a page is published, a task builds it, its listing and its home page as a
# visitor would, so that their image renditions are made then (cms/warming.py). On
# by default where a Celery worker runs it (REDIS_URL set): run inline, it would
# hold the editor's publish.
PREPARE_PUBLISHED_PAGES = env.bool(
    "PREPARE_PUBLISHED_PAGES", default=bool(env("REDIS_URL", default=""))
)
