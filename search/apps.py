from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search")

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import Page
        from wagtail.signals import page_published, page_unpublished

        from . import engine, language, signals
        from .models import Synonym

        post_save.connect(language.forget_synonyms, sender=Synonym)
        post_delete.connect(language.forget_synonyms, sender=Synonym)
        page_published.connect(signals.remember_published_words)
        # What the search keeps (the counts in other languages) follows the pages.
        for signal in (page_published, page_unpublished):
            signal.connect(engine.forget, dispatch_uid=f"search-forget-{id(signal)}")
        post_delete.connect(
            engine.forget, sender=Page, dispatch_uid="search-forget-deleted"
        )
        for signal in (post_save, post_delete):
            signal.connect(
                engine.forget,
                sender=Synonym,
                dispatch_uid=f"search-forget-synonym-{id(signal)}",
            )
