"""Rebuild the search index and the words "did you mean" suggests from.

    manage.py search_rebuild

Runs Wagtail's ``update_index`` (every indexed model, each object in its own
language's configuration), then rereads the published pages' words.
"""

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Page

from search.language import remember
from search.models import SearchWord
from search.registry import searched_models
from search.signals import page_text


class Command(BaseCommand):
    help = "Rebuild the site search's index and its suggestions."

    def handle(self, *args, **options):
        call_command("update_index", verbosity=options["verbosity"])
        pages = (
            Page.objects.live()
            .public()
            .type(*searched_models())
            .select_related("locale")
            .specific()
        )
        with transaction.atomic():
            SearchWord.objects.all().delete()
            count = 0
            for page in pages.iterator(chunk_size=500):
                remember(page.locale.language_code, page_text(page))
                count += 1
        self.stdout.write(f"Suggestions read from {count} pages.")
