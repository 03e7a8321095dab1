"""What every part of the demo shares: languages, stable keys, page publishing."""

import uuid
from typing import Any

from wagtail.models import Locale, Page

from ..models import Goal

LANGUAGES = ("fr", "en", "es")
DEMO_NAMESPACE = uuid.UUID("6f1f0f8e-2d3b-4c55-9a0e-5d1c2a7b9e10")


def demo_key(name: str) -> uuid.UUID:
    """A stable translation key for a demo page, so reloading finds it again."""
    return uuid.uuid5(DEMO_NAMESPACE, name)


def paragraph(html: str) -> dict[str, Any]:
    return {"type": "paragraph", "value": html}


def heading(text: str) -> dict[str, Any]:
    return {"type": "heading", "value": {"text": text, "level": "h2"}}


def quote(text: str, attribution: str) -> dict[str, Any]:
    return {"type": "quote", "value": {"quote": text, "attribution": attribution}}


def bullets(items) -> dict[str, Any]:
    """A paragraph holding a bulleted list."""
    return paragraph("<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>")


def picture(key: str, caption: str) -> dict[str, Any]:
    """An image of the demo library by its key, resolved when the page is built."""
    return {"type": "image", "value": {"demo_image": key, "caption": caption}}


def call_to_action(title: str, text: str, page_key: str, label: str) -> dict[str, Any]:
    """A button to another demo page by its key, resolved when the page is built."""
    return {
        "type": "call_to_action",
        "value": {
            "title": title,
            "text": text,
            "demo_page": page_key,
            "button_label": label,
        },
    }


def accordion(title: str, items) -> dict[str, Any]:
    return {
        "type": "accordion",
        "value": {
            "title": title,
            "items": [{"heading": head, "body": body} for head, body in items],
        },
    }


def key_figures(title: str, figures) -> dict[str, Any]:
    return {
        "type": "key_figures",
        "value": {
            "title": title,
            "figures": [{"value": value, "label": label} for value, label in figures],
        },
    }


def resolve(body, *, language: str, images=None, pages=None) -> list[dict[str, Any]]:
    """Replace the demo keys of pictures and buttons by the images and pages."""
    resolved = []
    for block in body:
        value = block["value"]
        if isinstance(value, dict) and "demo_image" in value:
            value = {
                # The image's own (translated) description is its alternative text.
                "image": images[value["demo_image"]][language].pk,
                "caption": value["caption"],
            }
        elif isinstance(value, dict) and "demo_page" in value:
            page = pages[value["demo_page"]][language]
            value = {k: v for k, v in value.items() if k != "demo_page"}
            value["page"] = page.pk
        resolved.append({"type": block["type"], "value": value})
    return resolved


def goals(numbers, language) -> list[Goal]:
    return list(Goal.objects.filter(number__in=numbers, locale__language_code=language))


def publish_once(*, key, model, parent, language, fields, relations=None):
    """Create and publish a page once; later loads find it by its key."""
    locale = Locale.objects.get(language_code=language)
    existing = model.objects.filter(
        translation_key=demo_key(key), locale=locale
    ).first()
    if existing is not None:
        return existing, False
    page = model(translation_key=demo_key(key), locale=locale, **fields)
    parent.add_child(instance=page)
    for name, values in (relations or {}).items():
        getattr(page, name).set(values)
    page.save_revision().publish()
    return page, True


def publish_translations(
    *,
    key: str,
    model: type[Page],
    parent_by_language: dict[str, Page],
    content: dict[str, dict[str, Any]],
) -> dict[str, Page]:
    """Create (once) and publish a page in each language, linked as translations."""
    return {
        language: publish_once(
            key=key,
            model=model,
            parent=parent_by_language[language],
            language=language,
            fields=content[language],
        )[0]
        for language in LANGUAGES
    }
