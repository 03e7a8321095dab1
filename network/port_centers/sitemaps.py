"""Every published Port Center's page in every language, with hreflang alternates."""

from django.utils import translation
from wagtail.contrib.sitemaps import Sitemap

from cms.sitemaps import with_alternates
from core.conditional import Source

from ..models import PortCentersPage
from .selectors import published_port_centers


class PortCenterSitemap(Sitemap):
    @classmethod
    def sources(cls) -> list[Source]:
        """What the sitemap's ETag is worked out from (the Port Centers pages are
        among the pages section's)."""
        return [(published_port_centers(), "updated_at")]

    def items(self):
        return published_port_centers().select_related(None).order_by("name", "pk")

    def _urls(self, page, protocol, domain):
        pages = list(PortCentersPage.objects.live().public().select_related("locale"))
        entries = []
        for port_center in self.paginator.page(page).object_list:
            for index_page in pages:
                language = index_page.locale.language_code
                with translation.override(language):
                    location = index_page.full_url + index_page.reverse_subpage(
                        "detail", kwargs={"slug": port_center.slug}
                    )
                entries.append(
                    (
                        f"port-center-{port_center.pk}",
                        language,
                        {"location": location, "lastmod": port_center.updated_at},
                    )
                )
        return with_alternates(entries)
