"""Admin screens of the editorial core: goals and news categories as snippets, and
the editors' panel on the admin home with the pages it lists."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from accounts.privacy import PRIVACY_HOOK
from search.registry import SEARCH_TYPES_HOOK, SearchType

from . import admin_home, privacy
from .models import Goal, NewsCategory


class GoalFilterSet(WagtailFilterSet):
    class Meta:
        model = Goal
        fields = ["icon"]  # the language filter is built in


class GoalViewSet(SnippetViewSet):
    model = Goal
    icon = "globe"
    menu_label = _("Agenda 2030 goals")
    list_display = ["number", "title", "slug", "locale"]
    list_export = ["number", "slug", "title", "short_text", "colour", "icon", "locale"]
    export_filename = "agenda-2030-goals"
    filterset_class = GoalFilterSet
    ordering = ["number", "locale"]
    search_fields = ["title", "short_text"]


class NewsCategoryViewSet(SnippetViewSet):
    model = NewsCategory
    icon = "tag"
    menu_label = _("News categories")
    list_display = ["name", "slug", "locale"]
    list_export = ["name", "slug", "locale"]
    search_fields = ["name"]


class TaxonomyGroup(SnippetViewSetGroup):
    items = (GoalViewSet, NewsCategoryViewSet)
    menu_icon = "tag"
    menu_label = _("Taxonomies")
    menu_name = "taxonomies"


register_snippet(TaxonomyGroup)


# The admin home: drafts, scheduled publications and pages to translate.
hooks.register("construct_homepage_panels", admin_home.page_work_panel)


@hooks.register("register_admin_viewset")
def register_page_work_viewset():
    return admin_home.PageWorkViewSet()


# The messages a person sent by contact form: in their data export, erased with them.
hooks.register(PRIVACY_HOOK, privacy.privacy_contributor)


@hooks.register(SEARCH_TYPES_HOOK)
def search_types():
    from .models import EventPage, NewsArticlePage, StandardPage
    from .models.forms import ContactPage

    return [
        SearchType("news", _("News"), (NewsArticlePage,), goals="goals", order=10),
        SearchType("events", _("Events"), (EventPage,), goals="goals", order=20),
        SearchType("pages", _("Pages"), (StandardPage, ContactPage), order=90),
    ]
