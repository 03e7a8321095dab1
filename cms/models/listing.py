"""What the newsroom and the agenda share: a page that lists its children."""

from typing import Any

from django.db import models
from django.http import HttpRequest, QueryDict
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.translation import gettext_lazy as _
from django_filters import FilterSet
from wagtail.admin.panels import FieldPanel
from wagtail.models import Locale, Page
from wagtail.search import index

from .base import SitePage


class ListingPage(SitePage):
    """One per language under the home page: its children, filtered and paginated.

    A listing says which filters it offers (``get_filterset``), how many children a
    page of results holds and under which name its template finds them; anything
    else its template needs comes from ``get_listing_context``.
    """

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]

    parent_page_types = ["cms.HomePage"]
    max_count_per_parent = 1

    per_page = 12
    items_name = "items"
    # The name its cards are kept under ({% keep card_part item.card_values %}):
    # only the items whose card is not kept are then read whole.
    card_part: str | None = None

    class Meta:
        abstract = True

    @classmethod
    def for_locale(cls, locale: Locale) -> "ListingPage | None":
        """The live listing of one language, if it has one."""
        return cls.objects.live().filter(locale=locale).first()

    def get_filterset(self, params: QueryDict) -> FilterSet:
        """The visitor's filters over the children this listing shows."""
        raise NotImplementedError

    def get_listing_context(
        self, request: HttpRequest, filterset: FilterSet
    ) -> dict[str, Any]:
        return {}

    def get_context(self, request, *args, **kwargs):
        from ..selectors import paginate_with_taxonomies

        context = super().get_context(request, *args, **kwargs)
        filterset = self.get_filterset(request.GET)
        context["filter"] = filterset
        # Read only when the template builds the listing ({% keep %} may have it).
        context[self.items_name] = SimpleLazyObject(
            lambda: paginate_with_taxonomies(
                filterset.qs,
                per_page=self.per_page,
                number=request.GET.get("page"),
                kept=self._kept_cards(request),
            )
        )
        context.update(self.get_listing_context(request, filterset))
        return context

    def _kept_cards(self, request: HttpRequest):
        if self.card_part is None:
            return None
        from core import pagecache
        from core.templatetags.kept import are_kept

        return lambda items: are_kept(
            request,
            self.card_part,
            [(item.card_values,) for item in items],
            tag=pagecache.SITE,
        )


class ListedPage(SitePage):
    """A page a listing shows (an article, an event), with its summary and body.

    It is shown with its goals (and categories) in the visitor's language.
    """

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
    ]

    subpage_types: list[str] = []

    class Meta:
        abstract = True

    @property
    def card_values(self) -> str:
        """What its card is kept by, besides the site: a new live revision or
        address renews it."""
        return f"{self.pk}:{self.live_revision_id}:{self.url_path}"

    @cached_property
    def display_goals(self) -> list:
        """The page's goals in the visitor's language (read when first shown)."""
        from ..selectors import attach_taxonomies

        attach_taxonomies([self])
        return self.__dict__["display_goals"]

    @cached_property
    def display_categories(self) -> list:
        from ..selectors import attach_taxonomies

        attach_taxonomies([self])
        return self.__dict__.get("display_categories", [])
