"""The search backend: Wagtail's database search, made multilingual on PostgreSQL.

``BACKEND = "search.backends"`` picks, like ``wagtail.search.backends.database``, the
backend of the default database. On PostgreSQL it is ``MultilingualPostgresBackend``:
each object is indexed with the text-search configuration of its own language
(``LANGUAGE_CONFIGS``: ``aivp_fr``, ``aivp_en``, ``aivp_es``, created by
``search/migrations/0001``: French, English or Spanish stemming after ``unaccent``),
and a query is parsed with the configuration of the language it is asked in
(``search_backend(language)``). SQLite (the embedded default) keeps Wagtail's FTS5
backend, whose tokenizer already folds accents; it has no stemming.
"""

from collections import defaultdict

from django.conf import settings
from django.db import connection
from modelsearch.backends import get_search_backend
from modelsearch.backends.database import SearchBackend as DatabaseBackend
from modelsearch.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
)

DEFAULT_CONFIGS = {"fr": "aivp_fr", "en": "aivp_en", "es": "aivp_es"}


def language_configs() -> dict[str, str]:
    backend = settings.WAGTAILSEARCH_BACKENDS["default"]
    return backend.get("LANGUAGE_CONFIGS", DEFAULT_CONFIGS)


def language_of(obj, locale_codes: dict[int, str]) -> str:
    """The language an object is written in: its own, its locale's, or the site's."""
    language = getattr(obj, "search_language", None)
    if callable(language):
        return language()
    if getattr(obj, "locale_id", None):
        return locale_codes.get(obj.locale_id, settings.LANGUAGE_CODE)
    return settings.LANGUAGE_CODE


class MultilingualIndex(PostgresIndex):
    def add_items(self, model, objs):
        """Index each language's objects with that language's configuration."""
        from wagtail.models import Locale

        codes = dict(Locale.objects.values_list("pk", "language_code"))
        groups = defaultdict(list)
        for obj in objs:
            groups[language_of(obj, codes)].append(obj)
        default = self.backend.config
        try:
            for language, group in groups.items():
                self.backend.config = self.backend.configs.get(language, default)
                super().add_items(model, group)
        finally:
            self.backend.config = default


class MultilingualPostgresBackend(PostgresSearchBackend):
    index_class = MultilingualIndex

    def __init__(self, params):
        params = {**params}
        self.configs = params.pop("LANGUAGE_CONFIGS", DEFAULT_CONFIGS)
        super().__init__(params)
        self.config = self.config or self.configs.get(settings.LANGUAGE_CODE)


def SearchBackend(params):  # noqa: N802 (Wagtail looks a backend module's SearchBackend up)
    if connection.vendor == "postgresql":
        return MultilingualPostgresBackend(params)
    params = {k: v for k, v in params.items() if k != "LANGUAGE_CONFIGS"}
    return DatabaseBackend(params)


def search_backend(language: str):
    """The default backend, parsing queries in ``language`` where it can."""
    config = language_configs().get(language)
    if connection.vendor == "postgresql" and config:
        return get_search_backend("default", SEARCH_CONFIG=config)
    return get_search_backend("default")
