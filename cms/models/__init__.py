"""The cms app's models, one module per concern, importable from ``cms.models``.

Migration 0003 refers to ``cms.models.validate_time_zone``: keep that name here.
"""

from .agenda import AgendaPage, EventPage, validate_time_zone
from .base import SitePage
from .forms import HONEYPOT_FIELD, ContactFormField, ContactPage, ContactSubmission
from .goals import GOAL_ICONS, Goal, GoalMeasure
from .images import CustomImage, CustomRendition
from .listing import ListedPage, ListingPage
from .news import (
    NewsArticleAuthor,
    NewsArticlePage,
    NewsArticleTag,
    NewsCategory,
    NewsIndexPage,
)
from .pages import HomePage, StandardPage
from .settings import (
    FooterLink,
    FooterSettings,
    MenuItem,
    NavigationSettings,
    SocialLink,
)

__all__ = [
    "GOAL_ICONS",
    "HONEYPOT_FIELD",
    "AgendaPage",
    "ContactFormField",
    "ContactPage",
    "ContactSubmission",
    "CustomImage",
    "CustomRendition",
    "EventPage",
    "FooterSettings",
    "Goal",
    "GoalMeasure",
    "HomePage",
    "ListedPage",
    "ListingPage",
    "FooterLink",
    "MenuItem",
    "NavigationSettings",
    "NewsArticleAuthor",
    "NewsArticlePage",
    "NewsArticleTag",
    "NewsCategory",
    "NewsIndexPage",
    "SitePage",
    "SocialLink",
    "StandardPage",
    "validate_time_zone",
]
