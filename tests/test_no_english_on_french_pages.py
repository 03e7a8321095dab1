"""No English interface text on the French and Spanish pages of the demo.

The site's own English labels are the catalogues' message ids (three words or more,
translated differently in French and Spanish). A crawl of the demo from each home
page, following the site's own links in that language, fails on any such label in
the visible text: an untranslated template string, or one rendered outside its
language.
"""

import html
import re
from pathlib import Path

import polib
import pytest
from django.conf import settings

PAGES_PER_LANGUAGE = 60
LINK = re.compile(r'href="(/(?:fr|es)/[^"#?]*)"')
HIDDEN = re.compile(r"<(script|style|template)\b.*?</\1>", re.S | re.I)
TAG = re.compile(r"<[^>]+>")


def english_labels(language: str) -> set[str]:
    labels = set()
    root = Path(settings.BASE_DIR)
    for path in root.glob(f"*/locale/{language}/LC_MESSAGES/django.po"):
        for entry in polib.pofile(str(path)):
            text = entry.msgid
            if (
                entry.translated()
                and not entry.msgid_plural
                and entry.msgstr.strip() != text.strip()
                and "%" not in text
                and "{" not in text
                and len(text.split()) >= 3
            ):
                labels.add(text)
    return labels


def visible_text(page: str) -> str:
    return html.unescape(" ".join(TAG.sub(" ", HIDDEN.sub(" ", page)).split()))


@pytest.mark.parametrize("language", ["fr", "es"])
def test_the_demo_speaks_only_the_page_language(demo, client, language):
    labels = english_labels(language)
    assert len(labels) > 100  # the catalogues were read
    seen, queue, found = set(), [f"/{language}/"], []
    while queue and len(seen) < PAGES_PER_LANGUAGE:
        path = queue.pop(0)
        if path in seen or not path.startswith(f"/{language}/"):
            continue
        seen.add(path)
        response = client.get(path)
        if response.status_code != 200 or "text/html" not in response["Content-Type"]:
            continue
        page = response.content.decode()
        text = visible_text(page)
        found += [f"{path}: {label!r}" for label in labels if label in text]
        queue += [link for link in LINK.findall(page) if link not in seen]

    assert len(seen) > 20
    assert found == [], "\n".join(sorted(found))
