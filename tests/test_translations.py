"""The French and Spanish catalogues are complete and their compiled files current."""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings

CATALOGUES = sorted(
    Path(settings.BASE_DIR, "site", "locale").glob("*/LC_MESSAGES/*.po")
)


def test_every_other_language_has_a_catalogue():
    languages = {path.parts[-3] for path in CATALOGUES}
    assert languages == {code for code, _ in settings.LANGUAGES} - {"en"}


@pytest.mark.parametrize("po_path", CATALOGUES, ids=lambda p: "/".join(p.parts[-5:-2]))
def test_catalogue_is_fully_translated(po_path):
    catalogue = polib.pofile(str(po_path))

    assert [entry.msgid for entry in catalogue.untranslated_entries()] == []
    assert [entry.msgid for entry in catalogue.fuzzy_entries()] == []


@pytest.mark.parametrize("po_path", CATALOGUES, ids=lambda p: "/".join(p.parts[-5:-2]))
def test_compiled_catalogue_matches_its_source(po_path):
    source = {
        entry.msgid: entry.msgstr
        for entry in polib.pofile(str(po_path))
        if entry.msgstr
    }
    compiled = {
        entry.msgid: entry.msgstr
        for entry in polib.mofile(str(po_path.with_suffix(".mo")))
        if entry.msgid
    }

    assert compiled == source


EVERY_CATALOGUE = sorted(
    path
    for path in Path(settings.BASE_DIR).glob("*/locale/*/LC_MESSAGES/django.po")
    if path.parts[-5] != ".venv"
)


@pytest.mark.parametrize(
    "po_path", EVERY_CATALOGUE, ids=lambda p: "/".join(p.parts[-5:-2])
)
def test_plural_messages_have_every_form_the_language_declares(po_path):
    """Spanish declares three plural forms: a message with two shows nothing for
    the third (a million entries) and fails ``msgfmt --check``."""
    catalogue = polib.pofile(str(po_path))
    forms = int(re.search(r"nplurals=(\d+)", catalogue.metadata["Plural-Forms"])[1])
    short = [
        entry.msgid
        for entry in catalogue
        if entry.msgid_plural and len(entry.msgstr_plural) != forms
    ]
    assert short == []


def test_no_template_glues_a_colon_to_a_translated_label():
    """French needs a space before a colon: write ``{% colon %}``, not ``:``."""
    root = Path(settings.BASE_DIR)
    offenders = [
        f"{path.relative_to(root)}:{number}"
        for path in root.rglob("*.html")
        if ".venv" not in path.parts and "templates" in path.parts
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r'\{% translate "[^"]*" %\}:', line)
    ]
    assert offenders == []
