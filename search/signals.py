"""A published page's words join its language's suggestions."""

from .backends import language_of
from .language import remember
from .registry import searched_models


def page_text(page) -> str:
    parts = [page.title]
    for name in ("summary", "search_description", "introduction"):
        value = getattr(page, name, "")
        if isinstance(value, str):
            parts.append(value)
    return " ".join(parts)


def remember_published_words(sender, instance, **kwargs):
    page = instance.specific if hasattr(instance, "specific") else instance
    if not isinstance(page, searched_models()):
        return
    language = page.locale.language_code if page.locale_id else language_of(page, {})
    remember(language, page_text(page))
