"""The full-page cache of anonymous visitors' pages (core/pagecache.py,
docs/performance.md)."""

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
