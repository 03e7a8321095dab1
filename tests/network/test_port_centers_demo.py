"""The demo's Port Centers pages speak only the page's language.

The site-wide crawl (tests/test_no_english_on_french_pages.py) follows the menu,
which does not link the Port Centers page: these pages are checked here.
"""

import pytest

from tests.test_no_english_on_french_pages import english_labels, visible_text

PAGES = {
    "fr": [
        "/fr/port-centers/",
        "/fr/port-centers/?status=gold",
        "/fr/port-centers/port-center-le-havre/",
        "/fr/port-centers/dunkerque-port-center/",
        "/fr/membres/map/",
    ],
    "es": [
        "/es/port-centers/",
        "/es/port-centers/?audience=schools",
        "/es/port-centers/valparaiso-port-center/",
        "/es/miembros/map/",
    ],
}


@pytest.mark.parametrize("language", ["fr", "es"])
def test_the_demo_maps_speak_the_page_language(demo, client, language):
    labels = english_labels(language)
    found = []
    for path in PAGES[language]:
        response = client.get(path)
        assert response.status_code == 200, path
        text = visible_text(response.content.decode())
        found += [f"{path}: {label!r}" for label in labels if label in text]

    assert found == [], "\n".join(sorted(found))
