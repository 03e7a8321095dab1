"""sitemap.xml: every public page in every language, with hreflang alternates."""

from collections import defaultdict

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class MultilingualSitemap(Sitemap):
    """Wagtail's sitemap covers one language tree; this one covers all of them."""

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
        pages = list(self.paginator.page(page).object_list)
        by_key = defaultdict(list)
        entries = []
        for item in pages:
            for info in item.get_sitemap_urls(self.request):
                entry = {**info, "language": item.locale.language_code}
                entries.append((item, entry))
                by_key[item.translation_key].append(entry)
        urls = []
        for item, entry in entries:
            alternates = [
                {"lang_code": other["language"], "location": other["location"]}
                for other in by_key[item.translation_key]
            ]
            if len(alternates) > 1:
                entry["alternates"] = alternates
            urls.append(entry)
        lastmods = [entry.get("lastmod") for _, entry in entries]
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls
