"""The 404 page survives any address: NUL bytes, very long paths, broken UTF-8."""

import pytest

from tests.factories import StandardPageFactory, translate_page

pytestmark = pytest.mark.django_db

HOSTILE_PATHS = [
    "/fr/%00/",
    "/fr/statuts/%00/",
    "/es/a%00b/c/",
    "/fr/" + "x" * 5000 + "/",
    "/fr/" + "/".join(["deep"] * 300) + "/",
    "/fr/%ff%fe/",
    "/en/%c3%28/",
]


@pytest.mark.parametrize("path", HOSTILE_PATHS, ids=range(len(HOSTILE_PATHS)))
def test_hostile_paths_get_the_sites_404_page(client, homes, path):
    # Pages in every language, so that looking for other languages' versions of
    # the address reaches the database (a leaf page answers without a query).
    statutes = StandardPageFactory(parent=homes["fr"], title="Statuts", slug="statuts")
    StandardPageFactory(parent=statutes, title="Annexe", slug="annexe")
    for language in ("en", "es"):
        translate_page(statutes, language, slug=f"statuts-{language}")

    response = client.get(path)

    assert response.status_code == 404
    assert 'id="main"' in response.content.decode()


def test_a_database_error_while_looking_for_translations_still_gives_the_404(
    client, homes, monkeypatch
):
    from django.db import DatabaseError

    def broken(request):
        raise DatabaseError("the database went away")

    monkeypatch.setattr("cms.views.untranslated_versions", broken)

    response = client.get("/es/statuts/")

    assert response.status_code == 404
    assert '<html lang="es">' in response.content.decode()
