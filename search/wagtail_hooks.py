"""The search in the admin: the synonyms editors maintain (Settings → Search
synonyms) and what visitors search (Reports → Searches)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import reports
from .models import Synonym


class SynonymViewSet(SnippetViewSet):
    model = Synonym
    icon = "search"
    menu_label = _("Search synonyms")
    add_to_settings_menu = True
    list_display = ["terms", "updated_at"]
    search_fields = ["terms"]
    ordering = ["terms"]


register_snippet(SynonymViewSet)


@hooks.register("register_admin_urls")
def search_admin_urls():
    return [path("search/report/", reports.search_report, name="search_report")]


class _ReportItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(reports.REPORT)


@hooks.register("register_reports_menu_item")
def search_report_menu_item():
    return _ReportItem(_("Searches"), reverse("search_report"), icon_name="search")
