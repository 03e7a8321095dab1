"""Every public member's profile in every language, with hreflang alternates."""

from django.utils import translation
from wagtail.contrib.sitemaps import Sitemap

from cms.sitemaps import with_alternates
from core.conditional import Source

from .models import MembersDirectoryPage
from .selectors import listed_members


class MemberSitemap(Sitemap):
    @classmethod
    def sources(cls) -> list[Source]:
        """What the sitemap's ETag is worked out from (the directory pages are
        among the pages section's)."""
        return [(listed_members(), "updated_at")]

    def items(self):
        return listed_members().order_by("name", "pk")

    def _urls(self, page, protocol, domain):
        directories = list(
            MembersDirectoryPage.objects.live().public().select_related("locale")
        )
        entries = []
        for organisation in self.paginator.page(page).object_list:
            for directory in directories:
                language = directory.locale.language_code
                with translation.override(language):
                    location = directory.full_url + directory.reverse_subpage(
                        "profile", kwargs={"slug": organisation.slug}
                    )
                entries.append(
                    (
                        f"member-{organisation.pk}",
                        language,
                        {"location": location, "lastmod": organisation.updated_at},
                    )
                )
        return with_alternates(entries)
