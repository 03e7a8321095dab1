"""The search in the admin: the synonyms editors maintain (Settings → Synonyms)."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

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
