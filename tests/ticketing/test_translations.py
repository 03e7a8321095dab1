"""The ticketing catalogues are complete, compiled, and used by the pages."""

from pathlib import Path

import polib
import pytest
from django.conf import settings

CATALOGUES = sorted(
    Path(settings.BASE_DIR, "ticketing", "locale").glob("*/LC_MESSAGES/django.po")
)


def test_french_and_spanish_catalogues_exist():
    assert [path.parts[-3] for path in CATALOGUES] == ["es", "fr"]


@pytest.mark.parametrize("po_path", CATALOGUES, ids=lambda p: p.parts[-3])
def test_catalogue_is_complete_and_compiled(po_path):
    catalogue = polib.pofile(str(po_path))
    compiled = polib.mofile(str(po_path.with_suffix(".mo")))

    assert [entry.msgid for entry in catalogue.untranslated_entries()] == []
    assert [entry.msgid for entry in catalogue.fuzzy_entries()] == []
    assert {e.msgid: e.msgstr for e in catalogue if e.msgstr} == {
        e.msgid: e.msgstr for e in compiled if e.msgid and e.msgstr
    }


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "words"),
    [("fr", "Mes commandes"), ("es", "Mis pedidos"), ("en", "My orders")],
)
def test_my_orders_speaks_the_visitors_language(client, buyer, language, words):
    client.force_login(buyer)

    response = client.get(f"/{language}/tickets/orders/")

    assert words in response.content.decode()
