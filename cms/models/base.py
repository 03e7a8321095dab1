"""The base of the site's page types."""

from wagtail.models import Page, PageViewRestriction


class SitePage(Page):
    """A page of the site: its view restrictions and its translation in the
    active language are found without a query when there is nothing to find."""

    class Meta:
        abstract = True

    def get_view_restrictions(self):
        from ..sitewide import restricted_paths

        restricted, aliases = restricted_paths()
        if self.alias_of_id is None and not any(
            self.path.startswith(path) for path in (*restricted, *aliases)
        ):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    @property
    def localized(self):
        from ..sitewide import active_locale

        if self.locale_id == active_locale().pk:
            return self
        return super().localized
