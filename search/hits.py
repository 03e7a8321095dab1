"""A result as the results page shows it, and its snippet with the query's words
marked; pages and records (members, Port Centers, winners) alike."""

import re
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator

from .language import fold
from .registry import SearchType


@dataclass
class Hit:
    type: SearchType
    url: str
    title: str
    snippet: SafeString
    date: object = None
    page: object = None  # the page, for a page's hit


def joined(*parts) -> str:
    """The parts that are not empty, joined by middle dots: a record's text."""
    return " · ".join(str(part) for part in parts if part)


def text_of(page) -> str:
    """The page's summary (or description), as plain text."""
    for name in ("summary", "search_description", "hero_text", "short_text"):
        text = getattr(page, name, "") or ""
        if text:
            return re.sub(r"<[^>]+>", " ", str(text))
    return ""


def query_words(query: str) -> list[str]:
    """The query's words as compared: folded, and cut to a stem-like prefix."""
    found = []
    for word in re.findall(r"\w+", fold(query)):
        if len(word) >= 3:
            found.append(word[: max(4, len(word) - 2)])
    return found


def highlight(text: str, words: list[str], length: int = 260) -> SafeString:
    """The text around the first word found, escaped, with the words in <mark>."""
    text = " ".join(text.split())
    folded = fold(text)
    if len(folded) != len(text):  # a character that folds to two: no marks
        return mark_safe(escape(Truncator(text).chars(length)))  # noqa: S308
    start = min((folded.find(w) for w in words if w in folded), default=0)
    start = max(0, text.rfind(" ", 0, max(0, start - 60)) + 1) if start > 60 else 0
    excerpt = text[start : start + length]
    folded_excerpt = folded[start : start + length]
    marks = []
    for match in re.finditer(r"\w+", folded_excerpt):
        if any(match.group().startswith(w) for w in words):
            marks.append(match.span())
    out, last = [], 0
    for begin, end in marks:
        out += [escape(excerpt[last:begin]), "<mark>", escape(excerpt[begin:end])]
        out.append("</mark>")
        last = end
    out.append(escape(excerpt[last:]))
    prefix = "… " if start else ""
    suffix = " …" if start + length < len(text) else ""
    return mark_safe(prefix + "".join(out) + suffix)  # noqa: S308 (escaped above)
