"""Records with one field per language: ``presentation``, ``presentation_en``, …

The plain field holds the default language (French); ``<field>_<language>`` holds
another language and, while it is empty, readers get the default language's text.
"""

from django.conf import settings
from django.utils import translation


def localized(obj, field: str, language: str | None = None) -> str:
    """The field's text in ``language`` (the active one by default), else French."""
    language = (language or translation.get_language() or "").split("-")[0]
    if language and language != settings.LANGUAGE_CODE:
        value = getattr(obj, f"{field}_{language}", "")
        if value:
            return value
    return getattr(obj, field)
