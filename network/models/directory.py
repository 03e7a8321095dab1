"""The public members directory: one page per language, a profile per member."""

from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page

from cms.models import SitePage


class MembersDirectoryPage(RoutablePageMixin, SitePage):
    """The organisations of the network that are listed and current.

    Its own address lists them (filtered, paginated, counted by region); each member
    has a profile at ``<directory address><slug>/``.
    """

    introduction = RichTextField(
        _("introduction"), blank=True, features=["bold", "italic", "link"]
    )

    content_panels = [*Page.content_panels, FieldPanel("introduction")]

    parent_page_types = ["cms.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("members directory")

    def profile_url(self, organisation, request=None) -> str:
        return self.get_url(request) + self.reverse_subpage(
            "profile", kwargs={"slug": organisation.slug}
        )

    @path("")
    def directory(self, request):
        from ..directory import directory_context

        context = self.get_context(request)
        context.update(directory_context(self, request))
        return TemplateResponse(request, "network/members_directory_page.html", context)

    # Before the profiles: "map" is no organisation's address (RESERVED_SLUGS).
    @path("map/")
    def members_map(self, request):
        from ..maps import allow_map_tiles
        from ..members_map import members_map_context

        context = self.get_context(request)
        context.update(members_map_context(self, request))
        response = TemplateResponse(request, "network/members_map.html", context)
        return allow_map_tiles(response)

    def map_url(self, request=None) -> str:
        return self.get_url(request) + self.reverse_subpage("members_map")

    @path("<slug:slug>/")
    def profile(self, request, slug):
        from ..directory import profile_context
        from ..selectors import renamed_member

        extra = profile_context(self, request, slug)
        if extra is None:
            # A former address leads to the member's profile while it is public.
            renamed = renamed_member(slug)
            if renamed is None:
                raise Http404
            return redirect(self.profile_url(renamed, request), permanent=True)
        context = self.get_context(request)
        context.update(extra)
        return TemplateResponse(request, "network/member_profile.html", context)
