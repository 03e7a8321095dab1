from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search")

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.signals import page_published

        from . import language, signals
        from .models import Synonym

        post_save.connect(language.forget_synonyms, sender=Synonym)
        post_delete.connect(language.forget_synonyms, sender=Synonym)
        page_published.connect(signals.remember_published_words)
