"""sitemap.xml: every public page in every language, with hreflang alternates.

Each entry lists its translations as alternates, and ``x-default`` names the version
in the site's default language, for visitors whose language the site does not speak.

Each section says which rows it is drawn from (``sources()``, as
``core.conditional`` reads them), so that the sitemap carries an ETag worked out in
one query and a crawler that has it gets 304.
"""

from collections import defaultdict

from django.conf import settings
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import translation
from wagtail import hooks
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from core.conditional import Source, list_etag

from .models import Goal

# Other modules add their sections: a hook returning (name, Sitemap class).
SITEMAP_HOOK = "register_sitemap"


def all_sitemaps() -> dict[str, type[Sitemap]]:
    """The pages, the goals and every section other modules register."""
    sections = {"pages": MultilingualSitemap, "goals": GoalSitemap}
    sections.update(fn() for fn in hooks.get_hooks(SITEMAP_HOOK))
    return sections


def sitemap_etag(request) -> str | None:
    """The ETag of sitemap.xml, from every section's sources; None (no ETag) while a
    section does not say what it is drawn from."""
    sources = []
    for section in all_sitemaps().values():
        if not hasattr(section, "sources"):
            return None
        sources.extend(section.sources())
    return list_etag(sources, "sitemap", request.GET.get("p", ""))


def with_alternates(entries: list[tuple[str, str, dict]]) -> list[dict]:
    """(translation key, language, entry) → entries with hreflang alternates."""
    by_key = defaultdict(dict)
    for key, language, entry in entries:
        by_key[key][language] = entry["location"]
    urls = []
    for key, _language, entry in entries:
        versions = by_key[key]
        if len(versions) > 1:
            entry["alternates"] = [
                {"lang_code": code, "location": location}
                for code, location in versions.items()
            ]
            default = versions.get(settings.LANGUAGE_CODE)
            if default:
                entry["alternates"].append(
                    {"lang_code": "x-default", "location": default}
                )
        urls.append(entry)
    return urls


class MultilingualSitemap(Sitemap):
    """Wagtail's sitemap covers one language tree; this one covers all of them."""

    @classmethod
    def sources(cls) -> list[Source]:
        # Every site's pages; an entry's lastmod falls back on the latest revision.
        changed = Coalesce("last_published_at", "latest_revision_created_at")
        return [(Page.objects.live().public(), changed)]

    def items(self):
        site = self.get_wagtail_site()
        homes = site.root_page.get_translations(inclusive=True)
        queryset = Page.objects.none()
        for home in homes:
            queryset = queryset | Page.objects.filter(path__startswith=home.path)
        return (
            queryset.live()
            .public()
            .select_related("locale")
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        entries = [
            (item.translation_key, item.locale.language_code, dict(info))
            for item in self.paginator.page(page).object_list
            for info in item.get_sitemap_urls(self.request)
        ]
        lastmods = [entry.get("lastmod") for _key, _language, entry in entries]
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return with_alternates(entries)


class GoalSitemap(Sitemap):
    """The Agenda 2030 index and its ten goals, in every language."""

    @classmethod
    def sources(cls) -> list[Source]:
        return [(Goal.objects.all(), None)]

    def items(self):
        return Goal.objects.select_related("locale").order_by("number", "locale_id")

    def _urls(self, page, protocol, domain):
        root = self.get_wagtail_site().root_url
        entries = []
        for language, _name in settings.LANGUAGES:
            with translation.override(language):
                location = root + reverse("cms:goal_index")
            entries.append(("goal-index", language, {"location": location}))
        for goal in self.paginator.page(page).object_list:
            language = goal.locale.language_code
            with translation.override(language):
                location = root + goal.get_absolute_url()
            entries.append((goal.translation_key, language, {"location": location}))
        return with_alternates(entries)
