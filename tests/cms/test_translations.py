"""The editorial core's own catalogues are complete and compiled."""

from pathlib import Path

import polib
import pytest
from django.conf import settings

CATALOGUES = sorted(Path(settings.BASE_DIR, "cms", "locale").glob("*/LC_MESSAGES/*.po"))


def test_french_and_spanish_catalogues_exist():
    assert {path.parts[-3] for path in CATALOGUES} == {"fr", "es"}


@pytest.mark.parametrize("po_path", CATALOGUES, ids=lambda p: p.parts[-3])
def test_catalogue_is_complete_and_compiled(po_path):
    catalogue = polib.pofile(str(po_path))
    compiled = {
        entry.msgid: entry.msgstr or dict(entry.msgstr_plural)
        for entry in polib.mofile(str(po_path.with_suffix(".mo")))
        if entry.msgid
    }

    assert [entry.msgid for entry in catalogue.untranslated_entries()] == []
    assert [entry.msgid for entry in catalogue.fuzzy_entries()] == []
    assert compiled == {
        entry.msgid: entry.msgstr or dict(entry.msgstr_plural)
        for entry in catalogue
        if not entry.obsolete
    }
